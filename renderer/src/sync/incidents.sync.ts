import { z } from 'zod';
import { orderSchema, type Order } from '../../../shared/mirakl';
import type { ConsoleDatabase } from '../data/db';
import type { IncidentRecord } from '../data/records';
import { quarantineHold, runPagedPass } from './paged-pass';
import { listEnvelope, validatePage } from './payload-validation';
import { laterInstant, type PassReport, type SyncContext, type SyncShop } from './sync-context';
import { readJson } from './sync-platform';

const ordersEnvelope = listEnvelope('orders').extend({ total_count: z.number().int() });

/** OR11 serves at most 100 orders a page. */
const OR11_MAX = 100;

/**
 * One OR11 pass for a shop, keeping the incidents of its order lines. The first pass asks only for
 * orders with an incident; later passes ask for every order updated since the last completed pass
 * (`start_update_date`), so an incident that was resolved is seen too. Orders come oldest first by
 * offset, which stays stable while new orders arrive (they are appended); the offset is the
 * cursor's position. Lines with an open incident are stored; a stored incident whose line left
 * INCIDENT_OPEN takes the line's new state.
 */
export async function syncIncidents(ctx: SyncContext, shop: SyncShop): Promise<PassReport> {
  const { db } = ctx;
  const max = Math.min(ctx.pageSize ?? OR11_MAX, OR11_MAX);
  return runPagedPass(ctx, shop, 'orders', 'order', [db.incidents], async (position, updatedSince) => {
    const offset = position ? Number(position) : 0;
    const query = {
      max,
      offset,
      sort: 'dateCreated' as const,
      order: 'asc' as const,
      ...(updatedSince ? { start_update_date: updatedSince } : { has_incident: true }),
    };
    const payload = await readJson(ctx.platform, shop.id, 'OR11', { query });
    const where = { shopId: shop.id, kind: 'order', receivedAt: ctx.now().toISOString() };
    const { page, valid, quarantined } = validatePage(payload, ordersEnvelope, (p) => p.orders, orderSchema, where);
    const seen = offset + page.orders.length;
    return {
      stored: valid.length,
      quarantined,
      hold: quarantineHold(quarantined, 'last_updated_date'),
      maxUpdated: valid.reduce<string | undefined>((latest, o) => laterInstant(latest, o.last_updated_date), undefined),
      next: page.orders.length > 0 && seen < page.total_count ? String(seen) : undefined,
      write: () => storeIncidents(db, shop.id, valid),
    };
  });
}

async function storeIncidents(db: ConsoleDatabase, shopId: string, orders: readonly Order[]): Promise<void> {
  const lines = orders.flatMap((order) => order.order_lines.map((line) => ({ order, line })));
  const known = await db.incidents.bulkGet(
    lines.map(({ order, line }) => [shopId, order.order_id, line.order_line_id] as [string, string, string]),
  );
  const records: IncidentRecord[] = [];
  lines.forEach(({ order, line }, i) => {
    if (line.order_line_state !== 'INCIDENT_OPEN' && !known[i]) return;
    const { order_lines: _lines, ...orderFields } = order;
    records.push({
      shopId,
      orderId: order.order_id,
      lineId: line.order_line_id,
      state: line.order_line_state,
      reasonCode: line.order_line_state_reason_code ?? undefined,
      dateUpdated: line.last_updated_date,
      raw: { order: orderFields, line },
    });
  });
  if (records.length > 0) await db.incidents.bulkPut(records);
}
