// The bulk path of the engine: the same arithmetic as replyDueAt and workingMsBetween, on epoch
// milliseconds, for callers that place hundreds of thousands of instants (the reports) and would
// otherwise spend most of their time parsing and printing ISO text.
import { assertCoveredInstant, workingDeadline, workingIntervals, workingMsBefore, type WorkingTimeOptions } from './intervals';
import { REPLY_WINDOW_MS } from './deadlines';
import { WorkingTimeError } from './errors';

/** One market's working time on epoch milliseconds (see workingClock). */
export interface WorkingClock {
  /** Whether `ms` lies in the calendar years the engine covers (the other methods throw outside them). */
  covers(ms: number): boolean;
  /** replyDueAt on ms: the instant 24 working hours after `fromMs`. */
  replyDueMs(fromMs: number): number;
  /** workingMsBetween on ms; throws `END_BEFORE_START` when `toMs` is before `fromMs`. */
  workingMsBetween(fromMs: number, toMs: number): number;
}

/**
 * The working clock of `market` (and business hours), built on the cached intervals replyDueAt uses, so
 * its answers are the same to the millisecond. Throws `WorkingTimeError` as replyDueAt does
 * (`UNKNOWN_MARKET`, `INVALID_OPTION`; `OUT_OF_RANGE` from the methods for instants outside the covered years).
 */
export function workingClock(market: string, options?: WorkingTimeOptions): WorkingClock {
  const iv = workingIntervals(market, options);
  return {
    covers: (ms) => ms >= iv.rangeStartMs && ms < iv.rangeEndMs,
    replyDueMs(fromMs) {
      assertCoveredInstant(iv, fromMs, 'from');
      return workingDeadline(iv, fromMs, REPLY_WINDOW_MS);
    },
    workingMsBetween(fromMs, toMs) {
      if (toMs < fromMs) throw new WorkingTimeError('END_BEFORE_START', `to (${toMs}) is before from (${fromMs}).`);
      assertCoveredInstant(iv, fromMs, 'from');
      assertCoveredInstant(iv, toMs, 'to');
      return workingMsBefore(iv, toMs) - workingMsBefore(iv, fromMs);
    },
  };
}
