import { useLiveQuery } from 'dexie-react-hooks';
import { startTransition, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ConsoleDatabase } from '../../data/db';
import { untoldStages } from '../../data/case-stages.queries';
import { inboxContext, inboxFirstThreads, inboxMarks } from '../../data/inbox.queries';
import { searchThreads } from '../../data/thread-search.queries';
import { useInboxFilters } from './filters.store';
import type { Assignments } from '../workstation';
import { createRowCache } from './inbox-rows.model';
import { useInboxThreads } from './useInboxThreads';
import {
  filterGroups,
  groupRows,
  hasFilters,
  inboxCounts,
  matchesFilters,
  type InboxCounts,
  type InboxGroup,
  type InboxRow,
  type InboxSort,
} from './triage';

/** Rows of the first screen, read by deadline while the whole cache is read (a screenful and more). */
const firstScreenRows = 60;

/**
 * How long typing must pause before the search runs (the list filters as the seller types): short,
 * so a keystroke's results repaint within 100 ms; a search overtaken by a newer one is dropped (its
 * live query is unsubscribed, only the newest query's answer is applied).
 */
const searchDebounceMs = 40;

/** `value` once it has stayed the same for `ms`, set in a transition (typing is never held up by the list's re-render). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setSettled(value)), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** What the inbox shows now. */
export interface InboxView {
  /** Every row of the connected shops (before search and filters). */
  all: InboxRow[];
  /** The rows the search and filters let through, grouped and sorted. */
  groups: InboxGroup[];
  /** How many rows the groups hold. */
  shown: number;
  counts: InboxCounts;
  /**
   * True while only the first screen's rows are read (inboxFirstThreads: no search, no filter, sorted
   * by due time): the rows are the top of the list, but `all` and the counts are not the inbox's.
   */
  partial: boolean;
}

/**
 * The inbox's rows, live from the cache: every connected shop's threads with their context, the
 * search (debounced, run by searchThreads) and the filters and sort of useInboxFilters applied, at
 * the minute `nowMs`. Undefined while the cache is first read.
 */
export function useInboxView(
  db: ConsoleDatabase,
  shops: readonly { id: string; label: string }[],
  nowMs: number,
  assignments: Assignments | null = null,
): InboxView | undefined {
  const shopKey = shops.map((s) => `${s.id}\n${s.label}`).join('\n\n');
  // The key stands for the shops' content; the array's identity changes on every render.
  const shopIds = useMemo(() => shops.map((s) => s.id), [shopKey]);
  const labels = useMemo(() => new Map(shops.map((s) => [s.id, s.label])), [shopKey]);
  // The whole cache is read once the first screen is (or at once when the list does not start with it):
  // both reads at once made the first rows wait for 100,000 threads to arrive on this thread.
  const [readAll, setReadAll] = useState(false);
  // Rows are rebuilt incrementally (inbox-rows.model.ts): a minute tick or a sync pass that changes nothing shown keeps `all` as it was.
  const [rowCache] = useState(createRowCache);
  // The threads are read whole once, then only those a write changed (useInboxThreads); their context
  // is a live query of its own (the sync storing incidents, returns or reasons re-reads only those).
  const threads = useInboxThreads(db, shopIds, readAll, rowCache.intern);
  const context = useLiveQuery(() => inboxContext(db, shopIds), [db, shopIds]);
  const source = useMemo(() => (threads && context ? { threads, ...context } : undefined), [threads, context]);
  const marks = useLiveQuery(() => inboxMarks(db), [db]);
  // Cases whose buyer was not told their last stage: a query of its own (few records), not a read of every thread.
  const untold = useLiveQuery(() => untoldStages(db), [db]);

  const query = useDebounced(
    useInboxFilters((s) => s.query.trim()),
    searchDebounceMs,
  );
  const found = useLiveQuery(() => (query ? searchThreads(db, shopIds, query) : null), [db, shopIds, query]);
  // While a new search runs, the previous answer stays on screen (no flash of the whole list).
  const lastFound = useRef<Set<string> | null>(null);
  if (found !== undefined) lastFound.current = found;
  // The list filtered by a new answer renders as a deferred update: a keystroke meanwhile comes first.
  const matches = useDeferredValue(query ? (found ?? lastFound.current) : null);

  const filters = useInboxFilters((s) => s.filters);
  const sort = useInboxFilters((s) => s.sort);
  // Until the whole cache is read, the first screen's rows by deadline (when that is what the list shows first).
  const quick = !source && !query && !hasFilters(filters) && sort === 'due';
  const first = useLiveQuery(() => (quick ? inboxFirstThreads(db, shopIds, firstScreenRows) : null), [db, shopIds, quick]);
  const partial = !source && !!first && first.threads.length > 0;
  useEffect(() => {
    if (!readAll && (!quick || first !== undefined)) setReadAll(true);
  }, [readAll, quick, first]);
  const all = useMemo(() => {
    const read = source ?? (partial ? first : undefined);
    if (!read || !marks) return undefined;
    return rowCache.build({ source: read, marks, shopLabels: labels, nowMs, untold, assignments });
  }, [rowCache, source, partial, first, marks, labels, nowMs, untold, assignments]);
  // The rows grouped and sorted once per sort while `all` stays the same: a filter or search change only filters them.
  const sortedBySort = useMemo(() => new Map<InboxSort, InboxGroup[]>(), [all]);
  const sorted = useMemo(() => {
    if (!all) return undefined;
    let groups = sortedBySort.get(sort);
    if (!groups) sortedBySort.set(sort, (groups = groupRows(all, sort)));
    return groups;
  }, [all, sort, sortedBySort]);
  const counts = useMemo(() => all && inboxCounts(all), [all]);
  return useMemo(() => {
    if (!all || !sorted || !counts) return undefined;
    const filtered = hasFilters(filters) || matches;
    const { groups, shown } = filtered
      ? filterGroups(sorted, (row) => matchesFilters(row, filters) && (!matches || matches.has(row.key)))
      : { groups: sorted, shown: all.length };
    return { all, groups, shown, counts, partial: !source };
  }, [all, sorted, counts, filters, matches, source]);
}
