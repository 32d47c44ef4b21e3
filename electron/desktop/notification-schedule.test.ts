// When to notify: due-soon once per deadline within the lead time, takeover once when it happens.
import { describe, expect, it } from 'vitest';
import { emptyScheduleMemory, planNotifications, type ScheduleMemory, type WatchedThread } from './notification-schedule';

const minute = 60_000;
const now = Date.UTC(2026, 10, 27, 10, 0);
const lead = 30 * minute;

function thread(id: string, dueAtMs: number | null, takenOver = false): WatchedThread {
  return { shopId: 'demo-2001', threadId: id, shopLabel: 'Elektro-Dom', dueAtMs, takenOver };
}

describe('planNotifications', () => {
  it('notifies a thread whose deadline is within the lead time, once', () => {
    const threads = [thread('a', now + 10 * minute)];
    const first = planNotifications(threads, now, lead, emptyScheduleMemory);
    expect(first.notify).toEqual([{ kind: 'due-soon', shopId: 'demo-2001', threadId: 'a', shopLabel: 'Elektro-Dom' }]);
    const second = planNotifications(threads, now + minute, lead, first.memory);
    expect(second.notify).toEqual([]);
  });

  it('waits for a deadline beyond the lead time and answers when to wake', () => {
    const threads = [thread('a', now + 90 * minute), thread('b', now + 45 * minute), thread('c', null)];
    const step = planNotifications(threads, now, lead, emptyScheduleMemory);
    expect(step.notify).toEqual([]);
    expect(step.nextAtMs).toBe(now + 15 * minute);
    const later = planNotifications(threads, now + 15 * minute, lead, step.memory);
    expect(later.notify.map((n) => n.threadId)).toEqual(['b']);
    expect(later.nextAtMs).toBe(now + 60 * minute);
  });

  it('never sends a late "due soon" for a thread already overdue', () => {
    const step = planNotifications([thread('a', now - minute)], now, lead, emptyScheduleMemory);
    expect(step.notify).toEqual([]);
    expect(step.nextAtMs).toBeNull();
  });

  it('notifies again when the deadline moves (a new buyer message)', () => {
    const first = planNotifications([thread('a', now + 5 * minute)], now, lead, emptyScheduleMemory);
    const moved = planNotifications([thread('a', now + 20 * minute)], now + minute, lead, first.memory);
    expect(moved.notify.map((n) => n.kind)).toEqual(['due-soon']);
  });

  it('notifies a takeover once, when it happens after the thread was first seen', () => {
    const before = planNotifications([thread('a', null)], now, lead, emptyScheduleMemory);
    const taken = planNotifications([thread('a', null, true)], now + minute, lead, before.memory);
    expect(taken.notify).toEqual([{ kind: 'taken-over', shopId: 'demo-2001', threadId: 'a', shopLabel: 'Elektro-Dom' }]);
    expect(planNotifications([thread('a', null, true)], now + 2 * minute, lead, taken.memory).notify).toEqual([]);
  });

  it('does not ring for threads already taken over when first seen (start-up)', () => {
    const step = planNotifications([thread('a', now + minute, true)], now, lead, emptyScheduleMemory);
    expect(step.notify).toEqual([]);
  });

  it('shows at most maxPerStep and folds the rest into a count, without repeating them', () => {
    const threads = ['a', 'b', 'c', 'd', 'e'].map((id) => thread(id, now + 5 * minute));
    const step = planNotifications(threads, now, lead, emptyScheduleMemory, 3);
    expect(step.notify).toHaveLength(3);
    expect(step.folded).toBe(2);
    expect(planNotifications(threads, now + minute, lead, step.memory).notify).toEqual([]);
  });

  it('turns due-soon notifications off with a lead of 0', () => {
    const step = planNotifications([thread('a', now + minute)], now, 0, emptyScheduleMemory);
    expect(step.notify).toEqual([]);
    expect(step.nextAtMs).toBeNull();
  });

  it('forgets threads no longer reported', () => {
    const first = planNotifications([thread('a', now + minute)], now, lead, emptyScheduleMemory);
    const gone = planNotifications([], now + minute, lead, first.memory);
    const memory: ScheduleMemory = gone.memory;
    expect(memory.notified.size).toBe(0);
    expect(memory.seen.size).toBe(0);
  });
});
