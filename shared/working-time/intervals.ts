// The fast path: a market's working time as sorted, disjoint [start, end) instants (epoch ms) with a
// running sum of working time, so "working time before t" and "when does working time reach w" are one
// binary search each. Local day boundaries are turned into instants by Temporal in the market's zone, so
// a 23 h or 25 h working day (a DST switch on a weekday, possible in some zones) counts its real length.
import { Temporal } from 'temporal-polyfill';
import { COVERED_FIRST_DAY, COVERED_LAST_DAY, dayCalendar } from './calendar';
import { WorkingTimeError } from './errors';
import { HOLIDAY_YEARS } from './holidays.data';
import { civilFromEpochDay, formatInstantMs } from './iso';
import type { BusinessHours } from './markets';

/** Options every working-time function takes. */
export interface WorkingTimeOptions {
  /** Narrower local hours a seller configured; overrides the market's own (default: whole days). */
  businessHours?: BusinessHours;
}

/** Working intervals of one market (and hours), with prefix sums. */
export interface WorkingIntervals {
  starts: Float64Array;
  ends: Float64Array;
  /** cumEnd[i] = working ms from the start of the covered range to ends[i]. */
  cumEnd: Float64Array;
  /** Covered range as instants: local midnight of the first covered day, and after the last. */
  rangeStartMs: number;
  rangeEndMs: number;
  /**
   * Jump table: for UTC day k after `firstUtcDay`, the index of the first interval ending after that
   * day's 00:00 UTC. Turns the search for an instant into one lookup and a step or two.
   */
  firstUtcDay: number;
  firstEndingAfterDay: Int32Array;
}

const MS_PER_DAY = 86_400_000;
const cache = new Map<string, WorkingIntervals>();
// Keyed by the market string exactly as callers pass it, for calls without options: the hot path of
// replyDueAt then costs one Map lookup instead of resolving the market each time.
const plainCache = new Map<string, WorkingIntervals>();
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseHours(hours: BusinessHours): [number, number, number, number] {
  const open = HH_MM.exec(hours?.open ?? '');
  const close = HH_MM.exec(hours?.close ?? '');
  if (!open || !close || `${open[0]}` >= `${close[0]}`) {
    throw new WorkingTimeError(
      'INVALID_OPTION',
      `businessHours must be {open:'HH:mm', close:'HH:mm'} with open before close; got ${JSON.stringify(hours)}.`,
    );
  }
  return [Number(open[1]), Number(open[2]), Number(close[1]), Number(close[2])];
}

/**
 * The working intervals of `market` under `options` (built on first use per market and hours, then
 * cached). Throws `WorkingTimeError` `UNKNOWN_MARKET`, or `INVALID_OPTION` for malformed business hours.
 */
export function workingIntervals(market: string, options?: WorkingTimeOptions): WorkingIntervals {
  const plain = options?.businessHours === undefined;
  if (plain) {
    const hit = plainCache.get(market);
    if (hit) return hit;
  }
  const built = buildIntervals(market, options);
  if (plain) plainCache.set(market, built);
  return built;
}

function buildIntervals(market: string, options?: WorkingTimeOptions): WorkingIntervals {
  const calendar = dayCalendar(market);
  const hours = options?.businessHours ?? calendar.market.businessHours;
  const key = hours ? `${calendar.market.code}|${hours.open}-${hours.close}` : calendar.market.code;
  const cached = cache.get(key);
  if (cached) return cached;
  const span = hours ? parseHours(hours) : null;
  const timeZone = calendar.market.timeZone;
  const startOfDay = (epochDay: number): number => {
    const [year, month, day] = civilFromEpochDay(epochDay);
    return new Temporal.PlainDate(year, month, day).toZonedDateTime({ timeZone }).epochMilliseconds;
  };
  const at = (epochDay: number, hour: number, minute: number): number => {
    const [year, month, day] = civilFromEpochDay(epochDay);
    return new Temporal.PlainDateTime(year, month, day, hour, minute).toZonedDateTime(timeZone, { disambiguation: 'compatible' })
      .epochMilliseconds;
  };
  const starts: number[] = [];
  const ends: number[] = [];
  for (let d = COVERED_FIRST_DAY; d <= COVERED_LAST_DAY; d += 1) {
    if (calendar.working[d - COVERED_FIRST_DAY] !== 1) continue;
    const start = span ? at(d, span[0], span[1]) : startOfDay(d);
    const end = span ? at(d, span[2], span[3]) : startOfDay(d + 1);
    if (end <= start) continue;
    // Consecutive whole working days touch: merge them, so an interval end is always a real clock stop.
    if (ends.length > 0 && ends[ends.length - 1] === start) ends[ends.length - 1] = end;
    else {
      starts.push(start);
      ends.push(end);
    }
  }
  const cumEnd = new Float64Array(starts.length);
  let sum = 0;
  for (let i = 0; i < starts.length; i += 1) {
    sum += (ends[i] ?? 0) - (starts[i] ?? 0);
    cumEnd[i] = sum;
  }
  const rangeStartMs = startOfDay(COVERED_FIRST_DAY);
  const rangeEndMs = startOfDay(COVERED_LAST_DAY + 1);
  const firstUtcDay = Math.floor(rangeStartMs / MS_PER_DAY);
  const firstEndingAfterDay = new Int32Array(Math.floor(rangeEndMs / MS_PER_DAY) - firstUtcDay + 1);
  for (let k = 0, i = 0; k < firstEndingAfterDay.length; k += 1) {
    const dayStart = (firstUtcDay + k) * MS_PER_DAY;
    while (i < ends.length && (ends[i] as number) <= dayStart) i += 1;
    firstEndingAfterDay[k] = i;
  }
  const built: WorkingIntervals = {
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    cumEnd,
    rangeStartMs,
    rangeEndMs,
    firstUtcDay,
    firstEndingAfterDay,
  };
  cache.set(key, built);
  return built;
}

