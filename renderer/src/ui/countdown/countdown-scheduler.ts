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
  let nextMinute = Number.POSITIVE_INFINITY;

  const arm = (): void => {
    if (handle !== null) timers.clear(handle);
    handle = null;
    const t = now();
    nextMinute = minuteListeners.size > 0 ? Math.floor(t / MINUTE_MS) * MINUTE_MS + MINUTE_MS : Number.POSITIVE_INFINITY;
    let earliest = nextMinute;
    for (const w of wakeUps) earliest = Math.min(earliest, w.atMs);
    if (earliest === Number.POSITIVE_INFINITY) return;
    handle = timers.set(fire, Math.min(MAX_DELAY_MS, Math.max(0, earliest - t)));
  };

  const fire = (): void => {
    handle = null;
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
        if (minuteListeners.delete(listener) && minuteListeners.size === 0) arm();
      };
    },
    at(atMs, listener) {
      const entry = { atMs, listener };
      wakeUps.add(entry);
      arm();
      return () => {
        if (wakeUps.delete(entry)) arm();
      };
    },
  };
}
