import { countdown, DEFAULT_DUE_SOON_THRESHOLD_MS, getMarket, type CountdownState } from '../../../../shared/working-time';
import {
  orderKeyOf,
  reasonKeyOf,
  threadKeyOf,
  type InboxMarks,
  type InboxSource,
  type InboxThread,
  type OrderAmount,
} from '../../data/inbox.queries';
import type { CaseStage, ThreadRecord } from '../../data/records';
import { localDate } from '../../ui/countdown';
import { isUnread, lastActivityAt } from '../../data/read-marks.queries';
import { labelRanks, sortGroup } from './inbox-sort.model';
import type { ThreadKey } from './selection.store';

/** The states a seller filters on (see rowHasState for what each means). */
export const stateFilters = [
  'needs-reply',
  'due-soon',
  'overdue',
  'platform',
  'incident',
  'return',
  'draft',
  'unread',
  'assigned-to-me',
  'unassigned',
] as const;
export type StateFilter = (typeof stateFilters)[number];

/** How rows are ordered inside each group. */
export const inboxSorts = ['due', 'activity', 'shop'] as const;
export type InboxSort = (typeof inboxSorts)[number];

/**
 * The filters in force. Values of one kind widen (any of the chosen shops), kinds narrow each other
 * (a chosen shop and a chosen state): the usual rule of faceted lists. Empty lists do not filter.
 */
export interface InboxFilters {
  shops: string[];
  markets: string[];
  states: StateFilter[];
  /** RE11 codes of REASON_CODE topics. */
  topics: string[];
}

export const noFilters: InboxFilters = { shops: [], markets: [], states: [], topics: [] };

/** The list's groups, in the order shown: what needs the seller first. */
export const inboxGroups = ['overdue', 'due-today', 'due-later', 'undated', 'answered', 'no-reply-needed'] as const;
export type InboxGroupId = (typeof inboxGroups)[number];

/** A thread with everything the list shows and decides on. */
export interface InboxRow {
  key: string;
  thread: InboxThread;
  shopLabel: string;
  /** The RE11 label of a REASON_CODE topic, when the shop's reasons are cached. */
  topicLabel?: string;
  /** For a thread waiting with a deadline: the countdown's state now (due soon also while the clock stands still). */
  deadline?: CountdownState;
  group: InboxGroupId;
  incident: boolean;
  openReturn: boolean;
  draft: boolean;
  unread: boolean;
  amount?: OrderAmount;
  /** The stage of the thread's case the buyer has not been told about (features/case-stages), if any. */
  untoldStage?: CaseStage;
  /** The profile the thread is assigned to (features/workstation), when it is. */
  assignee?: string;
  /** Whether it is assigned to the open profile. */
  mine?: boolean;
  /** Last message instant, ms: the "last activity" sort. */
  activityMs: number;
  /** The thread as the selection names it (one object per thread, kept across rebuilds: publishing the order allocates nothing per row). */
  selection: ThreadKey;
}

/**
 * The deadline's state at `nowMs` and the instant (ms) until which it stays so if nothing else
 * changes (countdown's nextChangeAt; Infinity when it never changes): what lets the list recompute a
 * row's deadline only when it moves (inbox-rows.model.ts). Never throws: a market or date the
 * calendars cannot count falls back to the plain instant.
 */
export function deadlineSpan(thread: Pick<ThreadRecord, 'dueAt' | 'market'>, nowMs: number): { state?: CountdownState; until: number } {
  if (!thread.dueAt) return { until: Number.POSITIVE_INFINITY };
  try {
    const c = countdown(thread.dueAt, new Date(nowMs).toISOString(), thread.market);
    const until = c.nextChangeAt === null ? Number.POSITIVE_INFINITY : Date.parse(c.nextChangeAt);
    // While the clock stands still (night, weekend, holiday) a thread with little working time left is still due soon.
    if (c.state === 'clock-stopped' && c.workingMsLeft <= DEFAULT_DUE_SOON_THRESHOLD_MS) return { state: 'due-soon', until };
    return { state: c.state, until };
  } catch {
    const dueMs = Date.parse(thread.dueAt);
    // An uncountable deadline is looked at again each minute (the fallback is cheap and rare).
    return { state: dueMs <= nowMs ? 'overdue' : 'on-track', until: nowMs + 1 };
  }
}

/**
 * Works out the working-time calendars of `markets` ahead (shared/working-time builds a market's
 * working intervals at its first countdown, ~30-100 ms each): called while the cache is being read,
 * the first rows' deadlines need not wait for them. Never throws.
 */
export function warmDeadlines(markets: readonly string[], nowMs: number): void {
  const at = new Date(nowMs).toISOString();
  for (const market of new Set(markets)) deadlineSpan({ dueAt: at, market }, nowMs);
}

/** The deadline's state at `nowMs`, from shared/working-time; a market or date it cannot count falls back to the plain instant. */
export function deadlineState(thread: Pick<ThreadRecord, 'dueAt' | 'market'>, nowMs: number): CountdownState | undefined {
  return deadlineSpan(thread, nowMs).state;
}

/** The time zone a market's dates are counted in (UTC for a market the console does not know). */
export function marketTimeZone(market: string): string {
  try {
    return getMarket(market).timeZone;
  } catch {
    return 'UTC';
  }
}

/** Whether `dueAt` falls on today's date in the market's own time zone (UTC for a market the console does not know). */
export function isDueToday(dueAt: string, market: string, nowMs: number): boolean {
  const timeZone = marketTimeZone(market);
  return localDate(Date.parse(dueAt), timeZone) === localDate(nowMs, timeZone);
}

