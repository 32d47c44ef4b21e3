import type { InboxThread } from '../../data/inbox.queries';
import type { InboxGroupId, InboxRow, InboxSort } from './triage';

// The order of rows inside an inbox group, by numbers: each thread's instants are parsed once (kept
// per thread object, which the row cache keeps across rebuilds), so a sort of 100,000 rows compares
// numbers in typed arrays instead of ISO strings and Map lookups (a first sort of a kind took ~400 ms).

/** Plain code-unit order: ISO instants and keys sort as time and identity do, far quicker than localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A row's due field (the one the due sort orders a group by): how long it has waited when undated, else its deadline. */
function dueField(group: InboxGroupId): 'replyNeededSince' | 'dueAt' {
  return group === 'undated' ? 'replyNeededSince' : 'dueAt';
}

/**
 * The rows' comparator by `sort` (without the last tie-break, the row key): by due (earliest
 * deadline first; undated threads by how long they have waited; rows without the field by last
 * activity, newest first), by last activity, or by shop (`ranks`: each label's place) then due.
 * The reference order: sortGroup's numeric keys give the same (see the model's tests).
 */
export function rowComparator(sort: InboxSort, ranks: ReadonlyMap<string, number>): (a: InboxRow, b: InboxRow) => number {
  const byDue = (a: InboxRow, b: InboxRow): number => {
    const field = a.group === 'undated' ? 'replyNeededSince' : a.thread.dueAt ? 'dueAt' : null;
    if (field) return compareText(a.thread[field] ?? '', b.thread[field] ?? '') || b.activityMs - a.activityMs;
    return b.activityMs - a.activityMs;
  };
  if (sort === 'due') return byDue;
  if (sort === 'activity') return (a, b) => b.activityMs - a.activityMs;
  return (a, b) =>
    (ranks.get(a.shopLabel) ?? 0) - (ranks.get(b.shopLabel) ?? 0) || compareText(a.thread.shopId, b.thread.shopId) || byDue(a, b);
}

/**
 * Each shop label's place in localeCompare's order (labels it calls equal share one): the shop sort
 * compares these numbers instead of calling localeCompare a million times for 100,000 rows.
 */
export function labelRanks(rows: readonly InboxRow[]): Map<string, number> {
  const labels = [...new Set(rows.map((r) => r.shopLabel))].sort((a, b) => a.localeCompare(b));
  const ranks = new Map<string, number>();
  labels.forEach((label, i) => {
    const previous = labels[i - 1];
    ranks.set(label, previous !== undefined && previous.localeCompare(label) === 0 ? (ranks.get(previous) ?? i) : i);
  });
  return ranks;
}

/** An instant field's ms and its text's shape: 1 `…T12:00:00Z`, 2 `…T12:00:00.000Z`, 0 any other (or absent). */
interface Instant {
  ms: number;
  shape: 0 | 1 | 2;
}

/** A thread's due fields as instants, worked out once per thread object. */
interface ThreadTimes {
  dueAt: Instant;
  replyNeededSince: Instant;
}

const times = new WeakMap<InboxThread, ThreadTimes>();
const isoShape = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/;

function instant(text: string | undefined): Instant {
  const match = text ? isoShape.exec(text) : null;
  if (!text || !match) return { ms: Number.NaN, shape: 0 };
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? { ms, shape: 0 } : { ms, shape: match[1] ? 2 : 1 };
}

function timesOf(thread: InboxThread): ThreadTimes {
  let known = times.get(thread);
  if (!known) times.set(thread, (known = { dueAt: instant(thread.dueAt), replyNeededSince: instant(thread.replyNeededSince) }));
  return known;
}

/**
 * Whether a group's due field can be ordered by its ms: every present value is an ISO instant in
 * UTC of one shape (then ms order is the texts' order; the sync writes dueAt with milliseconds and
 * Z, Mirakl's replyNeededSince may differ). Else sortGroup falls back to the comparator.
 */
function msOrderHolds(rows: readonly InboxRow[], field: 'replyNeededSince' | 'dueAt'): boolean {
  let shape = -1;
  for (const row of rows) {
    if (!row.thread[field]) continue;
    const at = timesOf(row.thread)[field];
    if (at.shape === 0 || (shape >= 0 && at.shape !== shape)) return false;
    shape = at.shape;
  }
  return true;
}

/** Keys for missing values: before every instant, as the comparator's '' is before every string. */
const missing = -Number.MAX_VALUE;

/**
 * One group's rows in `sort`'s order, ties by row key: the order of rowComparator, worked out with
 * numbers (per row: the shop's place, the due field's ms, the negated activity) in typed arrays.
 * Where the comparator contradicts itself (a group holding rows with and without a due field: it
 * orders a pair differently by which comes first), rows without the field come first, by activity.
 * Falls back to the comparator when the due field's texts are not one ISO format (see msOrderHolds).
 */
