// TEST AND BENCH ORACLE, not for the app: the same rules computed the slow, obvious way, by walking local
// days with Temporal and adding up each working day's real duration. Property tests compare the fast path
// (intervals.ts) with it, and the benchmark uses it as the baseline. It shares only the holiday data and
// overrides with the fast path, not the day bitmap, the intervals or the hand-written ISO parsing.
import { Temporal } from 'temporal-polyfill';
import { WorkingTimeError } from './errors';
import { HOLIDAY_OVERRIDES } from './holiday-overrides';
import { HOLIDAYS, HOLIDAY_YEARS } from './holidays.data';
import { getMarket, type BusinessHours } from './markets';

const REPLY_MS = 24 * 60 * 60 * 1000;

function outOfRange(day: Temporal.PlainDate): boolean {
  return day.year < HOLIDAY_YEARS.first || day.year > HOLIDAY_YEARS.last;
}

/** Reference: is this local date a working day of the market (weekday, holidays, overrides)? */
export function referenceIsWorkingDay(day: Temporal.PlainDate, market: string): boolean {
  const m = getMarket(market);
  const iso = day.toString();
  const override = HOLIDAY_OVERRIDES.filter((o) => o.market === m.code && o.date === iso);
  if (override.some((o) => o.kind === 'working-day')) return true;
  if (override.some((o) => o.kind === 'day-off')) return false;
  return m.workingWeekdays.includes(day.dayOfWeek) && !(HOLIDAYS[m.code] ?? []).includes(iso);
}

// The working stretch of one local day as instants, or null on a non-working day.
function stretch(day: Temporal.PlainDate, market: string, hours?: BusinessHours): [Temporal.Instant, Temporal.Instant] | null {
  if (!referenceIsWorkingDay(day, market)) return null;
  const timeZone = getMarket(market).timeZone;
  if (!hours) return [day.toZonedDateTime({ timeZone }).toInstant(), day.add({ days: 1 }).toZonedDateTime({ timeZone }).toInstant()];
  const at = (hhmm: string) => day.toPlainDateTime(Temporal.PlainTime.from(hhmm)).toZonedDateTime(timeZone).toInstant();
  return [at(hours.open), at(hours.close)];
}

/** Reference for `replyDueAt`: walks day by day, spending 24 h of working time. */
export function referenceReplyDueAt(receivedAt: string, market: string, hours?: BusinessHours): string {
  const timeZone = getMarket(market).timeZone;
  const received = Temporal.Instant.from(receivedAt);
  let left = REPLY_MS;
  for (let day = received.toZonedDateTimeISO(timeZone).toPlainDate(); ; day = day.add({ days: 1 })) {
    if (outOfRange(day)) throw new WorkingTimeError('OUT_OF_RANGE', `reference: ${day.toString()} is outside the data`);
    const s = stretch(day, market, hours);
    if (!s) continue;
    const from = Temporal.Instant.compare(received, s[0]) > 0 ? received : s[0];
    const available = s[1].epochMilliseconds - from.epochMilliseconds;
    if (available <= 0) continue;
    if (left <= available) return Temporal.Instant.fromEpochMilliseconds(from.epochMilliseconds + left).toString();
    left -= available;
  }
}

/** Reference for `workingMsBetween`: sums the overlap of [from, to] with each day's working stretch. */
export function referenceWorkingMsBetween(from: string, to: string, market: string, hours?: BusinessHours): number {
  const timeZone = getMarket(market).timeZone;
  const a = Temporal.Instant.from(from).epochMilliseconds;
  const b = Temporal.Instant.from(to).epochMilliseconds;
  let total = 0;
  const last = Temporal.Instant.fromEpochMilliseconds(b).toZonedDateTimeISO(timeZone).toPlainDate();
  for (
    let day = Temporal.Instant.fromEpochMilliseconds(a).toZonedDateTimeISO(timeZone).toPlainDate();
    Temporal.PlainDate.compare(day, last) <= 0;
    day = day.add({ days: 1 })
  ) {
    const s = stretch(day, market, hours);
    if (s) total += Math.max(0, Math.min(b, s[1].epochMilliseconds) - Math.max(a, s[0].epochMilliseconds));
  }
  return total;
}

/** Reference for `workingDaysBetween`: counts day by day. */
export function referenceWorkingDaysBetween(firstDay: string, lastDay: string, market: string): number {
  let count = 0;
  const last = Temporal.PlainDate.from(lastDay);
  for (let day = Temporal.PlainDate.from(firstDay); Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) {
    if (referenceIsWorkingDay(day, market)) count += 1;
  }
  return count;
}
