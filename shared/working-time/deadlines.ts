// The reply deadline (DOMAIN rule 1): 24 hours of working time after the buyer's message.
import { WorkingTimeError } from './errors';
import { formatInstantMs, parseInstantMs } from './iso';
import { assertCoveredInstant, workingDeadline, workingIntervals, workingMsBefore, type WorkingTimeOptions } from './intervals';

/** The reply window: 24 hours of working time. */
export const REPLY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The instant a reply to a message received at `receivedAt` is due in `market`: 24 hours of working time
 * later, counted only on the market's working days (00:00-24:00 local, or the business hours of the market
 * or of `options`). A deadline reached exactly at the end of a working day is that day's 24:00.
 * `receivedAt` is an ISO 8601 instant with an offset or `Z`; the result is ISO 8601 in UTC (`…Z`), at
 * millisecond precision. Throws `WorkingTimeError`: `UNKNOWN_MARKET`, `MALFORMED_DATE`, `INVALID_OPTION`,
 * or `OUT_OF_RANGE` when the message or the deadline falls outside the covered calendar years.
 */
export function replyDueAt(receivedAt: string, market: string, options?: WorkingTimeOptions): string {
  const iv = workingIntervals(market, options);
  const received = parseInstantMs(receivedAt, 'receivedAt');
  assertCoveredInstant(iv, received, 'receivedAt');
  return formatInstantMs(workingDeadline(iv, received, REPLY_WINDOW_MS));
}

/**
 * The working time in milliseconds between two instants (ISO 8601 with offset or `Z`) in `market`:
 * only time inside the market's working days (or business hours) counts. Throws `WorkingTimeError`:
 * `UNKNOWN_MARKET`, `MALFORMED_DATE`, `INVALID_OPTION`, `END_BEFORE_START` when `to` is before `from`,
 * `OUT_OF_RANGE` outside the covered calendar years.
 */
export function workingMsBetween(from: string, to: string, market: string, options?: WorkingTimeOptions): number {
  const iv = workingIntervals(market, options);
  const a = parseInstantMs(from, 'from');
  const b = parseInstantMs(to, 'to');
  if (b < a) throw new WorkingTimeError('END_BEFORE_START', `to (${to}) is before from (${from}).`);
  assertCoveredInstant(iv, a, 'from');
  assertCoveredInstant(iv, b, 'to');
  return workingMsBefore(iv, b) - workingMsBefore(iv, a);
}
