import { messageInputSchema, type MessageInput } from '../../../../shared/mirakl';
import { describeIssues } from '../../../../shared/validation';
import type { Translate } from '../../ui/translate';
import { unfilledPlaceholderProblem } from '../templates';
import { messages } from './composer.messages';

/** Mirakl's bounds on a message body (M12 `message_input.body`). */
export const replyBodyMin = 3;
export const replyBodyMax = 50_000;

/** A reply that may be queued, or the reason it may not, in words for an inline error (in the UI language). */
export type ReplyCheck = { ok: true; input: MessageInput } | { ok: false; problem: string };

/**
 * Checks a reply before it goes into the outbox, against the same schema the marketplace applies
 * (shared/mirakl messageInputSchema): a reply the marketplace would refuse is better caught while
 * the seller is still writing than parked later. Also refuses a body of only blanks, which Mirakl
 * refuses although its length fits. `t` words the problem in the UI language.
 */
export function checkReply(body: string, to: readonly { type: string }[], t: Translate): ReplyCheck {
  if (to.length === 0) return { ok: false, problem: t(messages.chooseRecipient) };
  if (body.trim().length === 0) return { ok: false, problem: t(messages.writeFirst) };
  if (body.trim().length < replyBodyMin) return { ok: false, problem: t(messages.tooShort, { min: replyBodyMin }) };
  if (body.length > replyBodyMax) {
    return {
      ok: false,
      problem: t(messages.tooLong, { length: body.length, max: replyBodyMax, excess: body.length - replyBodyMax }),
    };
  }
  const unfilled = unfilledPlaceholderProblem(body, t);
  if (unfilled) return { ok: false, problem: unfilled };
  const parsed = messageInputSchema.safeParse({ body, to: to.map((r) => ({ type: r.type })) });
  // The schema's own words are technical (field and bound): they stay as the schema says them.
  if (!parsed.success) return { ok: false, problem: t(messages.wouldRefuse, { issues: describeIssues(parsed.error.issues) }) };
  return { ok: true, input: parsed.data };
}
