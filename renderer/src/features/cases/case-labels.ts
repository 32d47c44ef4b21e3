import type { CaseActionId } from '../../../../shared/cases/case-actions';
import type { CaseKind } from '../../data/records';
import type { UiMessage, useT } from '../../ui/i18n';

type T = ReturnType<typeof useT>;
import { messages as actionText } from './case-actions.messages';
import { messages as text } from './cases.messages';
import { messages as returnText } from './return-reasons.messages';

/** The word for each kind of case. */
export const kindLabels: Record<CaseKind, UiMessage> = {
  incident: text.kindIncident,
  return: text.kindReturn,
  'complaint-thread': text.kindComplaintThread,
  'phone-complaint': text.kindPhone,
};

const stateLabels: Readonly<Record<string, UiMessage>> = {
  WAITING_ACCEPTANCE: text.stateWaitingAcceptance,
  IN_PROGRESS: text.stateInProgress,
  REFUSED: text.stateRefused,
  RECEIVED: text.stateReceived,
  NO_RECEPTION: text.stateNoReception,
  CLOSED: text.stateClosed,
  CANCELED: text.stateCanceled,
  INCIDENT_OPEN: text.stateIncidentOpen,
  open: text.stateOpen,
  closed: text.stateClosed,
};

/** A case's state in words: a known state's label; a resolved incident names its line's state; else the code as sent. */
export function stateText(t: T, kind: CaseKind, state: string): string {
  const known = stateLabels[state];
  if (kind === 'incident' && state !== 'INCIDENT_OPEN') return t(text.stateResolved, { state: known ? t(known) : state });
  return known ? t(known) : state;
}

/** Each action's name and what it will do, as the seller reads them before sending. */
export const actionLabels: Record<CaseActionId, { name: UiMessage; effect: UiMessage }> = {
  'accept-return': { name: actionText.acceptReturn, effect: actionText.effectAcceptReturn },
  'refuse-return': { name: actionText.refuseReturn, effect: actionText.effectRefuseReturn },
  'receive-return': { name: actionText.receiveReturn, effect: actionText.effectReceiveReturn },
  'record-compliance': { name: actionText.recordCompliance, effect: actionText.effectRecordCompliance },
  'close-return': { name: actionText.closeReturn, effect: actionText.effectCloseReturn },
  'resolve-incident': { name: actionText.resolveIncident, effect: actionText.effectResolveIncident },
};

/** RT21's refusal reasons as the seller chooses them. */
export const rejectionReasonLabels: Readonly<Record<string, UiMessage>> = {
  RETURN_REJECTION_NOT_ELIGIBLE: actionText.rejNotEligible,
  RETURN_REJECTION_NOT_NEEDED: actionText.rejNotNeeded,
  RETURN_REJECTION_WINDOW_CLOSED: actionText.rejWindowClosed,
};

/** RT26's non-compliance reasons as the seller chooses them. */
export const nonComplianceLabels: Readonly<Record<string, UiMessage>> = {
  RETURN_NON_COMPLIANT_MISSING_ITEM: actionText.ncMissingItem,
  RETURN_NON_COMPLIANT_WRONG_PRODUCT: actionText.ncWrongProduct,
  RETURN_NON_COMPLIANT_DAMAGED_PRODUCT: actionText.ncDamaged,
  RETURN_NON_COMPLIANT_WINDOW_CLOSED: actionText.ncWindowClosed,
  RETURN_NON_COMPLIANT_OTHER: actionText.ncOther,
};

/** RT11's return reason codes in words. */
export const returnReasonLabels: Readonly<Record<string, UiMessage>> = {
  RETURN_BROKEN_ITEM: returnText.brokenItem,
  RETURN_CHANGED_MIND: returnText.changedMind,
  RETURN_COUNTERFEIT_ITEM: returnText.counterfeitItem,
  RETURN_DAMAGED_PACKAGING: returnText.damagedPackaging,
  RETURN_DEFECTIVE_ITEM: returnText.defectiveItem,
  RETURN_DELIVERED_PRODUCT_DIFFERENT: returnText.differentProduct,
  RETURN_MISSING_ITEM: returnText.missingItem,
  RETURN_OTHER: returnText.other,
  RETURN_CM_DONT_WANT: returnText.dontWant,
  RETURN_CM_DONT_LIKE: returnText.dontLike,
  RETURN_CM_QUALITY: returnText.quality,
  RETURN_DPD_WRONG_SIZE: returnText.wrongSize,
  RETURN_DPD_WRONG_COLOR: returnText.wrongColor,
  RETURN_DEFECTIVE_ON_ARRIVAL: returnText.defectiveOnArrival,
  RETURN_PRODUCT_DOES_NOT_FIT: returnText.doesNotFit,
  RETURN_PDNT_TOO_BIG: returnText.tooBig,
  RETURN_PDNT_TOO_SMALL: returnText.tooSmall,
  RETURN_INACCURATE_ITEM_DESCRIPTION: returnText.inaccurateDescription,
  RETURN_WARRANTY: returnText.warranty,
};

/** A code in words when the console knows it (return reason, refusal, non-compliance), else the code itself. */
export function codeText(t: T, code: string | undefined): string {
  if (!code) return '';
  const known = rejectionReasonLabels[code] ?? nonComplianceLabels[code] ?? returnReasonLabels[code];
  return known ? t(known) : code;
}
