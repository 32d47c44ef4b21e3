// Counting whole working days (absence notices, working-day policy windows). Business hours do not matter
// here: a day is a working day or it is not.
import { assertCoveredDay, COVERED_FIRST_DAY, dayCalendar, isWorkingEpochDay } from './calendar';
import { WorkingTimeError } from './errors';
import { formatPlainDate, parsePlainDate } from './iso';

/** Absences longer than this many working days need a notice (seed 001). */
export const ABSENCE_NOTICE_THRESHOLD_DAYS = 5;
/** The notice must be filed at least this many calendar days before the first day of absence. */
export const ABSENCE_NOTICE_LEAD_DAYS = 14;

/**
 * The number of working days from `firstDay` to `lastDay` inclusive (both `YYYY-MM-DD`, local dates of
 * `market`). Throws `WorkingTimeError`: `UNKNOWN_MARKET`, `MALFORMED_DATE`, `END_BEFORE_START` when
 * `lastDay` is before `firstDay`, `OUT_OF_RANGE` outside the covered calendar years.
 */
export function workingDaysBetween(firstDay: string, lastDay: string, market: string): number {
  const calendar = dayCalendar(market);
  const first = parsePlainDate(firstDay, 'firstDay');
  const last = parsePlainDate(lastDay, 'lastDay');
  if (last < first) throw new WorkingTimeError('END_BEFORE_START', `lastDay (${lastDay}) is before firstDay (${firstDay}).`);
  assertCoveredDay(first, 'firstDay');
  assertCoveredDay(last, 'lastDay');
  return (calendar.workingBefore[last - COVERED_FIRST_DAY + 1] as number) - (calendar.workingBefore[first - COVERED_FIRST_DAY] as number);
}

/** What the console needs to plan an absence: its size and whether a notice is (still) possible. */
export interface AbsenceNotice {
  workingDays: number;
  noticeRequired: boolean;
  /** Last day to file the notice (`YYYY-MM-DD`), or null when none is needed. */
  fileBy: string | null;
  /** Whether `today` is on or before `fileBy` (true when no notice is needed). */
  onTime: boolean;
}

/**
 * Plans an absence from `firstDay` to `lastDay` inclusive in `market`, as seen on `today` (all
 * `YYYY-MM-DD`): an absence of more than 5 working days needs a notice filed at least 14 calendar days
 * before its first day. Throws `WorkingTimeError` as `workingDaysBetween` does, and `MALFORMED_DATE` for
 * a malformed `today`.
 */
export function absenceNotice(firstDay: string, lastDay: string, market: string, today: string): AbsenceNotice {
  const workingDays = workingDaysBetween(firstDay, lastDay, market);
  const todayDay = parsePlainDate(today, 'today');
  if (workingDays <= ABSENCE_NOTICE_THRESHOLD_DAYS) return { workingDays, noticeRequired: false, fileBy: null, onTime: true };
  const fileBy = parsePlainDate(firstDay, 'firstDay') - ABSENCE_NOTICE_LEAD_DAYS;
  return { workingDays, noticeRequired: true, fileBy: formatPlainDate(fileBy), onTime: todayDay <= fileBy };
}

/**
 * The `count`-th working day after `startDay` (`YYYY-MM-DD`, not itself counted) in `market`, or
 * `startDay` when `count` is 0. Throws `WorkingTimeError`: `UNKNOWN_MARKET`, `MALFORMED_DATE`,
 * `INVALID_OPTION` for a negative or fractional count, `OUT_OF_RANGE` when the answer leaves the covered years.
 */
export function addWorkingDays(startDay: string, count: number, market: string): string {
  const calendar = dayCalendar(market);
  const start = parsePlainDate(startDay, 'startDay');
  assertCoveredDay(start, 'startDay');
  if (!Number.isInteger(count) || count < 0)
    throw new WorkingTimeError('INVALID_OPTION', `count must be a whole number >= 0; got ${count}.`);
  let day = start;
  for (let left = count; left > 0;) {
    day += 1;
    assertCoveredDay(day, 'result');
    if (isWorkingEpochDay(calendar, day)) left -= 1;
  }
  return formatPlainDate(day);
}

/**
 * The first working day on or after `day` (`YYYY-MM-DD`) in `market`. Throws `WorkingTimeError` like
 * `addWorkingDays`.
 */
export function nextWorkingDayOnOrAfter(day: string, market: string): string {
  const calendar = dayCalendar(market);
  let d = parsePlainDate(day, 'day');
  assertCoveredDay(d, 'day');
  while (!isWorkingEpochDay(calendar, d)) {
    d += 1;
    assertCoveredDay(d, 'result');
  }
  return formatPlainDate(d);
}
