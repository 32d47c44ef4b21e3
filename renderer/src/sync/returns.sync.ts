import { z } from 'zod';
import { returnSchema } from '../../../shared/mirakl';
import type { ReturnRecord } from '../data/records';
import { quarantineHold, runPagedPass } from './paged-pass';
import { listEnvelope, validatePage } from './payload-validation';
import { laterInstant, type PassReport, type SyncContext, type SyncShop } from './sync-context';
import { readJson } from './sync-platform';

const returnsEnvelope = listEnvelope('data').extend({ next_page_token: z.string().nullish() });

/**
 * One RT11 pass for a shop: the returns updated since the last completed pass
 * (`return_last_updated_from`), by seek pagination; see runPagedPass for what survives a kill.
 */
export async function syncReturns(ctx: SyncContext, shop: SyncShop): Promise<PassReport> {
  const { db } = ctx;
  return runPagedPass(ctx, shop, 'returns', 'return', [db.returns], async (token, updatedSince) => {
    const query = token ? { page_token: token } : { limit: ctx.pageSize ?? 100, return_last_updated_from: updatedSince };
    const payload = await readJson(ctx.platform, shop.id, 'RT11', { query });
    const where = { shopId: shop.id, kind: 'return', receivedAt: ctx.now().toISOString() };
    const { page, valid, quarantined } = validatePage(payload, returnsEnvelope, (p) => p.data, returnSchema, where);
    const records: ReturnRecord[] = valid.map((r) => ({
      shopId: shop.id,
      id: r.id,
      state: r.state,
      orderId: r.order_id,
      dateUpdated: r.last_updated,
      raw: r,
    }));
    return {
      stored: records.length,
      quarantined,
      hold: quarantineHold(quarantined, 'last_updated'),
      maxUpdated: valid.reduce<string | undefined>((max, r) => laterInstant(max, r.last_updated), undefined),
      next: page.next_page_token ?? undefined,
      write: async () => {
        await db.returns.bulkPut(records);
      },
    };
  });
}
