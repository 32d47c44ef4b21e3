import type { ConsoleDatabase } from './db';
import { reasonKeyOf, threadKeyOf } from './inbox.queries';
import type { MessageRecord, ThreadMessagesRecord, ThreadRecord } from './records';
import { postedThreads, prefixBuckets } from './search-segments';
import { holdsTokenPrefix, indexedTokenLength, searchFold, searchTerms, shortestIndexedToken, wordPieces } from './search-tokens';

export { searchFold, searchTerms } from './search-tokens';

/** Options of searchThreads. */
export interface SearchOptions {
  /**
   * Answer with at most this many threads, as soon as they are found (the first screen of results):
   * the rest of the index is not read. Without it, every matching thread.
   */
  limit?: number;
}

/** How one query word is looked up: the index token it starts with, and whether the index alone decides. */
interface TermPlan {
  term: string;
  /** The word's longest piece of letters and digits, cut as the index cuts tokens. */
  lookup: string;
  /** True when the word is that piece (a token prefix match is the word's match); else the text is checked. */
  exact: boolean;
}

function plan(term: string): TermPlan | null {
  const pieces = wordPieces(term);
  const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < shortestIndexedToken) return null;
  const exact = pieces.length === 1 && longest === term && term.length <= indexedTokenLength;
  return { term, lookup: longest.slice(0, indexedTokenLength), exact };
}

/** The thread's own searchable fields, folded, one per line (the topic's RE11 label among them). */
function threadText(thread: ThreadRecord, topicLabel: string | undefined): string {
  return searchFold(
    [thread.customerName, thread.orderId, thread.orderLabel, thread.topic, thread.topicCode, topicLabel].filter(Boolean).join('\n'),
  );
}

/** Whether `term` is in the thread's own fields or in one of its messages (folded, anywhere in it). */
function textHolds(term: string, fields: string, messages: readonly MessageRecord[]): boolean {
  return fields.includes(term) || messages.some((m) => searchFold(m.body).includes(term));
}

/** What one search reads once: the shops, and the RE11 labels of their incident topics. */
interface SearchScope {
  shops: ReadonlySet<string>;
  labels: Map<string, string>;
}

function labelOf(scope: SearchScope, thread: ThreadRecord): string | undefined {
  return thread.topicCode ? scope.labels.get(reasonKeyOf(thread.shopId, thread.topicCode)) : undefined;
}

/** The threads of the scope whose topic's RE11 label holds `term` (labels are not in the index: they come later than threads). */
async function labelThreads(db: ConsoleDatabase, scope: SearchScope, term: string): Promise<Set<string>> {
  const codes = new Set<string>();
  for (const [key, label] of scope.labels) if (searchFold(label).includes(term)) codes.add(key);
  if (codes.size === 0) return new Set();
  const topics = [...new Set([...codes].map((key) => key.slice(key.indexOf('\n') + 1)))];
  const threads = await db.threads.where('topic').anyOf(topics).toArray();
  return new Set(
    threads
      .filter((t) => t.topicCode && scope.shops.has(t.shopId) && codes.has(reasonKeyOf(t.shopId, t.topicCode)))
      .map((t) => threadKeyOf(t.shopId, t.id)),
  );
}

/**
 * Segments read at once: the first chunk is small (a common word's first results are in the newest
 * pages), each next one twice as large up to the last size (a rare word reads on quickly).
 */
const segmentChunks = { first: 8, last: 256 };

/** Candidates checked at once in first-results mode (each is read with its messages). */
const checkChunk = 64;

/**
 * The candidates of the scope posted under a token starting with `lookup`, a chunk of segments at
 * a time, newest first: `visit` gets each chunk's new candidates (threadKeyOf keys) and answers
 * whether to read on. Candidates are checked by the caller (a segment may post a word a thread has
 * since lost).
 */
