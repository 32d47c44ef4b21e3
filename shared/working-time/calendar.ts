// Which local dates are working days in a market: weekdays, minus generated public holidays, with the
// hand-written overrides applied. Built once per market, on first use, as one byte per day.
import { WorkingTimeError } from './errors';
import { HOLIDAY_OVERRIDES } from './holiday-overrides';
import { HOLIDAYS, HOLIDAY_YEARS } from './holidays.data';
import { epochDayFromCivil, formatPlainDate, isoWeekday, parsePlainDate } from './iso';
import { getMarket, type MarketDefinition } from './markets';

/** First and last epoch day the calendars cover (1 January of the first year, 31 December of the last). */
export const COVERED_FIRST_DAY = epochDayFromCivil(HOLIDAY_YEARS.first, 1, 1);
export const COVERED_LAST_DAY = epochDayFromCivil(HOLIDAY_YEARS.last, 12, 31);

/** A market's working days over the covered years, with a running count for O(1) range counts. */
export interface DayCalendar {
  market: MarketDefinition;
  /** working[d - COVERED_FIRST_DAY] is 1 when epoch day d is a working day. */
  working: Uint8Array;
  /** workingBefore[i] = number of working days among the first i covered days. */
  workingBefore: Int32Array;
}

const cache = new Map<string, DayCalendar>();

/**
 * The day calendar of a market (built on first use, then cached). Throws `WorkingTimeError`
 * `UNKNOWN_MARKET` for an unknown code.
 */
export function dayCalendar(code: string): DayCalendar {
  const market = getMarket(code);
  const cached = cache.get(market.code);
  if (cached) return cached;
  const size = COVERED_LAST_DAY - COVERED_FIRST_DAY + 1;
  const working = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) {
    working[i] = market.workingWeekdays.includes(isoWeekday(COVERED_FIRST_DAY + i)) ? 1 : 0;
  }
  const mark = (date: string, value: 0 | 1): void => {
    const index = parsePlainDate(date, `holiday of ${market.code}`) - COVERED_FIRST_DAY;
    if (index >= 0 && index < size) working[index] = value;
  };
  for (const date of HOLIDAYS[market.code] ?? []) mark(date, 0);
  for (const o of HOLIDAY_OVERRIDES) if (o.market === market.code && o.kind === 'day-off') mark(o.date, 0);
  for (const o of HOLIDAY_OVERRIDES) if (o.market === market.code && o.kind === 'working-day') mark(o.date, 1);
  const workingBefore = new Int32Array(size + 1);
  for (let i = 0; i < size; i += 1) workingBefore[i + 1] = (workingBefore[i] ?? 0) + (working[i] ?? 0);
  const built: DayCalendar = { market, working, workingBefore };
  cache.set(market.code, built);
  return built;
}

/**
 * Throws `WorkingTimeError` `OUT_OF_RANGE` unless the epoch day lies in the covered years; `what` names
 * the argument in the message.
 */
export function assertCoveredDay(epochDay: number, what: string): void {
  if (epochDay < COVERED_FIRST_DAY || epochDay > COVERED_LAST_DAY) {
    throw new WorkingTimeError(
      'OUT_OF_RANGE',
      `${what} ${formatPlainDate(epochDay)} is outside the covered calendar years ${HOLIDAY_YEARS.first}-${HOLIDAY_YEARS.last}; regenerate the holiday data to extend them.`,
    );
  }
}

/** Whether epoch day `epochDay` (already checked to be covered) is a working day of the calendar. */
export function isWorkingEpochDay(calendar: DayCalendar, epochDay: number): boolean {
  return calendar.working[epochDay - COVERED_FIRST_DAY] === 1;
}

/**
 * Whether the local date `date` (`YYYY-MM-DD`) is a working day in `market`: one of the market's working
 * weekdays, not a public holiday, with decreed exceptions applied. Throws `WorkingTimeError` with
 * `UNKNOWN_MARKET`, `MALFORMED_DATE` or `OUT_OF_RANGE`.
 */
export function isWorkingDay(date: string, market: string): boolean {
  const calendar = dayCalendar(market);
  const day = parsePlainDate(date, 'date');
  assertCoveredDay(day, 'date');
  return isWorkingEpochDay(calendar, day);
}
