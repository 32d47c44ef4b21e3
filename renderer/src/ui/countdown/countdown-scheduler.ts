// One scheduler for every countdown on screen: a single timer, armed for the earliest of (a) the next
// minute boundary, while some countdown's clock runs and its minute text moves, and (b) the earliest
// state change (`nextChangeAt`) any countdown waits for. A stopped clock subscribes to (b) only, so it does
// not re-render until its clock restarts.

/** The timer functions the scheduler uses (the browser's by default; tests pass their own). */
export interface TimerPort {
  set(callback: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

/** Wake-ups for countdowns: each returns the function that cancels it. */
export interface CountdownScheduler {
  /** Calls `listener` at each minute boundary of the clock while subscribed (all listeners share one timer). */
  everyMinute(listener: () => void): () => void;
  /** Calls `listener` once, when the clock reaches `atMs` (e.g. a countdown's `nextChangeAt`); at once if already past. */
  at(atMs: number, listener: () => void): () => void;
}

const MINUTE_MS = 60_000;
// setTimeout's longest delay; a later wake-up is re-armed when this one fires.
const MAX_DELAY_MS = 2_147_483_647;

const browserTimers: TimerPort = {
  set: (callback, delayMs) => setTimeout(callback, delayMs),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A scheduler reading time from `now` (ms; the app's one clock) and waiting with `timers`. Listeners run
 * synchronously one after another from the one timer callback, so React batches their re-renders into one.
 */
export function createCountdownScheduler(now: () => number, timers: TimerPort = browserTimers): CountdownScheduler {
  const minuteListeners = new Set<() => void>();
  const wakeUps = new Set<{ atMs: number; listener: () => void }>();
  let handle: unknown = null;
  let armedAt = Number.NaN;
  let nextMinute = Number.POSITIVE_INFINITY;

  // The timer is set again only when the earliest instant moves (40 rows scrolling in subscribe 40 times).
  const arm = (): void => {
    const t = now();
    nextMinute = minuteListeners.size > 0 ? Math.floor(t / MINUTE_MS) * MINUTE_MS + MINUTE_MS : Number.POSITIVE_INFINITY;
    let earliest = nextMinute;
    for (const w of wakeUps) earliest = Math.min(earliest, w.atMs);
    if (handle !== null && earliest === armedAt) return;
    if (handle !== null) timers.clear(handle);
    handle = null;
    if (earliest === Number.POSITIVE_INFINITY) return;
    armedAt = earliest;
    handle = timers.set(fire, Math.min(MAX_DELAY_MS, Math.max(0, earliest - t)));
  };

  // A cancel leaves the timer (its firing early wakes no one and sets it again) unless nothing waits any more.
  const release = (): void => {
    if (minuteListeners.size === 0 && wakeUps.size === 0 && handle !== null) {
      timers.clear(handle);
      handle = null;
    }
  };

  const fire = (): void => {
    handle = null;
    armedAt = Number.NaN;
    const t = now();
    const due = [...wakeUps].filter((w) => w.atMs <= t);
    for (const w of due) wakeUps.delete(w);
    const listeners = t >= nextMinute ? [...minuteListeners] : [];
    for (const listener of listeners) listener();
    for (const w of due) w.listener();
    arm();
  };

  return {
    everyMinute(listener) {
      minuteListeners.add(listener);
      if (minuteListeners.size === 1) arm();
      return () => {
        if (minuteListeners.delete(listener)) release();
      };
    },
    at(atMs, listener) {
      const entry = { atMs, listener };
      wakeUps.add(entry);
      arm();
      return () => {
        if (wakeUps.delete(entry)) release();
      };
    },
  };
}