async function postedCandidates(
  db: ConsoleDatabase,
  scope: SearchScope,
  lookup: string,
  visit: (candidates: string[]) => Promise<boolean>,
): Promise<void> {
  const seen = new Set<string>();
  for (const bucket of prefixBuckets(lookup)) if (!(await readBucket(db, scope, bucket, lookup, seen, visit))) return;
}

/** postedCandidates in one bucket; answers whether to read on. */
async function readBucket(
  db: ConsoleDatabase,
  scope: SearchScope,
  bucket: string,
  lookup: string,
  seen: Set<string>,
  visit: (candidates: string[]) => Promise<boolean>,
): Promise<boolean> {
  let upper: [string, string] = [bucket, '\uffff'];
  let inclusive = true;
  for (let chunk = segmentChunks.first; ; chunk = Math.min(chunk * 2, segmentChunks.last)) {
    const segments = await db.searchSegments.where(':id').between([bucket, ''], upper, true, inclusive).reverse().limit(chunk).toArray();
    const posted = new Set<string>();
    for (const segment of segments) postedThreads(segment, lookup, posted);
    const fresh = [...posted].filter((key) => !seen.has(key) && scope.shops.has(key.slice(0, key.indexOf('\n'))));
    for (const key of fresh) seen.add(key);
    const last = segments[segments.length - 1];
    if (!(await visit(fresh))) return false;
    if (!last || segments.length < chunk) return true;
    upper = [last.bucket, last.segment];
    inclusive = false;
  }
}

/** Whether a thread (with its messages record) holds every planned word; `labelHits` per word, from labelThreads. */
function holdsAll(
  scope: SearchScope,
  thread: ThreadRecord,
  record: ThreadMessagesRecord | undefined,
  plans: readonly TermPlan[],
  labelHits: readonly Set<string>[],
): boolean {
  const key = threadKeyOf(thread.shopId, thread.id);
  let fields: string | null = null;
  return plans.every((p, i) => {
    if (labelHits[i]?.has(key)) return true;
    if (p.exact) return holdsTokenPrefix(record?.tokens, p.lookup);
    fields ??= threadText(thread, labelOf(scope, thread));
    return textHolds(p.term, fields, record?.messages ?? []);
  });
}

/**
 * The threads of `shopIds` (threadKeyOf keys) whose buyer name, order id or label, topic (its code
 * and its RE11 label) or messages hold every word of `query` (each word may be in a different
 * place), compared with searchFold. A word matches the start of a word of the thread ("zwrot"
 * finds "zwrotu", "lodz" finds "Łódź"); a word with punctuation ("pl0240001-a") must appear as
 * written. Works offline on the cache. A blank query matches nothing: callers show the whole list
 * instead.
 *
 * The inbox's one search entry point. Index-backed: the longest word is looked up as a prefix in
 * the search segments (written by storeThreadsPage with the threads they index), and each thread
 * found is checked for every word against its own tokens (or its text, for a word with
 * punctuation). `options.limit` answers with the first threads found, newest segments first,
 * reading only as much of the index as they need (the first screen of results, fast whatever the
 * cache's size). Words with
 * no piece of two letters or digits ("a", "-") cannot be looked up: the shops' threads are then
 * scanned as before the index.
 */
export async function searchThreads(
  db: ConsoleDatabase,
  shopIds: readonly string[],
  query: string,
  options: SearchOptions = {},
): Promise<Set<string>> {
  const terms = searchTerms(query);
  if (terms.length === 0) return new Set();
  const ids = [...new Set(shopIds)];
  // No transaction around the reads: search is read-only and re-run (liveQuery) when the cache
  // changes, and a transaction spanning the index walk's async steps committed early in Chromium
  // (Dexie's PrematureCommitError, which took the inbox down with it).
  const reasons = await db.reasons
    .where('[shopId+type]')
    .anyOf(ids.map((id) => [id, 'incident_open']))
    .toArray();
  const scope: SearchScope = { shops: new Set(ids), labels: new Map(reasons.map((r) => [reasonKeyOf(r.shopId, r.code), r.label])) };
  const plans = terms.map(plan);
  if (plans.some((p) => p === null)) return scanThreads(db, scope, terms, options.limit);
  // The longest word first: it narrows the candidates most.
  const ordered = (plans as TermPlan[]).sort((a, b) => b.lookup.length - a.lookup.length);
  const labelHits = await Promise.all(ordered.map((p) => labelThreads(db, scope, p.term)));
  return options.limit === undefined
    ? allMatches(db, scope, ordered, labelHits)
    : firstMatches(db, scope, ordered, labelHits, options.limit);
}

