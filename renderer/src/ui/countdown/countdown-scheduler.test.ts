import { describe, expect, it } from 'vitest';
import { countdown } from '../../../../shared/working-time';
import { createCountdownScheduler, type TimerPort } from './countdown-scheduler';

/** A fake world: a clock and pending timers; `advance` moves time and fires what falls due, in order. */
function world(startIso: string) {
  let now = Date.parse(startIso);
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const port: TimerPort = {
    set(callback, delayMs) {
      nextId += 1;
      timers.set(nextId, { at: now + delayMs, callback });
      return nextId;
    },
    clear(handle) {
      timers.delete(handle as number);
    },
  };
  return {
    port,
    now: () => now,
    pending: () => timers.size,
    /** How many timers were ever set. */
    sets: () => nextId,
    advanceTo(iso: string) {
      const target = Date.parse(iso);
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > target) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].callback();
      }
      now = target;
    },
  };
}

describe('createCountdownScheduler', () => {
  it('wakes a stopped countdown at the model’s nextChangeAt, and not before', () => {
    const w = world('2026-11-28T12:00:00Z');
    const model = countdown('2026-11-30T08:14:00Z', '2026-11-28T12:00:00Z', 'PL');
    expect(model.state).toBe('clock-stopped');
    const scheduler = createCountdownScheduler(w.now, w.port);
    const woken: number[] = [];
    scheduler.at(Date.parse(model.nextChangeAt as string), () => woken.push(w.now()));
    expect(w.pending()).toBe(1);
    w.advanceTo('2026-11-29T22:59:59Z');
    expect(woken).toEqual([]);
    w.advanceTo('2026-11-29T23:00:00Z');
    expect(woken).toEqual([Date.parse('2026-11-29T23:00:00Z')]);
    expect(countdown('2026-11-30T08:14:00Z', new Date(woken[0] as number).toISOString(), 'PL').state).toBe('on-track');
    expect(w.pending()).toBe(0);
  });

  it('ticks every running countdown on the minute with one shared timer, and stops when the last leaves', () => {
    const w = world('2026-11-26T09:00:30Z');
    const scheduler = createCountdownScheduler(w.now, w.port);
    const ticks: string[] = [];
    const stopA = scheduler.everyMinute(() => ticks.push(`a ${new Date(w.now()).toISOString()}`));
    const stopB = scheduler.everyMinute(() => ticks.push(`b ${new Date(w.now()).toISOString()}`));
    scheduler.at(Date.parse('2026-11-27T00:00:00Z'), () => ticks.push('later'));
    expect(w.pending()).toBe(1);
    w.advanceTo('2026-11-26T09:02:10Z');
    expect(ticks).toEqual([
      'a 2026-11-26T09:01:00.000Z',
      'b 2026-11-26T09:01:00.000Z',
      'a 2026-11-26T09:02:00.000Z',
      'b 2026-11-26T09:02:00.000Z',
    ]);
    stopA();
    stopB();
    expect(w.pending()).toBe(1);
    w.advanceTo('2026-11-26T23:00:00Z');
    expect(ticks).toHaveLength(4);
    w.advanceTo('2026-11-27T00:00:00Z');
    expect(ticks.at(-1)).toBe('later');
    expect(w.pending()).toBe(0);
  });

  it('fires one wake-up for many countdowns waiting for the same instant, and a cancelled one never', () => {
    const w = world('2026-11-28T12:00:00Z');
    const scheduler = createCountdownScheduler(w.now, w.port);
    let calls = 0;
    for (let i = 0; i < 300; i += 1) scheduler.at(Date.parse('2026-11-29T23:00:00Z'), () => (calls += 1));
    const cancel = scheduler.at(Date.parse('2026-11-29T22:00:00Z'), () => (calls += 1000));
    expect(w.pending()).toBe(1);
    cancel();
    w.advanceTo('2026-11-30T00:00:00Z');
    expect(calls).toBe(300);
  });

  it('sets no new timer for rows subscribing and leaving while the earliest wake-up stays (a scroll), yet wakes each in time', () => {
    const w = world('2026-11-28T12:00:00Z');
    const scheduler = createCountdownScheduler(w.now, w.port);
    const woken: number[] = [];
    scheduler.everyMinute(() => undefined);
    expect(w.sets()).toBe(1);
    const cancels = Array.from({ length: 40 }, (_, i) =>
      scheduler.at(Date.parse('2026-11-28T13:00:00Z') + i * 60_000, () => woken.push(i)),
    );
    cancels.slice(0, 20).forEach((cancel) => cancel());
    expect(w.sets()).toBe(1);
    // An earlier wake-up does set the timer again.
    scheduler.at(Date.parse('2026-11-28T12:00:30Z'), () => woken.push(-1));
    expect(w.sets()).toBe(2);
    w.advanceTo('2026-11-28T14:00:00Z');
    expect(woken).toEqual([-1, ...Array.from({ length: 20 }, (_, i) => i + 20)]);
  });

  it('re-arms a wake-up beyond setTimeout’s longest delay instead of firing early', () => {
    const w = world('2026-01-01T00:00:00Z');
    const scheduler = createCountdownScheduler(w.now, w.port);
    let fired = false;
    scheduler.at(Date.parse('2026-03-01T00:00:00Z'), () => (fired = true));
    w.advanceTo('2026-02-28T23:59:00Z');
    expect(fired).toBe(false);
    w.advanceTo('2026-03-01T00:00:00Z');
    expect(fired).toBe(true);
  });
});