export function sortGroup(rows: readonly InboxRow[], sort: InboxSort, ranks: ReadonlyMap<string, number>): InboxRow[] {
  const n = rows.length;
  const group = rows[0]?.group ?? 'due-later';
  const field = dueField(group);
  const withDue = sort !== 'activity';
  if (withDue && !msOrderHolds(rows, field)) {
    const compare = rowComparator(sort, ranks);
    return [...rows].sort((a, b) => compare(a, b) || compareText(a.key, b.key));
  }
  // The shop sort's first key: each (label's place, shop id) pair's rank.
  const shopPlace = new Map<string, number>();
  if (sort === 'shop') {
    const labels = new Map<string, string>();
    for (const row of rows) if (!labels.has(row.thread.shopId)) labels.set(row.thread.shopId, row.shopLabel);
    const shops = [...labels].map(([shopId, label]) => ({ shopId, rank: ranks.get(label) ?? 0 }));
    shops.sort((a, b) => a.rank - b.rank || compareText(a.shopId, b.shopId));
    shops.forEach((s, i) => shopPlace.set(s.shopId, i));
  }
  // Per row: the shop's place (the shop sort's bucket), the due field's ms and the negated activity.
  const places = new Uint32Array(n);
  const due = new Float64Array(n);
  const activity = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const row = rows[i] as InboxRow;
    activity[i] = -row.activityMs;
    if (!withDue) continue;
    const ms = row.thread[field] ? timesOf(row.thread)[field].ms : missing;
    // Undated rows are ordered by how long they waited even when the field is absent ('' first); others without a deadline by activity.
    due[i] = group === 'undated' || ms !== missing ? ms : missing;
    places[i] = sort === 'shop' ? (shopPlace.get(rows[i]?.thread.shopId ?? '') ?? 0) : 0;
  }
  const keys: Parameters<typeof orderByRanks>[1] = withDue ? [denseRanks(due), denseRanks(activity)] : [denseRanks(activity)];
  // The shop sort: the rows of each shop's place in turn (a bucket each), each bucket ordered by its keys.
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    const place = places[i] as number;
    let bucket = buckets.get(place);
    if (!bucket) buckets.set(place, (bucket = []));
    bucket.push(i);
  }
  const sorted: InboxRow[] = [];
  for (const place of [...buckets.keys()].sort((a, b) => a - b)) {
    for (const i of orderByRanks(buckets.get(place) ?? [], keys, rows)) sorted.push(rows[i] as InboxRow);
  }
  return sorted;
}

/** Each value's place among the distinct values (0 the least), and how many distinct values there are. */
function denseRanks(values: Float64Array): { ranks: Uint32Array; count: number } {
  const distinct = Float64Array.from(values).sort();
  let count = 0;
  for (let i = 0; i < distinct.length; i += 1)
    if (count === 0 || distinct[i] !== distinct[count - 1]) distinct[count++] = distinct[i] as number;
  const ranks = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((distinct[mid] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
  }
  return { ranks, count };
}

const bitsFor = (count: number): number => Math.max(1, Math.ceil(Math.log2(Math.max(2, count))));

/**
 * The row indexes `at` ordered by the rank keys (the first deciding), ties by row key. The ranks
 * and the index are packed into one number each and sorted natively (a typed array's sort, no
 * comparator: ~10x quicker than a comparator over 100,000 rows); rows with equal ranks are then
 * put in row-key order. Falls back to a comparator when the packing would pass 2^53.
 */
function orderByRanks(
  at: readonly number[],
  keys: readonly [{ ranks: Uint32Array; count: number }, { ranks: Uint32Array; count: number }?],
  rows: readonly InboxRow[],
): number[] {
  const byKey = (i: number, j: number) => compareText((rows[i] as InboxRow).key, (rows[j] as InboxRow).key);
  const [a, b] = keys;
  const bits = bitsFor(a.count) + (b ? bitsFor(b.count) : 0);
  const slots = 2 ** bitsFor(at.length);
  if (bits + bitsFor(at.length) > 53) {
    const rank = (k: typeof b, i: number) => (k?.ranks[i] ?? 0) as number;
    return [...at].sort((i, j) => rank(a, i) - rank(a, j) || rank(b, i) - rank(b, j) || byKey(i, j));
  }
  const packed = new Float64Array(at.length);
  const bScale = b ? 2 ** bitsFor(b.count) : 1;
  for (let slot = 0; slot < at.length; slot += 1) {
    const i = at[slot] as number;
    const value = (a.ranks[i] as number) * bScale + ((b?.ranks[i] ?? 0) as number);
    packed[slot] = value * slots + slot;
  }
  packed.sort();
  const order = new Array<number>(at.length);
  let runStart = 0;
  for (let p = 0; p <= packed.length; p += 1) {
    const prefix = p < packed.length ? Math.floor((packed[p] as number) / slots) : Number.NaN;
    if (p > runStart && prefix !== Math.floor((packed[runStart] as number) / slots)) {
      // Equal ranks from runStart to p: in row-key order.
      if (p - runStart > 1)
        order
          .slice(runStart, p)
          .sort(byKey)
          .forEach((i, k) => (order[runStart + k] = i));
      runStart = p;
    }
    if (p < packed.length) order[p] = at[(packed[p] as number) % slots] as number;
  }
  return order;
}