/** Throws `WorkingTimeError` `OUT_OF_RANGE` unless `ms` lies in the covered range; `what` names it. */
export function assertCoveredInstant(iv: WorkingIntervals, ms: number, what: string): void {
  if (ms < iv.rangeStartMs || ms >= iv.rangeEndMs) {
    throw new WorkingTimeError(
      'OUT_OF_RANGE',
      `${what} ${formatInstantMs(ms)} is outside the covered calendar years ${HOLIDAY_YEARS.first}-${HOLIDAY_YEARS.last}.`,
    );
  }
}

/** Index of the last interval starting at or before `ms` (an instant in the covered range), or -1. */
export function intervalAtOrBefore(iv: WorkingIntervals, ms: number): number {
  // Every interval before the table's candidate ends by that UTC midnight, so it is at most one step back.
  let i = iv.firstEndingAfterDay[Math.floor(ms / MS_PER_DAY) - iv.firstUtcDay] as number;
  const n = iv.starts.length;
  while (i < n && (iv.starts[i] as number) <= ms) i += 1;
  return i - 1;
}

/** Working ms between the start of the covered range and the instant `ms`. */
export function workingMsBefore(iv: WorkingIntervals, ms: number): number {
  const i = intervalAtOrBefore(iv, ms);
  if (i < 0) return 0;
  const start = iv.starts[i] as number;
  const end = iv.ends[i] as number;
  const before = (iv.cumEnd[i] as number) - (end - start);
  return before + (ms < end ? ms - start : end - start);
}

/**
 * The earliest instant at which the working time counted from the range start reaches `w` (> 0). When it
 * is reached exactly at the end of an interval, that end is the answer (a day's 24:00, not the next
 * working morning). `fromIndex` is a hint: an interval index known not to be after the answer (the
 * working time before it is below `w`). Throws `WorkingTimeError` `OUT_OF_RANGE` when `w` lies beyond the covered years.
 */
export function instantAtWorkingMs(iv: WorkingIntervals, w: number, fromIndex = 0): number {
  // Callers usually know the answer is at or shortly after `fromIndex`: try a few steps before bisecting.
  const n = iv.cumEnd.length;
  for (let i = Math.max(0, fromIndex), stop = Math.min(n, fromIndex + 8); i < stop; i += 1) {
    if ((iv.cumEnd[i] as number) >= w) return (iv.ends[i] as number) - ((iv.cumEnd[i] as number) - w);
  }
  let lo = Math.max(0, Math.min(n, fromIndex + 8));
  let hi = n - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((iv.cumEnd[mid] as number) >= w) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (found < 0) {
    throw new WorkingTimeError(
      'OUT_OF_RANGE',
      `The result lies after the covered calendar years ${HOLIDAY_YEARS.first}-${HOLIDAY_YEARS.last}.`,
    );
  }
  return (iv.ends[found] as number) - ((iv.cumEnd[found] as number) - w);
}

/**
 * The earliest instant by which `workingMs` (> 0) of working time has passed since `fromMs` (covered):
 * `instantAtWorkingMs(workingMsBefore(fromMs) + workingMs)` in one pass, the hot path of replyDueAt.
 * Throws `WorkingTimeError` `OUT_OF_RANGE` when the answer lies beyond the covered years.
 */
export function workingDeadline(iv: WorkingIntervals, fromMs: number, workingMs: number): number {
  const i = intervalAtOrBefore(iv, fromMs);
  if (i < 0) return instantAtWorkingMs(iv, workingMs, 0);
  const start = iv.starts[i] as number;
  const end = iv.ends[i] as number;
  const cum = iv.cumEnd[i] as number;
  const target = cum - (end - start) + (fromMs < end ? fromMs - start : end - start) + workingMs;
  // Usually still inside the same stretch of working days.
  if (cum >= target) return end - (cum - target);
  return instantAtWorkingMs(iv, target, i + 1);
}

/** Whether the working clock runs at instant `ms` (inside a working interval, start inclusive). */
export function clockRunsAt(iv: WorkingIntervals, ms: number): boolean {
  const i = intervalAtOrBefore(iv, ms);
  return i >= 0 && ms < (iv.ends[i] as number);
}

/** The end of the interval running at `ms`, or the start of the next one when the clock stands still. */
export function nextClockEdge(iv: WorkingIntervals, ms: number): number | null {
  const i = intervalAtOrBefore(iv, ms);
  if (i >= 0 && ms < (iv.ends[i] as number)) return iv.ends[i] as number;
  const next = iv.starts[i + 1];
  return next === undefined ? null : next;
}
