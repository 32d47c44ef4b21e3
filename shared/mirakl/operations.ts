import { z } from 'zod';
import { accountSchema, accountUpdateResultSchema, accountUpdateSchema } from './account.schema';
import { messageCreatedSchema, messageInputSchema, operatorThreadCreatedSchema, operatorThreadInputSchema, threadDetailSchema, threadsPageSchema } from './inbox.schema';
import { orderThreadCreatedSchema, orderThreadInputSchema, ordersPageSchema, resolveIncidentSchema } from './orders.schema';
import { reasonsListSchema } from './reasons.schema';
import { acceptReturnsSchema, closeReturnsSchema, receiveReturnsSchema, returnsComplianceSchema, returnsPageSchema, returnsUpdateResultSchema } from './returns.schema';

/**
 * How a request carries its input: nothing, a JSON body, or Mirakl's multipart form with one JSON
 * part (`message_input` for M12, `thread_input` for M14/OR43) and the files in `files` parts.
 */
export type OperationBody<S extends z.ZodType = z.ZodType> = { kind: 'json'; schema: S } | { kind: 'multipart'; part: 'message_input' | 'thread_input'; schema: S };

/** The HTTP methods of the console's Mirakl subset. */
export type OperationMethod = 'GET' | 'POST' | 'PUT';

/**
 * One Mirakl Seller API operation the console uses: everything any side needs to call it, serve it
 * (the demo marketplace), allow it (the gateway) or read its answer.
 * - `path` is the spec's template; `{name}` segments are path parameters (`params`).
 * - `query` validates the query parameters the console sends (the spec's, minus `shop_id`, which
 *   the gateway adds).
 * - `response` is the success body's schema; null for operations that answer 204.
 * - `frequency` is Mirakl's published call frequency in its words, and `minIntervalMs` the
 *   shortest interval the console keeps between two calls (null: no published limit, call on
 *   demand, e.g. when the seller opens a page).
 * - `readBack`, for writes: the operation that shows whether the write landed (Mirakl has no
 *   idempotency key; the outbox reads back before any resend).
 */
export interface OperationSpec<
  P extends string = string,
  Q extends z.ZodType = z.ZodType,
  B extends OperationBody | null = OperationBody | null,
  R extends z.ZodType | null = z.ZodType | null,
  M extends OperationMethod = OperationMethod,
> {
  code: string;
  summary: string;
  method: M;
  path: string;
  params: readonly P[];
  query: Q;
  body: B;
  response: R;
  frequency: string;
  minIntervalMs: number | null;
  readBack: string | null;
}

const noQuery = z.strictObject({});
const pageToken = z.string().min(1);
const minutes = (n: number): number => n * 60_000;

function operation<const P extends string, Q extends z.ZodType, B extends OperationBody | null, R extends z.ZodType | null, M extends OperationMethod>(
  spec: OperationSpec<P, Q, B, R, M>,
): OperationSpec<P, Q, B, R, M> {
  return spec;
}

