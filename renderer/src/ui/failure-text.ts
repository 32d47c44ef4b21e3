import { failureSentences } from '../api/platform-failure';
import { storageFullText } from '../data/storage-errors';
import { messages } from './failure.messages';
import type { Translate } from './translate';

const byEnglish = new Map<string, (typeof messages)[keyof typeof messages]>([
  [failureSentences.offline, messages.offline],
  [failureSentences.aborted, messages.aborted],
  [failureSentences.timeout, messages.timeout],
  [failureSentences.slowDown, messages.slowDown],
  [failureSentences.unreadable, messages.unreadable],
  [storageFullText, messages.storageFull],
]);

// The sentences with a detail: answerText() in api/platform-failure.ts, and the gateway's own errors
// (electron/gateway: UPSTREAM_TIMEOUT, UPSTREAM_UNREACHABLE). failure-text.test.ts keeps them in step.
const answered = /^The marketplace answered (\d{3})(?: \((.*)\))?\.$/s;
const noAnswerWithin = /^The marketplace did not answer within (\d+) s\.$/;
const unreachable = /^The marketplace could not be reached \((.*)\)\.$/s;

/**
 * A failure kept in a record (an outbox item's or a sync cursor's `lastError`) in the seller's
 * language. The records keep the failure's English sentence (api/platform-failure.ts), so older
 * records read the same; the console's own sentences are recognised and translated, with their
 * status or detail. Anything else is the marketplace's own words (a refusal's message), shown as the
 * marketplace wrote it.
 */
export function failureText(message: string, t: Translate): string {
  const known = byEnglish.get(message);
  if (known) return t(known);
  const status = answered.exec(message);
  if (status)
    return status[2] !== undefined
      ? t(messages.answeredWith, { status: status[1], detail: status[2] })
      : t(messages.answered, { status: status[1] });
  const within = noAnswerWithin.exec(message);
  if (within) return t(messages.noAnswerWithin, { seconds: within[1] });
  const unreached = unreachable.exec(message);
  if (unreached) return t(messages.unreachable, { detail: unreached[1] });
  return message;
}
