import { messageInputSchema, type MessageInput } from '../../../../shared/mirakl';
import { describeIssues } from '../../../../shared/validation';

/** Mirakl's bounds on a message body (M12 `message_input.body`). */
export const replyBodyMin = 3;
export const replyBodyMax = 50_000;

/** A reply that may be queued, or the reason it may not, in words for an inline error. */
export type ReplyCheck = { ok: true; input: MessageInput } | { ok: false; problem: string };

const count = new Intl.NumberFormat('en');

/**
 * Checks a reply before it goes into the outbox, against the same schema the marketplace applies
 * (shared/mirakl messageInputSchema): a reply the marketplace would refuse is better caught while
 * the seller is still writing than parked later. Also refuses a body of only blanks, which Mirakl
 * refuses although its length fits.
 */
export function checkReply(body: string, to: readonly { type: string }[]): ReplyCheck {
  if (to.length === 0) return { ok: false, problem: 'Choose who receives this reply.' };
  if (body.trim().length === 0) return { ok: false, problem: 'Write a reply first.' };
  if (body.trim().length < replyBodyMin) return { ok: false, problem: `A reply needs at least ${replyBodyMin} characters.` };
  if (body.length > replyBodyMax) {
    return {
      ok: false,
      problem: `This reply has ${count.format(body.length)} characters; the marketplace takes at most ${count.format(replyBodyMax)}. Shorten it by ${count.format(body.length - replyBodyMax)}.`,
    };
  }
  const parsed = messageInputSchema.safeParse({ body, to: to.map((r) => ({ type: r.type })) });
  if (!parsed.success) return { ok: false, problem: `The marketplace would refuse this reply (${describeIssues(parsed.error.issues)}).` };
  return { ok: true, input: parsed.data };
}
