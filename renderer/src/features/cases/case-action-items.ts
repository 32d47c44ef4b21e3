import type { CaseActionId } from '../../../../shared/cases/case-actions';
import type { NewOutboxItem } from '../../sync/outbox/outbox.repository';
import type { CaseSummary } from '../../data/records';

/** One line's decision in an RT26 compliance record. */
export interface LineDecision {
  orderLineId: string;
  compliant: boolean;
  reasonCode?: string;
  info?: string;
}

/** What the seller chose in the confirm step. */
export interface ActionChoice {
  /** RT21 refusal reason, or RE12 closing reason. */
  reasonCode?: string;
  lines?: LineDecision[];
}

/** Why an action cannot be sent as chosen: a reason or a line's decision is missing. */
export type ChoiceProblem = 'reason-required' | 'line-reason-required';

/** What is missing before `action` can be sent, or null. */
export function choiceProblem(action: CaseActionId, choice: ActionChoice): ChoiceProblem | null {
  if ((action === 'refuse-return' || action === 'resolve-incident') && !choice.reasonCode) return 'reason-required';
  if (action === 'record-compliance' && (choice.lines ?? []).some((l) => !l.compliant && !l.reasonCode)) return 'line-reason-required';
  return null;
}

/**
 * The outbox item of a confirmed action on `summary` (a return's RT21–RT27, an incident's OR64) and
 * the plain detail its history step keeps. Throws on an action that does not fit the case's kind
 * (a programming error: the view offers only allowed actions).
 */
export function caseActionItem(summary: CaseSummary, action: CaseActionId, choice: ActionChoice): { item: NewOutboxItem; detail?: string } {
  const shopId = summary.shopId;
  if (action === 'resolve-incident') {
    if (summary.kind !== 'incident') throw new Error(`An incident action on a ${summary.kind} case.`);
    const [orderId = '', lineId = ''] = summary.id.split('/');
    return {
      item: {
        shopId,
        kind: 'incident-resolution',
        payload: { order_id: orderId, order_line_id: lineId, reason_code: choice.reasonCode ?? '' },
      },
      detail: choice.reasonCode,
    };
  }
  if (summary.kind !== 'return') throw new Error(`A return action on a ${summary.kind} case.`);
  const id = summary.id;
  switch (action) {
    case 'accept-return':
      return { item: { shopId, kind: 'return-action', payload: { action: 'accept', returns: [{ id, accepted: true }] } } };
    case 'refuse-return':
      return {
        item: {
          shopId,
          kind: 'return-action',
          payload: {
            action: 'accept',
            returns: [{ id, accepted: false, rejection_reason_code: choice.reasonCode as 'RETURN_REJECTION_NOT_ELIGIBLE' }],
          },
        },
        detail: choice.reasonCode,
      };
    case 'receive-return':
      return { item: { shopId, kind: 'return-action', payload: { action: 'receive', returns: [{ id }] } } };
    case 'close-return':
      return { item: { shopId, kind: 'return-action', payload: { action: 'close', returns: [{ id }] } } };
    case 'record-compliance': {
      const lines = choice.lines ?? [];
      return {
        item: {
          shopId,
          kind: 'return-action',
          payload: {
            action: 'compliance',
            returns: [
              {
                id,
                return_lines: lines.map((l) => ({
                  order_line_id: l.orderLineId,
                  compliant: l.compliant,
                  ...(l.compliant
                    ? {}
                    : {
                        non_compliance_reason_code: l.reasonCode as 'RETURN_NON_COMPLIANT_OTHER',
                        ...(l.info?.trim() ? { non_compliance_additional_info: l.info.trim() } : {}),
                      }),
                })),
              },
            ],
          },
        },
        detail: lines.map((l) => `${l.orderLineId}: ${l.compliant ? 'compliant' : (l.reasonCode ?? '')}`).join('; '),
      };
    }
  }
}
