import { resolveIncidentSchema } from '../../../../shared/mirakl';
import { describeIssue, records, text, type OutboxHandler } from './outbox-handler';

/**
 * Whether OR11's answer shows the incident of `lineId` as resolved: the line is there and no longer
 * `INCIDENT_OPEN`. A line that cannot be found counts as not resolved, so the write is sent again and
 * the marketplace's own answer (404) parks it with the reason.
 */
export function incidentResolved(ordersPage: unknown, orderId: string, lineId: string): boolean {
  const order = records(ordersPage, 'orders').find((o) => o.order_id === orderId);
  const line = order ? records(order, 'order_lines').find((l) => l.order_line_id === lineId) : undefined;
  return line !== undefined && text(line.order_line_state) !== '' && line.order_line_state !== 'INCIDENT_OPEN';
}

/**
 * Resolving an open incident on an order line: OR64 `PUT api/orders/{order_id}/lines/{order_line_id}/resolve_incident`
 * with `{reason_code}` (a RE12 code), answered 204. The payload is `{order_id, order_line_id,
 * reason_code}`. Actions on one line keep their order. OR64 is not repeatable (a second call is a 400:
 * no open incident), so an unknown outcome is read back with OR11 (`order_ids`): a line no longer
 * `INCIDENT_OPEN` means it was applied.
 */
export const incidentResolutionHandler: OutboxHandler = {
  noun: 'incident resolution',
  createsMessage: false,
  orderKey: (item) => `line\u0000${item.shopId}\u0000${text(item.payload.order_id)}\u0000${text(item.payload.order_line_id)}`,
  check(item) {
    if (!text(item.payload.order_id) || !text(item.payload.order_line_id)) return 'This incident resolution does not say which order line it is for.';
    const parsed = resolveIncidentSchema.safeParse(item.payload);
    return parsed.success ? null : `This incident resolution cannot be sent as it is (${describeIssue(parsed.error.issues)}).`;
  },
  request: (item) => ({
    method: 'PUT',
    path: `api/orders/${encodeURIComponent(text(item.payload.order_id))}/lines/${encodeURIComponent(text(item.payload.order_line_id))}/resolve_incident`,
    json: { reason_code: item.payload.reason_code },
  }),
  accept: () => ({ outcome: 'delivered' }),
  async readBack(item, context) {
    const orderId = text(item.payload.order_id);
    const page = await context.read('api/orders', { order_ids: orderId });
    return incidentResolved(page, orderId, text(item.payload.order_line_id)) ? { found: true } : { found: false };
  },
};