/** The operations of the console's Mirakl subset (`test/contract/mirakl/seller-console-subset.json`), by code. */
export const operations = {
  A01: operation({
    code: 'A01', summary: 'Get shop information', method: 'GET', path: '/api/account', params: [], query: noQuery, body: null,
    response: accountSchema, frequency: 'once per day', minIntervalMs: minutes(24 * 60), readBack: null,
  }),
  A02: operation({
    code: 'A02', summary: 'Update shop information', method: 'PUT', path: '/api/account', params: [], query: noQuery,
    body: { kind: 'json', schema: accountUpdateSchema }, response: accountUpdateResultSchema, frequency: 'once per day', minIntervalMs: null, readBack: 'A01',
  }),
  M10: operation({
    code: 'M10', summary: 'Retrieve a thread', method: 'GET', path: '/api/inbox/threads/{thread_id}', params: ['thread_id'], query: noQuery, body: null,
    response: threadDetailSchema, frequency: 'at each page that includes a thread display', minIntervalMs: null, readBack: null,
  }),
  M11: operation({
    code: 'M11', summary: 'List all threads', method: 'GET', path: '/api/inbox/threads', params: [],
    query: z.strictObject({
      limit: z.number().int().min(1).max(100).optional(),
      page_token: pageToken.optional(),
      updated_since: z.string().optional(),
      with_messages: z.boolean().optional(),
      entity_type: z.string().optional(),
      entity_id: z.string().optional(),
    }),
    body: null, response: threadsPageSchema, frequency: 'at each page that includes an inbox display', minIntervalMs: 10_000, readBack: null,
  }),
  M12: operation({
    code: 'M12', summary: 'Reply to a thread', method: 'POST', path: '/api/inbox/threads/{thread_id}/message', params: ['thread_id'], query: noQuery,
    body: { kind: 'multipart', part: 'message_input', schema: messageInputSchema }, response: messageCreatedSchema, frequency: 'on demand', minIntervalMs: null, readBack: 'M10',
  }),
  M13: operation({
    code: 'M13', summary: 'Download an attachment', method: 'GET', path: '/api/inbox/threads/{attachment_id}/download', params: ['attachment_id'], query: noQuery,
    body: null, response: null, frequency: 'on demand', minIntervalMs: null, readBack: null,
  }),
  M14: operation({
    code: 'M14', summary: 'Create a thread with the operator', method: 'POST', path: '/api/inbox/threads', params: [], query: noQuery,
    body: { kind: 'multipart', part: 'thread_input', schema: operatorThreadInputSchema }, response: operatorThreadCreatedSchema, frequency: 'on demand', minIntervalMs: null, readBack: 'M11',
  }),
  OR11: operation({
    code: 'OR11', summary: 'List orders', method: 'GET', path: '/api/orders', params: [],
    query: z.strictObject({
      max: z.number().int().min(1).max(100).optional(),
      offset: z.number().int().min(0).optional(),
      sort: z.literal('dateCreated').optional(),
      order: z.enum(['asc', 'desc']).optional(),
      start_update_date: z.string().optional(),
      has_incident: z.boolean().optional(),
      order_ids: z.string().optional(),
    }),
    body: null, response: ordersPageSchema, frequency: 'asynchronous: at most once per minute, recommended every 5 minutes', minIntervalMs: minutes(1), readBack: null,
  }),
  OR43: operation({
    code: 'OR43', summary: 'Create a thread on an order', method: 'POST', path: '/api/orders/{order_id}/threads', params: ['order_id'], query: noQuery,
    body: { kind: 'multipart', part: 'thread_input', schema: orderThreadInputSchema }, response: orderThreadCreatedSchema, frequency: 'on demand', minIntervalMs: null, readBack: 'M11',
  }),
  OR64: operation({
    code: 'OR64', summary: 'Resolve an incident', method: 'PUT', path: '/api/orders/{order_id}/lines/{line}/resolve_incident', params: ['order_id', 'line'], query: noQuery,
    body: { kind: 'json', schema: resolveIncidentSchema }, response: null, frequency: 'on demand', minIntervalMs: null, readBack: 'OR11',
  }),
  RE11: operation({
    code: 'RE11', summary: 'List incident opening reasons', method: 'GET', path: '/api/reasons/incident_open', params: [], query: noQuery, body: null,
    response: reasonsListSchema, frequency: 'once on an incident page (the console: at most hourly)', minIntervalMs: minutes(60), readBack: null,
  }),
  RE12: operation({
    code: 'RE12', summary: 'List incident closing reasons', method: 'GET', path: '/api/reasons/incident_close', params: [], query: noQuery, body: null,
    response: reasonsListSchema, frequency: 'once on an incident page (the console: at most hourly)', minIntervalMs: minutes(60), readBack: null,
  }),
  RT11: operation({
    code: 'RT11', summary: 'List returns', method: 'GET', path: '/api/returns', params: [],
    query: z.strictObject({
      limit: z.number().int().min(1).max(100).optional(),
      page_token: pageToken.optional(),
      return_last_updated_from: z.string().optional(),
      return_id: z.string().optional(),
    }),
    body: null, response: returnsPageSchema, frequency: 'at most every 5 minutes, recommended every 15 minutes', minIntervalMs: minutes(5), readBack: null,
  }),
  RT21: operation({
    code: 'RT21', summary: 'Accept or refuse returns', method: 'PUT', path: '/api/returns/accept', params: [], query: noQuery,
    body: { kind: 'json', schema: acceptReturnsSchema }, response: returnsUpdateResultSchema, frequency: 'on demand', minIntervalMs: null, readBack: 'RT11',
  }),
  RT25: operation({
    code: 'RT25', summary: 'Mark returns as received', method: 'PUT', path: '/api/returns/receive', params: [], query: noQuery,
    body: { kind: 'json', schema: receiveReturnsSchema }, response: returnsUpdateResultSchema, frequency: 'on demand', minIntervalMs: null, readBack: 'RT11',
  }),
  RT26: operation({
    code: 'RT26', summary: 'Record the compliance of returned lines', method: 'PUT', path: '/api/returns/compliance', params: [], query: noQuery,
    body: { kind: 'json', schema: returnsComplianceSchema }, response: returnsUpdateResultSchema, frequency: 'on demand', minIntervalMs: null, readBack: 'RT11',
  }),
  RT27: operation({
    code: 'RT27', summary: 'Close returns', method: 'PUT', path: '/api/returns/close', params: [], query: noQuery,
    body: { kind: 'json', schema: closeReturnsSchema }, response: returnsUpdateResultSchema, frequency: 'on demand', minIntervalMs: null, readBack: 'RT11',
  }),
} as const;

export type Operations = typeof operations;
export type OperationCode = keyof Operations;
export const operationCodes = Object.keys(operations) as OperationCode[];

/** The path parameters of an operation, by name. */
export type OperationParams<C extends OperationCode> = Record<Operations[C]['params'][number], string>;
/** The query an operation takes (as the console writes it, before validation). */
export type OperationQuery<C extends OperationCode> = z.input<Operations[C]['query']>;
/** The JSON (or multipart JSON part) an operation takes; never for operations without a body. */
export type OperationBodyInput<C extends OperationCode> = Operations[C]['body'] extends OperationBody<infer S> ? z.input<S> : never;
/** The success answer of an operation, parsed; undefined for operations that answer 204 or a file. */
export type OperationResult<C extends OperationCode> = Operations[C]['response'] extends z.ZodType<infer T> ? T : undefined;
