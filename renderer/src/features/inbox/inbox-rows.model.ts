import { orderKeyOf, reasonKeyOf, threadKeyOf, type InboxMarks, type InboxSource, type InboxThread } from '../../data/inbox.queries';
import { isUnread, lastActivityAt } from '../../data/read-marks.queries';
import type { CaseStage } from '../../data/records';
import { localDate } from '../../ui/countdown';
import type { CountdownState } from '../../../../shared/working-time';
import type { ThreadKey } from './selection.store';
import { deadlineSpan, marketTimeZone, type InboxGroupId, type InboxRow } from './triage';

/** What the inbox's rows are made of (useInboxView's live queries and props). */
export interface RowInputs {
  source: InboxSource;
  marks: InboxMarks;
  shopLabels: ReadonlyMap<string, string>;
  nowMs: number;
  /** Cases whose buyer was not told their last stage, by threadKeyOf key. */
  untold?: ReadonlyMap<string, { stage: CaseStage }>;
  /** Who each thread is assigned to (by `${shopId}/${threadId}`) and who the open profile is. */
  assignments?: { bySubject: ReadonlyMap<string, string>; me: string } | null;
}

/** What the cache keeps of a thread between two builds. */
interface Entry {
  thread: InboxThread;
  key: string;
  order?: string;
  activityMs: number;
  /** The deadline's state, valid for nowMs in [from, until). */
  deadline?: CountdownState;
  from: number;
  until: number;
  /** The due instant's date in the market's time zone (the "due today" group). */
  dueDay?: string;
  timeZone: string;
  selection: ThreadKey;
  row: InboxRow;
}

/**
 * Builds the inbox's rows (what triage.buildRows gives, with the untold stages and assignees joined
 * in) again and again, reusing what did not change: a thread whose fields are all as before keeps its
 * object, its deadline is counted again only when countdown's nextChangeAt has passed, its "due today"
 * only when the market's date moved, and a row whose every field is as before is the same object. When
 * every row is, the previous array itself is answered, so a minute tick or a sync pass that changed
 * nothing the list shows costs one pass of cheap comparisons over the threads, no sort and no render.
 */
export interface RowCache {
  /** The rows for `inputs`, equal to a full rebuild's (see the model's tests). */
  build(inputs: RowInputs): InboxRow[];
  /**
   * The threads with each one equal to one the cache holds replaced by that one: a new read of
   * 100,000 threads then leaves one copy in memory, not two (the live query keeps its result).
   */
  intern(threads: InboxThread[]): InboxThread[];
}

/** Whether two flat records hold the same own fields with the same values (nested values by identity). */
function sameFields(a: object, b: object): boolean {
  if (a === b) return true;
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  const ar = a as Record<string, unknown>;
  const br = b as Record<string, unknown>;
  for (const k of ak) if (ar[k] !== br[k] || !(k in br)) return false;
  return true;
}

function sameRow(a: InboxRow, b: InboxRow): boolean {
  return (
    a.thread === b.thread &&
    a.shopLabel === b.shopLabel &&
    a.topicLabel === b.topicLabel &&
    a.deadline === b.deadline &&
    a.group === b.group &&
    a.incident === b.incident &&
    a.openReturn === b.openReturn &&
    a.draft === b.draft &&
    a.unread === b.unread &&
    a.amount?.amount === b.amount?.amount &&
    a.amount?.currency === b.amount?.currency &&
    (a.amount === undefined) === (b.amount === undefined) &&
    a.untoldStage === b.untoldStage &&
    a.assignee === b.assignee &&
    a.mine === b.mine &&
    a.activityMs === b.activityMs &&
    a.selection === b.selection
  );
}

function newEntry(thread: InboxThread): Entry {
  return {
    thread,
    key: threadKeyOf(thread.shopId, thread.id),
    order: thread.orderId ? orderKeyOf(thread.shopId, thread.orderId) : undefined,
    activityMs: Date.parse(lastActivityAt(thread)) || 0,
    from: Number.POSITIVE_INFINITY,
    until: Number.NEGATIVE_INFINITY,
    timeZone: marketTimeZone(thread.market),
    dueDay: thread.dueAt ? localDate(Date.parse(thread.dueAt), marketTimeZone(thread.market)) : undefined,
    selection: { shopId: thread.shopId, threadId: thread.id },
    row: undefined as unknown as InboxRow,
  };
}

/** A new, empty row cache (one per mounted inbox). */
export function createRowCache(): RowCache {
  let entries = new Map<string, Entry>();
  let last: InboxRow[] = [];
  return {
    intern(threads) {
      return threads.map((thread) => {
        const known = entries.get(`${thread.shopId}\n${thread.id}`)?.thread;
        return known && sameFields(known, thread) ? known : thread;
      });
    },
    build({ source, marks, shopLabels, nowMs, untold, assignments }) {
      const next = new Map<string, Entry>();
      const today = new Map<string, string>();
      const rows: InboxRow[] = new Array<InboxRow>(source.threads.length);
      let same = source.threads.length === last.length;
      source.threads.forEach((thread, i) => {
        const id = `${thread.shopId}\n${thread.id}`;
        let entry = entries.get(id);
        if (!entry || !sameFields(entry.thread, thread)) entry = newEntry(thread);
        next.set(id, entry);
        const t = entry.thread;
        const waiting = t.replyState === 'waiting';
        if (waiting && !(nowMs >= entry.from && nowMs < entry.until)) {
          const span = deadlineSpan(t, nowMs);
          entry.deadline = span.state;
          entry.from = nowMs;
          entry.until = span.until;
        }
        const deadline = waiting ? entry.deadline : undefined;
        let group: InboxGroupId;
        if (t.replyState === 'answered') group = 'answered';
        else if (t.replyState === 'no-reply-needed') group = 'no-reply-needed';
        else if (!t.dueAt) group = 'undated';
        else if (deadline === 'overdue') group = 'overdue';
        else {
          let day = today.get(entry.timeZone);
          if (day === undefined) today.set(entry.timeZone, (day = localDate(nowMs, entry.timeZone)));
          group = entry.dueDay === day ? 'due-today' : 'due-later';
        }
        const { key, order } = entry;
        const stage = untold?.get(key)?.stage;
        const assignee = assignments?.bySubject.get(`${t.shopId}/${t.id}`);
        const row: InboxRow = {
          key,
          thread: t,
          shopLabel: shopLabels.get(t.shopId) ?? t.shopId,
          topicLabel: t.topicCode ? source.topicLabels.get(reasonKeyOf(t.shopId, t.topicCode)) : undefined,
          deadline,
          group,
          incident: order !== undefined && source.incidentOrders.has(order),
          openReturn: order !== undefined && source.returnOrders.has(order),
          draft: marks.drafts.has(key),
          unread: isUnread(t, marks.readMarks.get(key)),
          amount: order ? source.orderAmounts.get(order) : undefined,
          activityMs: entry.activityMs,
          selection: entry.selection,
          ...(stage ? { untoldStage: stage } : {}),
          ...(assignee ? { assignee, mine: assignee === assignments?.me } : {}),
        };
        if (entry.row && sameRow(entry.row, row)) rows[i] = entry.row;
        else rows[i] = entry.row = row;
        if (same && last[i] !== rows[i]) same = false;
      });
      entries = next;
      if (same) return last;
      last = rows;
      return rows;
    },
  };
}
