import { acceptReturnsSchema, closeReturnsSchema, receiveReturnsSchema, returnsComplianceSchema } from '../../shared/mirakl';
import { validate } from './inbox.handlers';
import { json, parseJsonBody, type DemoReply, type OperationContext } from './http-types';
import { isoSeconds, type ReturnJson } from './model';
import type { PageTokens, SeekPosition } from './page-token';
import { dateParam, intParam, listParam } from './query';

/** RT11 page size: the spec gives none; like M11, default 50 and at most 100. */
export const RT11_DEFAULT_LIMIT = 50;
export const RT11_MAX_LIMIT = 100;

const listFilters = ['return_id', 'return_state', 'order_commercial_id', 'order_line_id', 'return_rma', 'customer_id'] as const;
const dateFilters = ['return_creation_date_from', 'return_creation_date_to', 'return_last_updated_from', 'return_last_updated_to'] as const;

function matcher(filters: Record<string, string>, customerOf: (r: ReturnJson) => string | undefined): (r: ReturnJson) => boolean {
  const sets = Object.fromEntries(listFilters.map((f) => [f, filters[f] ? new Set(filters[f].split(',')) : null]));
  const num = (f: string): number | undefined => (filters[f] !== undefined ? Number(filters[f]) : undefined);
  const [cFrom, cTo, uFrom, uTo] = dateFilters.map(num);
  return (r) => {
    const created = Date.parse(r.date_created);
    const updated = Date.parse(r.last_updated);
    const lines = r.return_lines.map((l) => l.order_line_id as string);
    return (
      (!sets.return_id || sets.return_id.has(r.id)) &&
      (!sets.return_state || sets.return_state.has(r.state)) &&
      (!sets.order_commercial_id || sets.order_commercial_id.has(r.order_commercial_id as string)) &&
      (!sets.order_line_id || lines.some((l) => sets.order_line_id?.has(l))) &&
      (!sets.return_rma || sets.return_rma.has(r.rma as string)) &&
      (!sets.customer_id || sets.customer_id.has(customerOf(r) ?? '')) &&
      (cFrom === undefined || created >= cFrom) &&
      (cTo === undefined || created <= cTo) &&
      (uFrom === undefined || updated >= uFrom) &&
      (uTo === undefined || updated <= uTo)
    );
  };
}

/**
 * RT11: the shop's returns sorted by `date_created` ascending, seek pagination (`limit`,
 * `page_token`), filters as the spec lists them (repeatable or comma-separated).
 */
export function listReturns(ctx: OperationContext, tokens: PageTokens): DemoReply {
  const token = ctx.query.get('page_token');
  let position: SeekPosition | null = null;
  let filters: Record<string, string> = {};
  let limit: number;
  if (token) {
    position = tokens.decode(token, 'RT11');
    filters = position.filters;
    limit = position.limit;
  } else {
    for (const f of listFilters) {
      const values = listParam(ctx.query, f);
      if (values.length > 0) filters[f] = values.join(',');
    }
    for (const f of dateFilters) {
      const ms = dateParam(ctx.query, f);
      if (ms !== undefined) filters[f] = String(ms);
    }
    limit = intParam(ctx.query, 'limit', RT11_DEFAULT_LIMIT, 1, RT11_MAX_LIMIT);
  }
  const orders = new Map((ctx.state.data.orders.get(ctx.shop.id) ?? []).map((o) => [o.order_id, o]));
  const customerOf = (r: ReturnJson): string | undefined =>
    (orders.get(r.order_id as string)?.customer as { customer_id?: string } | undefined)?.customer_id;
  const all = (ctx.state.data.returns.get(ctx.shop.id) ?? []).filter(matcher(filters, customerOf));
  const key = (r: ReturnJson): [number, string] => [Date.parse(r.date_created), r.id];
  const after = (r: ReturnJson, at: [number, string]): boolean => {
    const [d, id] = key(r);
    return d > at[0] || (d === at[0] && id > at[1]);
  };
  let start = 0;
  let endExclusive = all.length;
  if (position?.dir === 'next') start = all.findIndex((r) => after(r, position.at));
  if (position?.dir === 'prev') {
    // The boundary is the first item of the page the token came from; the page ends right before it.
    endExclusive = all.findIndex(
      (r) =>
        !after(r, position.at) &&
        !(Date.parse(r.date_created) < position.at[0] || (Date.parse(r.date_created) === position.at[0] && r.id < position.at[1])),
    );
    if (endExclusive < 0) endExclusive = all.length;
    start = Math.max(0, endExclusive - limit);
  }
  if (start < 0) start = all.length;
  const page = position?.dir === 'prev' ? all.slice(start, endExclusive) : all.slice(start, start + limit);
  const pageEnd = start + page.length;
  const first = page[0];
  const last = page[page.length - 1];
  return json(200, {
    data: page,
    ...(last && pageEnd < all.length ? { next_page_token: tokens.encode({ op: 'RT11', dir: 'next', at: key(last), limit, filters }) } : {}),
    ...(first && start > 0 ? { previous_page_token: tokens.encode({ op: 'RT11', dir: 'prev', at: key(first), limit, filters }) } : {}),
  });
}

