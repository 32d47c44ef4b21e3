import type { ConsoleDatabase } from './db';
import { reasonKeyOf, threadKeyOf } from './inbox.queries';
import type { ThreadRecord } from './records';

/** Messages read at once while searching. */
const messageChunk = 500;

/** Letters that carry no combining mark to strip but that sellers type without their stroke. */
const foldedLetters: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae' };

/**
 * Text as search compares it: lower case, accents dropped ("Łódź" → "lodz", "Šime" → "sime"), so a
 * seller finds a buyer whatever keyboard they type on.
 */
export function searchFold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łđøßæ]/g, (c) => foldedLetters[c] ?? c);
}

/** The words of a query, folded; empty when the query is blank. */
export function searchTerms(query: string): string[] {
  return searchFold(query).split(/\s+/).filter(Boolean);
}

function threadText(thread: ThreadRecord, topicLabel: string | undefined): string {
  return searchFold(
    [thread.customerName, thread.orderId, thread.orderLabel, thread.topic, thread.topicCode, topicLabel].filter(Boolean).join('\n'),
  );
}

/**
 * The threads of `shopIds` (threadKeyOf keys) whose buyer name, order id or label, topic (its code
 * and its RE11 label) or message text hold every word of `query` (each word may be in a different
 * place), compared with searchFold. Works offline on the cache. A blank query matches nothing:
 * callers show the whole list instead.
 *
 * This is the inbox's one search entry point, so an index can replace the scan later (issue 15).
 * Today it scans: the threads' own fields first, then the messages a chunk at a time (never the
 * whole table in memory), skipping them once every thread has found every word.
 */
export async function searchThreads(db: ConsoleDatabase, shopIds: readonly string[], query: string): Promise<Set<string>> {
  const terms = searchTerms(query);
  const found = new Set<string>();
  if (terms.length === 0) return found;
  const ids = [...new Set(shopIds)];
  return db.transaction('r', [db.threads, db.messages, db.reasons], async () => {
    const reasons = await db.reasons
      .where('[shopId+type]')
      .anyOf(ids.map((id) => [id, 'incident_open']))
      .toArray();
    const labels = new Map(reasons.map((r) => [reasonKeyOf(r.shopId, r.code), r.label]));
    // Per thread, the words its own fields do not hold.
    const missing = new Map<string, string[]>();
    await db.threads
      .where('shopId')
      .anyOf(ids)
      .each((thread) => {
        const text = threadText(thread, thread.topicCode ? labels.get(reasonKeyOf(thread.shopId, thread.topicCode)) : undefined);
        const left = terms.filter((term) => !text.includes(term));
        const key = threadKeyOf(thread.shopId, thread.id);
        if (left.length === 0) found.add(key);
        else missing.set(key, left);
      });
    for (const shopId of ids) {
      // The shop's messages a chunk at a time (getAll is far quicker than a cursor, and a chunk keeps memory bounded),
      // from [shopId] (before all its keys) to [shopId, []] (after them: arrays sort after strings).
      let from: unknown[] = [shopId];
      let inclusive = true;
      while (missing.size > 0) {
        const chunk = await db.messages.where(':id').between(from, [shopId, []], inclusive, false).limit(messageChunk).toArray();
        for (const message of chunk) {
          const key = threadKeyOf(message.shopId, message.threadId);
          const left = missing.get(key);
          if (!left) continue;
          const body = searchFold(message.body);
          const still = left.filter((term) => !body.includes(term));
          if (still.length === 0) {
            missing.delete(key);
            found.add(key);
          } else missing.set(key, still);
        }
        const last = chunk[chunk.length - 1];
        if (!last || chunk.length < messageChunk) break;
        from = [last.shopId, last.threadId, last.id];
        inclusive = false;
      }
    }
    return found;
  });
}
