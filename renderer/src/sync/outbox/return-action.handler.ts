import { describeIssues } from '../../../../shared/validation';
import { operations, type Return } from '../../../../shared/mirakl';
import type { PlatformRequest, WriteAnswer } from '../../api/platform';
import type { ReturnAction, ReturnActionCodes, ReturnActionPayload } from '../../data/records';
import { type Acceptance, type OutboxHandler } from './outbox-handler';

/** The operation of each return action: RT21 accept (or refuse), RT25 receive, RT26 compliance, RT27 close. */
const returnActionCodes: ReturnActionCodes = { accept: 'RT21', receive: 'RT25', compliance: 'RT26', close: 'RT27' };

type ReturnWriteCode = ReturnActionCodes[ReturnAction];

function isReturnAction(action: unknown): action is ReturnAction {
  return typeof action === 'string' && Object.hasOwn(returnActionCodes, action);
}

/** The request of a return action: `PUT api/returns/<action>` with the payload's `returns`. */
function returnRequest(payload: ReturnActionPayload): PlatformRequest<ReturnWriteCode> {
  switch (payload.action) {
    case 'accept':
      return { code: returnActionCodes.accept, input: { body: { returns: payload.returns } } };
    case 'receive':
      return { code: returnActionCodes.receive, input: { body: { returns: payload.returns } } };
    case 'compliance':
      return { code: returnActionCodes.compliance, input: { body: { returns: payload.returns } } };
    case 'close':
      return { code: returnActionCodes.close, input: { body: { returns: payload.returns } } };
  }
}

/**
 * Reads RT21–RT27's 200 answer for our return: listed in `return_errors` is a refusal (with the
 * marketplace's reason), in `return_success` a delivery; an answer that names it in neither (or
 * cannot be read) leaves the outcome unknown, so the return is read back before anything else.
 */
export function returnAcceptance(returnId: string, answer: WriteAnswer<ReturnWriteCode>): Acceptance {
  const body = answer.readable ? answer.body : null;
  const error = body?.return_errors?.find((e) => e.id === returnId);
  if (error)
    return { outcome: 'refused', code: 'RETURN_ERROR', message: error.message || `The marketplace did not update return ${returnId}.` };
  if (body?.return_success?.some((s) => s.id === returnId)) return { outcome: 'delivered' };
  return { outcome: 'unknown', message: `The marketplace's answer did not say whether return ${returnId} was updated.` };
}

/**
 * Whether RT11's view of the return shows the action applied: the return reached the state the
 * action leads to, or one only reachable after it (a return accepted then received counts as
 * accepted). Compliance is applied when every line we sent carries the decision we sent (or the
 * return is closed, which needs one). Anything else means "not there": the write is sent again, and
 * if the return moved elsewhere meanwhile, the marketplace's refusal parks it.
 */
export function returnActionApplied(payload: ReturnActionPayload, current: Return | undefined): boolean {
  if (!current) return false;
  const { state } = current;
  switch (payload.action) {
    case 'accept':
      return payload.returns[0]?.accepted === false
        ? state === 'REFUSED'
        : ['IN_PROGRESS', 'RECEIVED', 'NO_RECEPTION', 'CLOSED'].includes(state);
    case 'receive':
      return state === 'RECEIVED' || state === 'CLOSED';
    case 'close':
      return state === 'CLOSED';
    case 'compliance':
      return (
        state === 'CLOSED' ||
        (payload.returns[0]?.return_lines ?? []).every((wanted) => {
          const decision = current.return_lines.find((l) => l.order_line_id === wanted.order_line_id)?.compliance?.[0];
          return decision !== undefined && decision.compliant === wanted.compliant;
        })
      );
  }
}

/**
 * An action on one return: `PUT api/returns/<action>` with `{returns: [entry]}` (payload `{action,
 * returns: [entry]}`). One return per item, so a refusal of one return never holds back or repeats
 * another; actions on one return keep their order (accept, then receive, then close). Mirakl answers
 * 200 with per-return `return_success`/`return_errors`: an error for our return is a refusal (parked).
 * These writes are not repeatable (a second accept is an error), so an unknown outcome is read back
 * with RT11 (`return_id`) and counts as applied when the state moved where the action leads.
 */
export const returnActionHandler: OutboxHandler<'return-action'> = {
  noun: 'return update',
  createsMessage: false,
  orderKey: (item) => `return\u0000${item.shopId}\u0000${item.payload.returns[0]?.id ?? ''}`,
  check(item) {
    const { action, returns } = item.payload as { action?: unknown; returns?: unknown };
    if (!isReturnAction(action))
      return `This return update has an unknown action (${typeof action === 'string' && action ? action : 'none'}).`;
    if (!Array.isArray(returns) || returns.length !== 1) return 'A return update must be for exactly one return.';
    const { code, input } = returnRequest(item.payload);
    const parsed = operations[code].body.schema.safeParse(input.body);
    return parsed.success ? null : `This return update cannot be sent as it is (${describeIssues(parsed.error.issues)}).`;
  },
  request: (item) => returnRequest(item.payload),
  accept: (item, answer) => returnAcceptance(item.payload.returns[0]?.id ?? '', answer),
  async readBack(item, context) {
    const returnId = item.payload.returns[0]?.id ?? '';
    const page = await context.read('RT11', { query: { return_id: returnId } });
    return returnActionApplied(
      item.payload,
      page.data.find((r) => r.id === returnId),
    )
      ? { found: true }
      : { found: false };
  },
};
