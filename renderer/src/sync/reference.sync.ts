import { reasonSchema } from '../../../shared/mirakl';
import type { ReasonRecord } from '../data/records';
import { listEnvelope, validatePage } from './payload-validation';
import { addToQuarantine, resolveQuarantine } from './quarantine.repository';
import type { PassReport, SyncContext, SyncShop } from './sync-context';
import { readJson, readRecord } from './sync-platform';

const reasonKinds = [
  { type: 'incident_open', code: 'RE11' },
  { type: 'incident_close', code: 'RE12' },
] as const;

/**
 * RE11 and RE12 for a shop: the incident opening reasons (also the REASON_CODE thread topics) and
 * closing reasons. They are small, unpaginated lists, so each replaces the shop's stored list in
 * one transaction; an unreadable reason is quarantined and the others are kept, and a pass that
 * reads every reason fine clears the shop's earlier reason quarantine.
 */
export async function syncReasons(ctx: SyncContext, shop: SyncShop): Promise<PassReport> {
  const { db } = ctx;
  const report: PassReport = { requests: 0, stored: 0, quarantined: 0 };
  for (const { type, code } of reasonKinds) {
    report.requests += 1;
    const payload = await readJson(ctx.platform, shop.id, code, {});
    const where = { shopId: shop.id, kind: 'reason', receivedAt: ctx.now().toISOString() };
    const { valid, quarantined } = validatePage(payload, listEnvelope('reasons'), (p) => p.reasons, reasonSchema, where);
    const records: ReasonRecord[] = valid.map((r) => ({ shopId: shop.id, type, code: r.code, label: r.label, raw: r }));
    await db.transaction('rw', [db.reasons, db.quarantine], async () => {
      await db.reasons.where('[shopId+type]').equals([shop.id, type]).delete();
      await db.reasons.bulkPut(records);
      await addToQuarantine(db, quarantined);
    });
    report.stored += records.length;
    report.quarantined += quarantined.length;
  }
  // Both lists were read whole: reasons quarantined before and not now are fixed (or gone).
  if (report.quarantined === 0) await resolveQuarantine(db, shop.id, 'reason');
  return report;
}

/**
 * A01 for a shop (Mirakl asks for at most one call a day; the scheduler keeps to that): the shop's
 * account as the marketplace describes it, kept on the shop record. Throws PayloadError when the
 * answer cannot be read (the scheduler quarantines it).
 */
export async function syncAccount(ctx: SyncContext, shop: SyncShop): Promise<PassReport> {
  const receivedAt = ctx.now().toISOString();
  const account = await readRecord(ctx.platform, shop.id, 'A01', {}, { shopId: shop.id, kind: 'account', receivedAt });
  await ctx.db.transaction('rw', ctx.db.shops, ctx.db.quarantine, async () => {
    await ctx.db.shops.update(shop.id, { account, accountFetchedAt: receivedAt });
    await resolveQuarantine(ctx.db, shop.id, 'account');
  });
  return { requests: 1, stored: 1, quarantined: 0 };
}
