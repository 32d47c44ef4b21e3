// The shop's closing dates for an absence (A02 `closed_from`/`closed_to`), as instants of the market's zone.
import { Temporal } from 'temporal-polyfill';
import { getMarket } from '../working-time';

/** A02's closing fields for an absence: from the first day's local midnight to the last day's last second. */
export interface ClosingDates {
  closed_from: string;
  closed_to: string;
}

/**
 * The closing of a shop in `market` for the absence `firstDay`..`lastDay` (inclusive, `YYYY-MM-DD`), as
 * UTC instants without milliseconds. Throws WorkingTimeError UNKNOWN_MARKET, RangeError for a malformed date.
 */
export function closingDates(firstDay: string, lastDay: string, market: string): ClosingDates {
  const timeZone = getMarket(market).timeZone;
  const start = Temporal.PlainDate.from(firstDay).toZonedDateTime({ timeZone }).toInstant();
  const end = Temporal.PlainDate.from(lastDay).add({ days: 1 }).toZonedDateTime({ timeZone }).toInstant().subtract({ seconds: 1 });
  const text = (i: Temporal.Instant) => i.toString({ smallestUnit: 'second' });
  return { closed_from: text(start), closed_to: text(end) };
}