type Outcome = { ok: true } | { ok: false; message: string };

/** Applies `change` to each listed return of the shop and reports successes and errors per id. */
function updateReturns<T extends { id: string }>(
  ctx: OperationContext,
  items: T[],
  change: (r: ReturnJson, item: T) => Outcome,
): DemoReply {
  const byId = new Map((ctx.state.data.returns.get(ctx.shop.id) ?? []).map((r) => [r.id, r]));
  const success: { id: string }[] = [];
  const errors: { id: string; message: string }[] = [];
  const now = isoSeconds(ctx.state.nowSeconds());
  for (const item of items) {
    const ret = byId.get(item.id);
    const outcome: Outcome = ret ? change(ret, item) : { ok: false, message: `Return ${item.id} not found` };
    if (outcome.ok && ret) {
      ret.last_updated = now;
      success.push({ id: item.id });
    } else if (!outcome.ok) errors.push({ id: item.id, message: outcome.message });
  }
  return json(200, { return_errors: errors, return_success: success });
}

function wrongState(r: ReturnJson, expected: string): Outcome {
  return { ok: false, message: `Return ${r.id} is ${r.state}, expected ${expected}` };
}

/** RT21: accept (→ IN_PROGRESS) or refuse (→ REFUSED, with a rejection reason) returns awaiting acceptance. */
export function acceptReturns(ctx: OperationContext): DemoReply {
  const input = validate(acceptReturnsSchema, parseJsonBody(ctx.body), 'request body');
  return updateReturns(ctx, input.returns, (r, item) => {
    if (r.state !== 'WAITING_ACCEPTANCE') return wrongState(r, 'WAITING_ACCEPTANCE');
    if (!item.accepted && !item.rejection_reason_code)
      return { ok: false, message: 'rejection_reason_code is required to refuse a return' };
    r.state = item.accepted ? 'IN_PROGRESS' : 'REFUSED';
    if (!item.accepted) r.rejection_reason_code = item.rejection_reason_code;
    return { ok: true };
  });
}

/** RT25: mark returns in progress as received. */
export function receiveReturns(ctx: OperationContext): DemoReply {
  const input = validate(receiveReturnsSchema, parseJsonBody(ctx.body), 'request body');
  return updateReturns(ctx, input.returns, (r) => {
    if (r.state !== 'IN_PROGRESS') return wrongState(r, 'IN_PROGRESS');
    r.state = 'RECEIVED';
    return { ok: true };
  });
}

/** RT26: record the compliance of each line of received returns. */
export function returnsCompliance(ctx: OperationContext): DemoReply {
  const input = validate(returnsComplianceSchema, parseJsonBody(ctx.body), 'request body');
  return updateReturns(ctx, input.returns, (r, item) => {
    if (r.state !== 'RECEIVED') return wrongState(r, 'RECEIVED');
    for (const line of item.return_lines) {
      if (!r.return_lines.some((l) => l.order_line_id === line.order_line_id))
        return { ok: false, message: `Order line ${line.order_line_id} is not part of return ${r.id}` };
      if (!line.compliant && !line.non_compliance_reason_code)
        return { ok: false, message: 'non_compliance_reason_code is required for a non-compliant line' };
    }
    for (const line of item.return_lines) {
      const target = r.return_lines.find((l) => l.order_line_id === line.order_line_id) as Record<string, unknown>;
      target.compliance = [
        {
          compliant: line.compliant,
          ...(line.compliant
            ? {}
            : {
                non_compliance_reason_code: line.non_compliance_reason_code,
                non_compliance_additional_info: line.non_compliance_additional_info,
              }),
        },
      ];
    }
    return { ok: true };
  });
}

/** RT27: close received returns whose lines all have a compliance decision. */
export function closeReturns(ctx: OperationContext): DemoReply {
  const input = validate(closeReturnsSchema, parseJsonBody(ctx.body), 'request body');
  return updateReturns(ctx, input.returns, (r) => {
    if (r.state !== 'RECEIVED') return wrongState(r, 'RECEIVED');
    if (r.return_lines.some((l) => !l.compliance))
      return { ok: false, message: `Return ${r.id} has lines without a compliance decision (RT26)` };
    r.state = 'CLOSED';
    return { ok: true };
  });
}
