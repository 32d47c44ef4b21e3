// The search index of the inbox-at-scale bench's seeded threads, made in Node with the product's own
// functions (searchTokens for each thread's tokens, searchSegments for the postings, in writes of
// 5,000 threads as the seeding writes them), so a search in the bench finds real rows through the
// index as it does after a sync.
import { searchSegments } from '../../../renderer/src/data/search-segments';
import { searchTokens } from '../../../renderer/src/data/search-tokens';
import type { SearchSegmentRecord, ThreadMessagesRecord } from '../../../renderer/src/data/records';

/**
 * The searchable texts of seeded thread `i` (buyer, order id and label, topic, its one message's
 * body): the same strings inbox-scale-page.ts's seedInboxCache writes (keep both in step).
 */
export function seededTexts(i: number): string[] {
  const order = `BENCH${i}-A`;
  return [
    `Buyer ${i}`,
    order,
    order,
    `Bench question ${i % 97}`,
    `Dzień dobry, kiedy wyślecie zamówienie ${order}? Pozdrawiam, Buyer ${i}`,
  ];
}

/**
 * Each seeded thread's search tokens (by index) and the search segments posting them, for `count`
 * threads spread over `shopIds` as seedInboxCache spreads them (thread i in shop i mod the shops,
 * id `bench-<i>`). Throws nothing.
 */
export function seededSearchIndex(shopIds: readonly string[], count: number): { tokens: string[][]; segments: SearchSegmentRecord[] } {
  const tokens: string[][] = [];
  const segments: SearchSegmentRecord[] = [];
  for (let start = 0; start < count; start += 5000) {
    const records: Pick<ThreadMessagesRecord, 'shopId' | 'threadId' | 'tokens'>[] = [];
    for (let i = start; i < Math.min(count, start + 5000); i += 1) {
      const record = { shopId: shopIds[i % shopIds.length] ?? '', threadId: `bench-${i}`, tokens: searchTokens(seededTexts(i)) };
      tokens.push(record.tokens);
      records.push(record);
    }
    segments.push(...searchSegments(records as ThreadMessagesRecord[], []));
  }
  return { tokens, segments };
}
