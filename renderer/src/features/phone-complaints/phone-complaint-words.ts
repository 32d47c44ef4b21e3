import type {
  IntakeProblem,
  PhoneComplaintExpectationCode,
  PhoneComplaintOutcomeCode,
  PhoneComplaintStage,
} from '../../../../shared/cases/phone-complaint';
import { intakeLimits, promisedAnswerMaxDays } from '../../../../shared/cases/phone-complaint';
import type { UiMessage } from '../../ui/i18n';
import type { Translate } from '../../ui/translate';
import { messages as detail } from './detail.messages';
import { messages as intake } from './intake.messages';

/** What the buyer expects, in the UI language. */
export const expectationWords: Record<PhoneComplaintExpectationCode, UiMessage> = {
  replacement: intake.expectReplacement,
  repair: intake.expectRepair,
  refund: intake.expectRefund,
  'price-reduction': intake.expectPriceReduction,
  apology: intake.expectApology,
  other: intake.expectOther,
};

/** How the complaint ended, in the UI language. */
export const outcomeWords: Record<PhoneComplaintOutcomeCode, UiMessage> = {
  replacement: detail.outcomeReplacement,
  'repair-or-fix': detail.outcomeRepair,
  'price-reduction': detail.outcomePriceReduction,
  apology: detail.outcomeApology,
};

/** The complaint's stage, in the UI language. */
export const stageWords: Record<PhoneComplaintStage, UiMessage> = {
  taken: detail.stageTaken,
  forwarded: detail.stageForwarded,
  'outcome-documented': detail.stageOutcome,
  closed: detail.stageClosed,
};

/** An intake field's problem in the UI language (the market names the region a phone number must belong to). */
export function problemWords(problem: IntakeProblem, t: Translate, market: string): string {
  switch (problem) {
    case 'required':
      return t(intake.required);
    case 'too-long':
      return t(intake.tooLong);
    case 'too-short':
      return t(intake.tooShort, { min: intakeLimits.descriptionMin });
    case 'contact':
      return t(intake.badContact, { market });
    case 'date-format':
      return t(intake.dateFormat);
    case 'date-past':
      return t(intake.datePast);
    case 'date-too-far':
      return t(intake.dateTooFar, { days: promisedAnswerMaxDays });
    case 'choice':
      return t(intake.badChoice);
  }
}

/** A history step's code (data/phone-complaints.queries phoneComplaintActions) in the UI language. */
export function historyWords(action: string, t: Translate): string {
  if (action.startsWith('phone-outcome:')) {
    const outcome = action.slice('phone-outcome:'.length) as PhoneComplaintOutcomeCode;
    return t(detail.historyOutcome, { outcome: outcomeWords[outcome] ? t(outcomeWords[outcome]) : outcome });
  }
  const words: Record<string, UiMessage> = {
    'phone-taken': detail.historyTaken,
    'phone-forwarded': detail.historyForwarded,
    'phone-closed': detail.historyClosed,
    'phone-thread-linked': detail.historyLinked,
    'phone-confirmation-drafted': detail.historyDrafted,
    'phone-confirmation-queued': detail.historyQueued,
  };
  return words[action] ? t(words[action]) : action;
}
