import type { GuardContext } from '../../../shared/reply-guard';
import type { ConsoleDatabase } from './db';
import { threadMessagesOf } from './thread-messages.queries';

/** How many of the profile's recent replies a reply is compared with (the guard's "generic" rule). */
export const previousRepliesMax = 50;

/**
 * What a reply to a thread is checked in (shared/reply-guard's context), read from the cache of
 * record, so the composer's live check and the outbox's re-check before queueing judge the same
 * reply alike: the thread's market (the shop's when the thread is not cached yet; '' when neither
 * is), the buyer's last message in the thread, and the bodies of the profile's most recent replies
 * to OTHER threads (at most previousRepliesMax, newest first, from the outbox, which keeps what this
 * console sent), for the rule against the same answer sent to every buyer. Reads only.
 */
export async function replyGuardContext(db: ConsoleDatabase, shopId: string, threadId: string): Promise<GuardContext> {
  return db.transaction('r', [db.threads, db.shops, db.threadMessages, db.outbox], async () => {
    const thread = await db.threads.get([shopId, threadId]);
    const market = thread?.market ?? (await db.shops.get(shopId))?.market ?? '';
    const buyerMessage = [...(await threadMessagesOf(db, shopId, threadId))]
      .reverse()
      .find((m) => m.fromType === 'CUSTOMER_USER' || m.fromType === 'CUSTOMER');
    const previousReplies: string[] = [];
    await db.outbox
      .toCollection()
      .reverse()
      .until(() => previousReplies.length >= previousRepliesMax)
      .each((item) => {
        if (item.kind !== 'reply' || (item.shopId === shopId && item.threadId === threadId)) return;
        if (previousReplies.length < previousRepliesMax) previousReplies.push(item.payload.body);
      });
    return { market, ...(buyerMessage ? { buyerMessage: buyerMessage.body } : {}), previousReplies };
  });
}