/** Which group a thread belongs to at `nowMs`. */
export function groupOf(thread: InboxThread, deadline: CountdownState | undefined, nowMs: number): InboxGroupId {
  if (thread.replyState === 'answered') return 'answered';
  if (thread.replyState === 'no-reply-needed') return 'no-reply-needed';
  if (!thread.dueAt) return 'undated';
  if (deadline === 'overdue') return 'overdue';
  return isDueToday(thread.dueAt, thread.market, nowMs) ? 'due-today' : 'due-later';
}

/** Joins each thread with its context (shop label, topic label, incidents, returns, drafts, read marks) at `nowMs`. */
export function buildRows(source: InboxSource, marks: InboxMarks, shopLabels: ReadonlyMap<string, string>, nowMs: number): InboxRow[] {
  return source.threads.map((thread) => {
    const key = threadKeyOf(thread.shopId, thread.id);
    const order = thread.orderId ? orderKeyOf(thread.shopId, thread.orderId) : undefined;
    const deadline = thread.replyState === 'waiting' ? deadlineState(thread, nowMs) : undefined;
    return {
      key,
      thread,
      shopLabel: shopLabels.get(thread.shopId) ?? thread.shopId,
      topicLabel: thread.topicCode ? source.topicLabels.get(reasonKeyOf(thread.shopId, thread.topicCode)) : undefined,
      deadline,
      group: groupOf(thread, deadline, nowMs),
      incident: order !== undefined && source.incidentOrders.has(order),
      openReturn: order !== undefined && source.returnOrders.has(order),
      draft: marks.drafts.has(key),
      unread: isUnread(thread, marks.readMarks.get(key)),
      amount: order ? source.orderAmounts.get(order) : undefined,
      activityMs: Date.parse(lastActivityAt(thread)) || 0,
      selection: { shopId: thread.shopId, threadId: thread.id },
    };
  });
}

/** Whether a row is in a state the seller filters on. */
export function rowHasState(row: InboxRow, state: StateFilter): boolean {
  switch (state) {
    case 'needs-reply':
      return row.thread.replyState === 'waiting';
    case 'due-soon':
      return row.deadline === 'due-soon';
    case 'overdue':
      return row.deadline === 'overdue';
    case 'platform':
      return row.thread.takenOver === 1;
    case 'incident':
      return row.incident;
    case 'return':
      return row.openReturn;
    case 'draft':
      return row.draft;
    case 'unread':
      return row.unread;
    case 'assigned-to-me':
      return row.mine === true;
    case 'unassigned':
      return row.assignee === undefined;
  }
}

/** Whether a row passes the filters (see InboxFilters for how they combine). */
export function matchesFilters(row: InboxRow, filters: InboxFilters): boolean {
  const { shops, markets, states, topics } = filters;
  if (shops.length > 0 && !shops.includes(row.thread.shopId)) return false;
  if (markets.length > 0 && !markets.includes(row.thread.market)) return false;
  if (topics.length > 0 && !topics.includes(row.thread.topicCode ?? '')) return false;
  return states.length === 0 || states.some((s) => rowHasState(row, s));
}

/** Whether any filter is set. */
export function hasFilters(filters: InboxFilters): boolean {
  return filters.shops.length + filters.markets.length + filters.states.length + filters.topics.length > 0;
}

/** A group of rows as shown: its id and its rows in order. */
export interface InboxGroup {
  id: InboxGroupId;
  rows: InboxRow[];
}

/**
 * The rows in groups (inboxGroups' order, empty groups left out), each sorted by `sort`: by due
 * (earliest deadline first; undated threads by how long they have waited; answered ones newest
 * first), by last activity (newest first), or by shop (then by due). Ties go by the row key.
 * Sorted by numbers (inbox-sort.model.ts), so the first sort of a kind of 100,000 rows stays short.
 */
export function groupRows(rows: readonly InboxRow[], sort: InboxSort): InboxGroup[] {
  const ranks = sort === 'shop' ? labelRanks(rows) : new Map<string, number>();
  const buckets = new Map<InboxGroupId, InboxRow[]>(inboxGroups.map((id) => [id, []]));
  for (const row of rows) buckets.get(row.group)?.push(row);
  return inboxGroups.map((id) => ({ id, rows: sortGroup(buckets.get(id) ?? [], sort, ranks) })).filter((g) => g.rows.length > 0);
}

/**
 * The groups with only the rows `keep` lets through, in the same order (sorting commutes with
 * filtering, so a filter or search change needs no new sort), empty groups left out. Answers
 * `groups` itself when every row is kept.
 */
export function filterGroups(groups: InboxGroup[], keep: (row: InboxRow) => boolean): { groups: InboxGroup[]; shown: number } {
  let shown = 0;
  let all = true;
  const kept: InboxGroup[] = [];
  for (const group of groups) {
    const rows = group.rows.filter(keep);
    shown += rows.length;
    if (rows.length !== group.rows.length) all = false;
    if (rows.length > 0) kept.push(rows.length === group.rows.length ? group : { id: group.id, rows });
  }
  return { groups: all ? groups : kept, shown };
}

/** The counts the list header and the window title show, over every row (not only those filtered in). */
export interface InboxCounts {
  total: number;
  waiting: number;
  dueSoon: number;
  overdue: number;
  unread: number;
}

export function inboxCounts(rows: readonly InboxRow[]): InboxCounts {
  const counts: InboxCounts = { total: rows.length, waiting: 0, dueSoon: 0, overdue: 0, unread: 0 };
  for (const row of rows) {
    if (row.thread.replyState === 'waiting') counts.waiting += 1;
    if (row.deadline === 'due-soon') counts.dueSoon += 1;
    if (row.deadline === 'overdue') counts.overdue += 1;
    if (row.unread) counts.unread += 1;
  }
  return counts;
}
