import type { z } from 'zod';

/**
 * How a request carries its input: nothing, a JSON body, or Mirakl's multipart form with one JSON
 * part (`message_input` for M12, `thread_input` for M14/OR43) and the files in `files` parts.
 */
export type OperationBody<S extends z.ZodType = z.ZodType> =
  { kind: 'json'; schema: S } | { kind: 'multipart'; part: 'message_input' | 'thread_input'; schema: S };

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

/** Declares one catalogue entry, keeping its literal types (parameter names, method) for inference. */
export function operation<
  const P extends string,
  Q extends z.ZodType,
  B extends OperationBody | null,
  R extends z.ZodType | null,
  M extends OperationMethod,
>(spec: OperationSpec<P, Q, B, R, M>): OperationSpec<P, Q, B, R, M> {
  return spec;
}
