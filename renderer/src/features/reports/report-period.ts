import { Temporal } from 'temporal-polyfill';

/** The `days` days up to and including `today` (`YYYY-MM-DD`). */
export function lastDays(today: string, days: number): { from: string; to: string } {
  return {
    from: Temporal.PlainDate.from(today)
      .subtract({ days: days - 1 })
      .toString(),
    to: today,
  };
}

/** A calendar year, cut at `today` when it is the current one. */
export function yearPeriod(year: number, today: string): { from: string; to: string } {
  const end = `${String(year).padStart(4, '0')}-12-31`;
  return { from: `${String(year).padStart(4, '0')}-01-01`, to: end < today ? end : today };
}

/** Today (`YYYY-MM-DD`) in a time zone, at epoch ms `now`. */
export function todayIn(now: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}
