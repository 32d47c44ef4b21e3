// Fast conversions between ISO 8601 text and numbers (epoch milliseconds, epoch days). The hot path of
// replyDueAt parses and prints one instant per call; Temporal's parser is correct but costs microseconds, so
// the common shape is read by hand and anything unusual falls back to Temporal (which also rejects junk).
import { Temporal } from 'temporal-polyfill';
import { WorkingTimeError } from './errors';

const MS_PER_DAY = 86_400_000;
const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
export function epochDayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The [year, month, day] of an epoch day (inverse of epochDayFromCivil). */
export function civilFromEpochDay(epochDay: number): [number, number, number] {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** ISO weekday (1 = Monday … 7 = Sunday) of an epoch day; 1970-01-01 was a Thursday. */
export function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

// Table-driven epoch days for the years the engine actually sees; the general formula covers the rest.
const TABLE_FIRST_YEAR = 1970;
const TABLE_LAST_YEAR = 2199;
const DAYS_BEFORE_YEAR = Int32Array.from({ length: TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 1 }, (_, i) =>
  epochDayFromCivil(TABLE_FIRST_YEAR + i, 1, 1),
);
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function quickEpochDay(year: number, month: number, day: number): number {
  if (year < TABLE_FIRST_YEAR || year > TABLE_LAST_YEAR) return epochDayFromCivil(year, month, day);
  return (
    (DAYS_BEFORE_YEAR[year - TABLE_FIRST_YEAR] as number) +
    (DAYS_BEFORE_MONTH[month] as number) +
    (month > 2 && isLeap(year) ? 1 : 0) +
    day -
    1
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Reads `count` decimal digits at `at`; -1 when any is not a digit.
function digits(s: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

// Two decimal digits at `at` (the hot path's only shape); -1 when either is not a digit.
function two(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

// `YYYY-MM-DDTHH:mm:ss[.fff…](Z|±HH:mm)`, or NaN when the text has another shape or impossible fields.
function fastInstantMs(s: string): number {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84) return Number.NaN;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return Number.NaN;
  const century = two(s, 0);
  const yy = two(s, 2);
  const year = century < 0 || yy < 0 ? -1 : century * 100 + yy;
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  let i = 19;
  let millis = 0;
  if (s.charCodeAt(i) === 46) {
    let j = 20;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c < 48 || c > 57) break;
      j += 1;
    }
    const count = j - 20;
    if (count < 1 || count > 9) return Number.NaN;
    // Sub-millisecond digits are dropped: the engine works in whole milliseconds.
    millis = (s.charCodeAt(20) - 48) * 100 + (count > 1 ? (s.charCodeAt(21) - 48) * 10 : 0) + (count > 2 ? s.charCodeAt(22) - 48 : 0);
    i = j;
  }
  let offsetMinutes = 0;
  const sign = s.charCodeAt(i);
  if (sign === 90 && i + 1 === n) {
    // UTC: offset stays 0
  } else if ((sign === 43 || sign === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58) {
    const oh = two(s, i + 1);
    const om = two(s, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return Number.NaN;
  }
  const local = quickEpochDay(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  return local - offsetMinutes * 60_000;
}

/**
 * Epoch milliseconds of an ISO 8601 instant that carries an offset or `Z` (as `Temporal.Instant.from`
 * accepts it), truncated to the millisecond. `what` names the argument in the error message. Throws
 * `WorkingTimeError` `MALFORMED_DATE` for anything else (no offset, impossible date, not a string).
 */
export function parseInstantMs(text: string, what: string): number {
  if (typeof text === 'string') {
    const fast = fastInstantMs(text);
    if (!Number.isNaN(fast)) return fast;
    try {
      return Temporal.Instant.from(text).epochMilliseconds;
    } catch {
      // fall through to the typed error
    }
  }
  throw new WorkingTimeError(
    'MALFORMED_DATE',
    `${what} must be an ISO 8601 instant with an offset or Z, e.g. 2025-01-10T15:00:00+01:00; got ${JSON.stringify(text)}.`,
  );
}

// Printing is most of the cost of a deadline. The date part `YYYY-MM-DDT` is cached per epoch day (a few
// thousand distinct days); the clock is glued from a 1,440-entry `HH:mm:` table and a 60-entry `ssZ` one,
// which stay in the CPU cache, unlike a per-second cache of 86,400 strings, which measured slower.
const PREFIX_FIRST_DAY = 18_000; // 2019-04-14
const PREFIX_DAYS = 8_000; // to 2041
// Dense and filled with '' (not sparse, which V8 would keep as a slow dictionary).
const datePrefix: string[] = new Array<string>(PREFIX_DAYS).fill('');
const HOUR_MINUTE = Array.from({ length: 1440 }, (_, m) => `${TWO[Math.floor(m / 60)]}:${TWO[m % 60]}:`);
const TWO_Z = TWO.map((t) => `${t}Z`);
// `.5Z`, `.05Z`, `.123Z` per millisecond, trailing zeros trimmed as Temporal prints them (index 0 unused).
const FRACTION_Z = Array.from({ length: 1000 }, (_, ms) => `.${`${ms + 1000}`.slice(1).replace(/0+$/, '')}Z`);

function prefixOf(epochDay: number): string {
  const index = epochDay - PREFIX_FIRST_DAY;
  if (index < 0 || index >= PREFIX_DAYS) return `${formatPlainDate(epochDay)}T`;
  const cached = datePrefix[index] as string;
  if (cached !== '') return cached;
  const made = `${formatPlainDate(epochDay)}T`;
  datePrefix[index] = made;
  return made;
}

/**
 * An instant as ISO 8601 in UTC, exactly as `Temporal.Instant.prototype.toString()` prints it: seconds
 * always, fractional seconds only when non-zero and without trailing zeros, `Z` suffix.
 */
export function formatInstantMs(ms: number): string {
  const epochDay = Math.floor(ms / MS_PER_DAY);
  const rest = ms - epochDay * MS_PER_DAY;
  // Not `rest % 1000`: on doubles that is a libm fmod call, the slowest step of this function.
  const millis = rest - Math.floor(rest / 1000) * 1000;
  const seconds = (rest - millis) / 1000;
  const hour = Math.floor(seconds / 3600);
  const minute = Math.floor((seconds - hour * 3600) / 60);
  const second = seconds - hour * 3600 - minute * 60;
  const head = prefixOf(epochDay) + (HOUR_MINUTE[hour * 60 + minute] as string);
  if (millis === 0) return head + (TWO_Z[second] as string);
  return head + (TWO[second] as string) + (FRACTION_Z[millis] as string);
}

/**
 * The epoch day of a strict `YYYY-MM-DD` calendar date. `what` names the argument in the error message.
 * Throws `WorkingTimeError` `MALFORMED_DATE` for any other shape or an impossible date (2025-02-30).
 */
export function parsePlainDate(text: string, what: string): number {
  if (typeof text === 'string' && text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return quickEpochDay(year, month, day);
    }
  }
  throw new WorkingTimeError('MALFORMED_DATE', `${what} must be a calendar date YYYY-MM-DD; got ${JSON.stringify(text)}.`);
}

/** An epoch day as `YYYY-MM-DD`. */
export function formatPlainDate(epochDay: number): string {
  const [year, month, day] = civilFromEpochDay(epochDay);
  return `${year}-${TWO[month]}-${TWO[day]}`;
}
