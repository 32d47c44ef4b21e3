// The countdown a thread row shows. Instead of re-rendering every second, the UI asks once, shows the
// state, and sets one timer for `nextChangeAt`, when it asks again.
import { WorkingTimeError } from './errors';
import { formatInstantMs, parseInstantMs } from './iso';
import {
  assertCoveredInstant,
  clockRunsAt,
  instantAtWorkingMs,
  nextClockEdge,
  workingIntervals,
  workingMsBefore,
  type WorkingTimeOptions,
} from './intervals';

/**
 * `overdue`: the due instant has passed. `clock-stopped`: not overdue, and the working clock stands still
 * now (weekend, holiday, outside business hours). `due-soon`: the clock runs and at most the threshold of
 * working time is left. `on-track`: the clock runs and more is left.
 */
export type CountdownState = 'on-track' | 'due-soon' | 'overdue' | 'clock-stopped';

/** Default working time left below which a running countdown is `due-soon`: 4 working hours. */
export const DEFAULT_DUE_SOON_THRESHOLD_MS = 4 * 60 * 60 * 1000;

export interface CountdownOptions extends WorkingTimeOptions {
  /** Working ms left at or below which a running countdown is `due-soon` (default 4 h). */
  dueSoonThresholdMs?: number;
}

/** A countdown at one instant: what to show and when to look again. */
export interface Countdown {
  state: CountdownState;
  /** Working time left until due, in ms; negative when overdue (working time past due). */
  workingMsLeft: number;
  /** When `state` next changes if nothing else happens (ISO 8601 UTC), or null when it never will. */
  nextChangeAt: string | null;
}

function stateAt(t: number, dueMs: number, dueWorking: number, threshold: number, iv: ReturnType<typeof workingIntervals>): CountdownState {
  if (t >= dueMs) return 'overdue';
  if (!clockRunsAt(iv, t)) return 'clock-stopped';
  return dueWorking - workingMsBefore(iv, t) <= threshold ? 'due-soon' : 'on-track';
}

/**
 * The countdown towards `dueAt` as of `now` (both ISO 8601 instants with offset or `Z`) in `market`:
 * state, working time left, and the instant of the next state change. Throws `WorkingTimeError`:
 * `UNKNOWN_MARKET`, `MALFORMED_DATE`, `INVALID_OPTION` (bad hours or a negative threshold), `OUT_OF_RANGE`
 * outside the covered calendar years.
 */
export function countdown(dueAt: string, now: string, market: string, options?: CountdownOptions): Countdown {
  const iv = workingIntervals(market, options);
  const threshold = options?.dueSoonThresholdMs ?? DEFAULT_DUE_SOON_THRESHOLD_MS;
  if (!(threshold >= 0) || !Number.isFinite(threshold)) {
    throw new WorkingTimeError('INVALID_OPTION', `dueSoonThresholdMs must be a finite number >= 0; got ${threshold}.`);
  }
  const dueMs = parseInstantMs(dueAt, 'dueAt');
  const nowMs = parseInstantMs(now, 'now');
  assertCoveredInstant(iv, dueMs, 'dueAt');
  assertCoveredInstant(iv, nowMs, 'now');
  const dueWorking = workingMsBefore(iv, dueMs);
  const workingMsLeft = dueWorking - workingMsBefore(iv, nowMs);
  const state = stateAt(nowMs, dueMs, dueWorking, threshold, iv);
  let next: number | null = null;
  if (state === 'clock-stopped') {
    // A due instant inside a stopped stretch (possible for a hand-set due) turns overdue before the restart.
    const restart = nextClockEdge(iv, nowMs);
    next = restart === null ? dueMs : Math.min(restart, dueMs);
  } else if (state !== 'overdue') {
    // The clock runs: it either stops at the end of this stretch, or the deadline (or the threshold) is
    // reached first.
    const stop = nextClockEdge(iv, nowMs) as number;
    const mark = state === 'on-track' ? instantAtWorkingMs(iv, dueWorking - threshold) : dueMs;
    next = Math.min(stop, mark <= nowMs ? stop : mark, dueMs);
  }
  return { state, workingMsLeft, nextChangeAt: next === null ? null : formatInstantMs(next) };
}
