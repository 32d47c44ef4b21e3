import type { ThreadRecord } from '../../data/records';
import type { Translate } from '../../ui/translate';
import { messages } from './composer.messages';

/** A party the shop can address in M12 (`message_input.to[].type`). */
export type RecipientType = 'CUSTOMER' | 'OPERATOR';

/**
 * Whether and to whom the seller can reply in a thread, decided from the cached thread:
 * - closed: the shop is no longer an authorised participant: no reply at all;
 * - limit: the thread holds Mirakl's maximum of 1000 messages: no reply at all;
 * - operator-only: the platform took the thread over (replies go to the operator only), or the
 *   thread is between the shop and the platform's support (no buyer in it);
 * - customer: the buyer by default, with the option to include the operator.
 * Kept pure so the composer and the "edit and retry" of a parked reply make the same decision.
 */
export type ReplyOptions =
  { mode: 'closed' } | { mode: 'limit' } | { mode: 'operator-only'; why: 'takeover' | 'operator-thread' } | { mode: 'customer' };

/** Reads the reply options of a cached thread (see ReplyOptions). */
export function replyOptions(
  thread: Pick<ThreadRecord, 'closed' | 'atMessageLimit' | 'takenOver' | 'authorizedParticipants'>,
): ReplyOptions {
  if (thread.closed === 1) return { mode: 'closed' };
  if (thread.atMessageLimit === 1) return { mode: 'limit' };
  if (thread.takenOver === 1) return { mode: 'operator-only', why: 'takeover' };
  const authorized = thread.authorizedParticipants;
  // A thread whose participants could not be derived (an unreadable older cache entry) is treated as an ordinary buyer thread.
  if (authorized.length > 0 && !authorized.some((p) => p.type === 'CUSTOMER')) return { mode: 'operator-only', why: 'operator-thread' };
  return { mode: 'customer' };
}

/** The M12 recipients for the options and the seller's "also to the platform" choice; empty when no reply is possible. */
export function recipientsFor(options: ReplyOptions, includeOperator: boolean): { type: RecipientType }[] {
  if (options.mode === 'operator-only') return [{ type: 'OPERATOR' }];
  if (options.mode === 'customer') return includeOperator ? [{ type: 'CUSTOMER' }, { type: 'OPERATOR' }] : [{ type: 'CUSTOMER' }];
  return [];
}

/** Mirakl's maximum of messages in a thread (the `limit` mode). */
const threadMessageLimit = 1000;

/** Why no reply is possible, in the seller's words (in the UI language of `t`); null when one is. */
export function noReplyReason(options: ReplyOptions, t: Translate): string | null {
  if (options.mode === 'closed') return t(messages.closed);
  // The limit as written, without grouping ("1000"): it is Mirakl's documented number.
  if (options.mode === 'limit') return t(messages.limit, { max: String(threadMessageLimit) });
  return null;
}
