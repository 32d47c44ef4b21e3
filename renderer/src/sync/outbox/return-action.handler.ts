import { acceptReturnsSchema, closeReturnsSchema, receiveReturnsSchema, returnsComplianceSchema } from '../../../../shared/mirakl';
import type { OutboxItem } from '../../data/records';
import { describeIssue, record, records, text, type Acceptance, type OutboxHandler } from './outbox-handler';

/** The return actions and their Mirakl operations: RT21 accept (or refuse), RT25 receive, RT26 compliance, RT27 close. */
export const returnActions = {
  accept: acceptReturnsSchema,
  receive: receiveReturnsSchema,
  compliance: returnsComplianceSchema,
  close: closeReturnsSchema,
} as const;
export type ReturnAction = keyof typeof returnActions;

function actionOf(item: OutboxItem): ReturnAction | null {
  const action = item.payload.action;
  return typeof action === 'string' && action in returnActions ? (action as ReturnAction) : null;
}

/** The one return an item acts on (payload `returns[0]`). */
function entryOf(item: OutboxItem): Record<string, unknown> {
  return records(item.payload, 'returns')[0] ?? {};
}

/**
 * Reads RT21–RT27's 200 answer for our return: listed in `return_errors` is a refusal (with the
 * marketplace's reason), in `return_success` a delivery; an answer that names it in neither (or
 * cannot be read) leaves the outcome unknown, so the return is read back before anything else.
 */
export function returnAcceptance(returnId: string, body: unknown): Acceptance {
  const error = records(body, 'return_errors').find((e) => e.id === returnId);
  if (error) return { outcome: 'refused', code: 'RETURN_ERROR', message: text(error.message) || `The marketplace did not update return ${returnId}.` };
  if (records(body, 'return_success').some((s) => s.id === returnId)) return { outcome: 'delivered' };
  return { outcome: 'unknown', message: `The marketplace's answer did not say whether return ${returnId} was updated.` };
}

/**
 * Whether RT11's view of the return shows the action applied: the return reached the state the
 * action leads to, or one only reachable after it (a return accepted then received counts as
 * accepted). Compliance is applied when every line we sent carries the decision we sent (or the
 * return is closed, which needs one). Anything else means "not there": the write is sent again, and
 * if the return moved elsewhere meanwhile, the marketplace's refusal parks it.
 */
export function returnActionApplied(action: ReturnAction, sent: Record<string, unknown>, current: Record<string, unknown> | undefined): boolean {
  if (!current) return false;
  const state = text(current.state);
  switch (action) {
    case 'accept':
      return sent.accepted === false ? state === 'REFUSED' : ['IN_PROGRESS', 'RECEIVED', 'NO_RECEPTION', 'CLOSED'].includes(state);
    case 'receive':
      return state === 'RECEIVED' || state === 'CLOSED';
    case 'close':
      return state === 'CLOSED';
    case 'compliance': {
      if (state === 'CLOSED') return true;
      const lines = records(current, 'return_lines');
      return records(sent, 'return_lines').every((wanted) => {
        const line = lines.find((l) => l.order_line_id === wanted.order_line_id);
        const decision = line ? records(line, 'compliance')[0] : undefined;
        return decision !== undefined && decision.compliant === wanted.compliant;
      });
    }
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
export const returnActionHandler: OutboxHandler = {
  noun: 'return update',
  createsMessage: false,
  orderKey: (item) => `return\u0000${item.shopId}\u0000${text(entryOf(item).id)}`,
  check(item) {
    const action = actionOf(item);
    if (!action) return `This return update has an unknown action (${text(item.payload.action) || 'none'}).`;
    if (records(item.payload, 'returns').length !== 1) return 'A return update must be for exactly one return.';
    const parsed = returnActions[action].safeParse({ returns: records(item.payload, 'returns') });
    return parsed.success ? null : `This return update cannot be sent as it is (${describeIssue(parsed.error.issues)}).`;
  },
  request: (item) => ({ method: 'PUT', path: `api/returns/${actionOf(item) ?? ''}`, json: { returns: [entryOf(item)] } }),
  accept: (item, answer) => returnAcceptance(text(entryOf(item).id), answer.body),
  async readBack(item, context) {
    const entry = entryOf(item);
    const page = await context.read('api/returns', { return_id: text(entry.id) });
    const current = records(page, 'data').find((r) => r.id === entry.id);
    const action = actionOf(item);
    return action && returnActionApplied(action, entry, current ? record(current) : undefined) ? { found: true } : { found: false };
  },
};
