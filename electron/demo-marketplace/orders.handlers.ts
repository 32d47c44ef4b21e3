import { orderThreadInputSchema, resolveIncidentSchema } from '../../shared/mirakl';
import { createThread, headerValue, validate } from './inbox.handlers';
import { MiraklHttpError, json, parseJsonBody, type DemoReply, type OperationContext } from './http-types';
import { isoSeconds, type OrderJson, type Party } from './model';
import { parseMultipart } from './multipart';
import { booleanParam, dateParam, intParam, listParam } from './query';
import { closeReasonCodes } from './reasons.handlers';

/** OR11 offset pagination: `max` default 10, at most 100 (Mirakl's offset-pagination rules). */
export const OR11_DEFAULT_MAX = 10;
export const OR11_MAX_MAX = 100;

/** Drops the internal `__` fields of an order before it is served. */
function publicOrder(order: OrderJson): Record<string, unknown> {
  return {
    ...order,
    order_lines: order.order_lines.map((line) => Object.fromEntries(Object.entries(line).filter(([k]) => !k.startsWith('__')))),
  };
}

function findOrder(ctx: OperationContext, orderId: string): OrderJson {
  const order = (ctx.state.data.orders.get(ctx.shop.id) ?? []).find((o) => o.order_id === orderId);
  if (!order) throw new MiraklHttpError(404, `Order ${orderId} not found`);
  return order;
}

/**
 * OR11: the shop's orders sorted by `created_date` (`sort=dateCreated`, `order=asc|desc`, default
 * asc), offset pagination (`offset`, `max`), filters `order_ids`, `order_state_codes`, `has_incident`,
 * `start_date`/`end_date`, `start_update_date`/`end_update_date`, `payment_workflow`.
 */
export function listOrders(ctx: OperationContext): DemoReply {
  const q = ctx.query;
  const max = intParam(q, 'max', OR11_DEFAULT_MAX, 1, OR11_MAX_MAX);
  const offset = intParam(q, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const sort = q.get('sort');
  if (sort !== null && sort !== 'dateCreated') throw new MiraklHttpError(400, `Invalid sort field: ${sort}`);
  const direction = q.get('order') ?? 'asc';
  if (direction !== 'asc' && direction !== 'desc') throw new MiraklHttpError(400, `Invalid value for parameter 'order': ${direction}`);
  const ids = new Set(listParam(q, 'order_ids'));
  const states = new Set(listParam(q, 'order_state_codes'));
  const hasIncident = q.get('has_incident') === null ? undefined : booleanParam(q, 'has_incident', false);
  const start = dateParam(q, 'start_date');
  const end = dateParam(q, 'end_date');
  const startUpdate = dateParam(q, 'start_update_date');
  const endUpdate = dateParam(q, 'end_update_date');
  const workflow = q.get('payment_workflow');
  const all = (ctx.state.data.orders.get(ctx.shop.id) ?? []).filter((o) => {
    const created = Date.parse(o.created_date);
    const updated = Date.parse(o.last_updated_date);
    return (
      (ids.size === 0 || ids.has(o.order_id)) &&
      (states.size === 0 || states.has(o.order_state as string)) &&
      (hasIncident === undefined || o.has_incident === hasIncident) &&
      (start === undefined || created >= start) &&
      (end === undefined || created <= end) &&
      (startUpdate === undefined || updated >= startUpdate) &&
      (endUpdate === undefined || updated <= endUpdate) &&
      (!workflow || o.payment_workflow === workflow)
    );
  });
  const ordered = direction === 'desc' ? [...all].reverse() : all;
  return json(200, { orders: ordered.slice(offset, offset + max).map(publicOrder), total_count: all.length });
}

/**
 * OR43: a new thread on an order (multipart: `thread_input` + `files`), to the customer and/or the
 * operator; 404 for an unknown order, 400 for other recipients. Answers 201.
 */
export async function createOrderThread(ctx: OperationContext): Promise<DemoReply> {
  const order = findOrder(ctx, ctx.params.order_id ?? '');
  const { input, files } = await parseMultipart(ctx.body, headerValue(ctx.headers['content-type']), 'thread_input');
  const thread = validate(orderThreadInputSchema, input, 'thread_input');
  if (thread.body.trim().length < 3)
    throw new MiraklHttpError(400, 'Invalid thread_input: body: the message body must hold at least 3 characters');
  const to: Party[] = [];
  for (const r of thread.to) {
    if (r !== 'CUSTOMER' && r !== 'OPERATOR') throw new MiraklHttpError(400, `Invalid thread_input: to: the shop cannot write to ${r}`);
    if (!to.includes(r as Party)) to.push(r as Party);
  }
  if (to.length === 0) throw new MiraklHttpError(400, 'Invalid thread_input: to: at least one recipient is required');
  const customer = order.customer as { customer_id: string; firstname: string; lastname: string };
  const created = createThread(
    ctx.state,
    ctx.shop,
    {
      topic: { type: thread.topic.type === 'REASON_CODE' ? 'REASON_CODE' : 'FREE_TEXT', value: thread.topic.value },
      entity: { type: 'MMP_ORDER', id: order.order_id, label: order.commercial_id as string },
      customer: { id: customer.customer_id, name: `${customer.firstname} ${customer.lastname}`, female: false },
      takenOver: false,
    },
    { from: 'SHOP', to, body: thread.body, files },
  );
  return json(201, { message_id: created.messageId, thread_id: created.threadId });
}

/**
 * OR64: resolves the open incident of an order line with a RE12 reason; 204. 404 for an unknown
 * order or line, 400 for an unknown reason or a line without an open incident.
 */
export function resolveIncident(ctx: OperationContext): DemoReply {
  const order = findOrder(ctx, ctx.params.order_id ?? '');
  const line = order.order_lines.find((l) => l.order_line_id === ctx.params.line);
  if (!line) throw new MiraklHttpError(404, `Order line ${ctx.params.line ?? ''} not found`);
  const input = validate(resolveIncidentSchema, parseJsonBody(ctx.body), 'request body');
  if (!(closeReasonCodes as readonly string[]).includes(input.reason_code))
    throw new MiraklHttpError(400, `Unknown incident close reason: ${input.reason_code}`);
  if (line.order_line_state !== 'INCIDENT_OPEN') throw new MiraklHttpError(400, `Order line ${line.order_line_id} has no open incident`);
  const now = isoSeconds(ctx.state.nowSeconds());
  line.order_line_state = (line.__stateBeforeIncident as string | undefined) ?? 'RECEIVED';
  delete line.order_line_state_reason_code;
  delete line.order_line_state_reason_label;
  line.last_updated_date = now;
  order.has_incident = order.order_lines.some((l) => l.order_line_state === 'INCIDENT_OPEN');
  order.last_updated_date = now;
  return { status: 204 };
}
