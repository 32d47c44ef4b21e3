/** A thread the renderer reports as waiting for the seller (no buyer data: ids, shop label, instants). */
export interface WatchedThread {
  shopId: string;
  threadId: string;
  /** The shop's name, shown in the notification (never the buyer's name or the subject). */
  shopLabel: string;
  /** When the reply falls due (ms since the epoch), or null when the thread has no deadline. */
  dueAtMs: number | null;
  takenOver: boolean;
}

/** One native notification to show now. */
export interface PlannedNotification {
  kind: 'due-soon' | 'taken-over';
  shopId: string;
  threadId: string;
  shopLabel: string;
}

/** What the scheduler remembers between steps: what it notified, and which threads it saw taken over. */
export interface ScheduleMemory {
  /** Keys of notifications already shown ('due-soon:<shop>/<thread>@<due>' or 'taken-over:<shop>/<thread>'). */
  notified: ReadonlySet<string>;
  /** Per thread key, whether it was taken over when last seen. */
  seen: ReadonlyMap<string, boolean>;
}

export interface ScheduleStep {
  notify: PlannedNotification[];
  /** How many due notifications were folded into one summary (beyond `maxPerStep`), 0 when none. */
  folded: number;
  memory: ScheduleMemory;
  /** When the next due-soon notification falls (ms), to set a timer for; null when none is ahead. */
  nextAtMs: number | null;
}

export const emptyScheduleMemory: ScheduleMemory = { notified: new Set(), seen: new Map() };

/**
 * Decides which notifications to show at `nowMs` (pure; the caller shows them and keeps `memory`).
 * - due soon: once per thread and deadline, when `nowMs` is within `leadMs` before `dueAtMs` and the
 *   thread is not yet overdue (an already overdue thread is the badge's job, not a late "due soon");
 * - taken over: once, when a thread seen before as not taken over is now taken over (threads taken
 *   over before the console first saw them do not all ring at start-up);
 * at most `maxPerStep` are shown, the rest are counted in `folded` (one summary) and not repeated.
 * Threads no longer reported are forgotten. `leadMs` 0 or less turns due-soon notifications off.
 */
export function planNotifications(
  threads: readonly WatchedThread[],
  nowMs: number,
  leadMs: number,
  memory: ScheduleMemory,
  maxPerStep = 3,
): ScheduleStep {
  const notified = new Set<string>();
  const seen = new Map<string, boolean>();
  const due: PlannedNotification[] = [];
  let nextAtMs: number | null = null;
  for (const thread of threads) {
    const key = `${thread.shopId}/${thread.threadId}`;
    const planned = { shopId: thread.shopId, threadId: thread.threadId, shopLabel: thread.shopLabel };
    const takeoverKey = `taken-over:${key}`;
    if (memory.notified.has(takeoverKey)) notified.add(takeoverKey);
    else if (thread.takenOver && memory.seen.get(key) === false) {
      due.push({ kind: 'taken-over', ...planned });
      notified.add(takeoverKey);
    }
    seen.set(key, thread.takenOver);
    if (thread.dueAtMs === null || leadMs <= 0 || thread.takenOver) continue;
    const dueKey = `due-soon:${key}@${thread.dueAtMs}`;
    const startsAt = thread.dueAtMs - leadMs;
    if (memory.notified.has(dueKey)) notified.add(dueKey);
    else if (nowMs >= startsAt && nowMs < thread.dueAtMs) {
      due.push({ kind: 'due-soon', ...planned });
      notified.add(dueKey);
    } else if (startsAt > nowMs) nextAtMs = nextAtMs === null ? startsAt : Math.min(nextAtMs, startsAt);
  }
  const notify = due.slice(0, Math.max(0, maxPerStep));
  return { notify, folded: due.length - notify.length, memory: { notified, seen }, nextAtMs };
}
