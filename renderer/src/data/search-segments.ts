import type { SearchSegmentRecord, ThreadMessagesRecord } from './records';
import { tokenList } from './search-tokens';

const digit = /\p{N}/u;

/**
 * The bucket of a token: its first letter, with `#` when it holds a digit (order ids, codes), so a
 * lookup of an order id reads only the few tokens with digits, not every word of that letter.
 */
export function tokenBucket(token: string): string {
  return digit.test(token) ? `${token.charAt(0)}#` : token.charAt(0);
}

/** The buckets holding the tokens that start with `prefix`: with a digit in it, only the digit bucket. */
export function prefixBuckets(prefix: string): string[] {
  const first = prefix.charAt(0);
  return digit.test(prefix) ? [`${first}#`] : [first, `${first}#`];
}

/** Segment ids sort in the order they were written (a clock part, then a counter within this page's life). */
let written = 0;

function segmentId(): string {
  written += 1;
  return `${Date.now().toString(36).padStart(9, '0')}-${written.toString(36).padStart(6, '0')}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The search segments of one write (SearchSegmentRecord): for each token's bucket (tokenBucket), the
 * tokens that threads gained in this write with the threads that hold them (each segment's
 * `threads` lists only the threads it posts). A token a thread had
 * before (`before[i]`, its earlier ThreadMessagesRecord.tokens in either stored form) was posted by an earlier write and is not posted again, so an incremental
 * pass that adds a message posts only its new words. A handful of records per page, whatever its
 * message count: posting every token of every thread as its own IndexedDB entry costs far more.
 */
export function searchSegments(
  records: readonly ThreadMessagesRecord[],
  before: readonly (string | readonly string[] | undefined)[],
): SearchSegmentRecord[] {
  const segment = segmentId();
  const byBucket = new Map<string, BucketPostings>();
  records.forEach((record, i) => {
    const had = before[i] ? new Set(tokenList(before[i])) : null;
    const key = `${record.shopId}\n${record.threadId}`;
    for (const token of tokenList(record.tokens)) {
      if (had?.has(token)) continue;
      const bucket = tokenBucket(token);
      let postings = byBucket.get(bucket);
      if (!postings) byBucket.set(bucket, (postings = { threads: [], last: '', tokens: new Map() }));
      // Each segment lists only the threads it posts (a rare letter's segment holds a few keys, not the page's hundred).
      if (postings.last !== key) {
        postings.threads.push(key);
        postings.last = key;
      }
      const index = postings.threads.length - 1;
      const list = postings.tokens.get(token);
      if (list) list.push(index);
      else postings.tokens.set(token, [index]);
    }
  });
  return [...byBucket].map(([bucket, { threads, tokens }]) => {
    let postings = '\n';
    for (const [token, indexes] of tokens) postings += `${token}\t${indexes.join(',')}\n`;
    return { bucket, segment, threads, postings };
  });
}

/** One bucket's postings while a write's segments are built: its threads, the last one added, its tokens. */
interface BucketPostings {
  threads: string[];
  last: string;
  tokens: Map<string, number[]>;
}

/**
 * The threads (threadKeyOf keys, `shopId\nthreadId`) that a segment posts under a token starting
 * with `prefix` (a folded token piece of at least one letter), added to `into`.
 */
export function postedThreads(record: SearchSegmentRecord, prefix: string, into: Set<string>): void {
  const { postings, threads } = record;
  const needle = `\n${prefix}`;
  for (let at = postings.indexOf(needle); at >= 0; at = postings.indexOf(needle, at + 1)) {
    const tab = postings.indexOf('\t', at + needle.length);
    const end = postings.indexOf('\n', tab);
    if (tab < 0 || end < 0) return;
    for (const index of postings.slice(tab + 1, end).split(',')) {
      const key = threads[Number(index)];
      if (key !== undefined) into.add(key);
    }
  }
}

/**
 * A segment without the threads in `gone` (threadKeyOf keys, `shopId\nthreadId`): the same record
 * when it posts none of them; a copy whose threads and postings leave them out (tokens left with no
 * thread dropped); or null when nothing of it is left. Used by the retention purge, so a purged
 * thread's words are not kept on disk in the append-only postings.
 */
export function segmentWithout(record: SearchSegmentRecord, gone: ReadonlySet<string>): SearchSegmentRecord | null {
  if (!record.threads.some((key) => gone.has(key))) return record;
  const threads: string[] = [];
  const moved = record.threads.map((key) => (gone.has(key) ? -1 : threads.push(key) - 1));
  if (threads.length === 0) return null;
  let postings = '\n';
  for (const line of record.postings.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const kept = line
      .slice(tab + 1)
      .split(',')
      .map((index) => moved[Number(index)] ?? -1)
      .filter((index) => index >= 0);
    if (kept.length > 0) postings += `${line.slice(0, tab)}\t${kept.join(',')}\n`;
  }
  return postings === '\n' ? null : { ...record, threads, postings };
}
