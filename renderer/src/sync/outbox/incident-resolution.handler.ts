import { describeIssues } from '../../../../shared/validation';
import { operations, type OrdersPage } from '../../../../shared/mirakl';
import { type OutboxHandler } from './outbox-handler';

/**
 * Whether OR11's answer shows the incident of `lineId` as resolved: the line is there and no longer
 * `INCIDENT_OPEN`. A line that cannot be found counts as not resolved, so the write is sent again and
 * the marketplace's own answer (404) parks it with the reason.
 */
export function incidentResolved(ordersPage: OrdersPage, orderId: string, lineId: string): boolean {
  const order = ordersPage.orders.find((o) => o.order_id === orderId);
  const line = order?.order_lines.find((l) => l.order_line_id === lineId);
  return line !== undefined && line.order_line_state !== '' && line.order_line_state !== 'INCIDENT_OPEN';
}

/**
 * Resolving an open incident on an order line: OR64 `PUT api/orders/{order_id}/lines/{line}/resolve_incident`
 * with `{reason_code}` (a RE12 code), answered 204. The payload is `{order_id, order_line_id,
 * reason_code}`. Actions on one line keep their order. OR64 is not repeatable (a second call is a 400:
 * no open incident), so an unknown outcome is read back with OR11 (`order_ids`): a line no longer
 * `INCIDENT_OPEN` means it was applied.
 */
export const incidentResolutionHandler: OutboxHandler<'incident-resolution'> = {
  noun: 'incident resolution',
  createsMessage: false,
  orderKey: (item) => `line\u0000${item.shopId}\u0000${item.payload.order_id}\u0000${item.payload.order_line_id}`,
  check(item) {
    const { order_id: orderId, order_line_id: lineId } = item.payload as Partial<typeof item.payload>;
    if (typeof orderId !== 'string' || !orderId || typeof lineId !== 'string' || !lineId)
      return 'This incident resolution does not say which order line it is for.';
    const parsed = operations.OR64.body.schema.safeParse(item.payload);
    return parsed.success ? null : `This incident resolution cannot be sent as it is (${describeIssues(parsed.error.issues)}).`;
  },
  request: (item) => ({
    code: 'OR64',
    input: {
      params: { order_id: item.payload.order_id, line: item.payload.order_line_id },
      body: { reason_code: item.payload.reason_code },
    },
  }),
  accept: () => ({ outcome: 'delivered' }),
  async readBack(item, context) {
    const page = await context.read('OR11', { query: { order_ids: item.payload.order_id } });
    return incidentResolved(page, item.payload.order_id, item.payload.order_line_id) ? { found: true } : { found: false };
  },
};