/** Every match: the first (longest) word's candidates from the index, each checked for every word. */
async function allMatches(db: ConsoleDatabase, scope: SearchScope, plans: TermPlan[], labelHits: Set<string>[]): Promise<Set<string>> {
  const first = plans[0] as TermPlan;
  const candidates = new Set(labelHits[0]);
  await postedCandidates(db, scope, first.lookup, async (keys) => {
    for (const key of keys) candidates.add(key);
    return true;
  });
  return checked(db, scope, [...candidates], plans, labelHits);
}

/** The threads of `keys` that hold every word (read with their messages). */
async function checked(
  db: ConsoleDatabase,
  scope: SearchScope,
  keys: string[],
  plans: TermPlan[],
  labelHits: Set<string>[],
): Promise<Set<string>> {
  const pairs = keys.map((key) => key.split('\n') as [string, string]);
  const [threads, records] = await Promise.all([db.threads.bulkGet(pairs), db.threadMessages.bulkGet(pairs)]);
  const found = new Set<string>();
  threads.forEach((thread, i) => {
    if (thread && holdsAll(scope, thread, records[i], plans, labelHits)) found.add(threadKeyOf(thread.shopId, thread.id));
  });
  return found;
}

/** The first `limit` matches: the first word's candidates a chunk of segments at a time, each checked for every word. */
async function firstMatches(
  db: ConsoleDatabase,
  scope: SearchScope,
  plans: TermPlan[],
  labelHits: Set<string>[],
  limit: number,
): Promise<Set<string>> {
  const found = new Set<string>();
  const take = (keys: Iterable<string>) => {
    for (const key of keys) if (found.size < limit) found.add(key);
  };
  take(await checked(db, scope, [...(labelHits[0] ?? [])], plans, labelHits));
  if (found.size >= limit) return found;
  await postedCandidates(db, scope, (plans[0] as TermPlan).lookup, async (keys) => {
    const fresh = keys.filter((key) => !found.has(key));
    for (let at = 0; at < fresh.length && found.size < limit; at += checkChunk)
      take(await checked(db, scope, fresh.slice(at, at + checkChunk), plans, labelHits));
    return found.size < limit;
  });
  return found;
}

/** Threads read at once by the scan. */
const scanChunk = 500;

/** The search without the index (a word it cannot look up): every thread of the scope, a chunk at a time. */
async function scanThreads(db: ConsoleDatabase, scope: SearchScope, terms: string[], limit = Infinity): Promise<Set<string>> {
  const plans = terms.map((term) => ({ term, lookup: term, exact: false }));
  const found = new Set<string>();
  for (const shopId of scope.shops) {
    // From [shopId] (before all its keys) to [shopId, []] (after them: arrays sort after strings).
    let from: unknown[] = [shopId];
    let inclusive = true;
    while (found.size < limit) {
      const threads = await db.threads.where(':id').between(from, [shopId, []], inclusive, false).limit(scanChunk).toArray();
      const records = await db.threadMessages.bulkGet(threads.map((t) => [t.shopId, t.id] as [string, string]));
      threads.forEach((thread, i) => {
        if (found.size < limit && holdsAll(scope, thread, records[i], plans, [])) found.add(threadKeyOf(thread.shopId, thread.id));
      });
      const last = threads[threads.length - 1];
      if (!last || threads.length < scanChunk) break;
      from = [last.shopId, last.id];
      inclusive = false;
    }
  }
  return found;
}
