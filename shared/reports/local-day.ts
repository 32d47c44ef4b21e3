// Which local day an instant falls on, fast: the reports place hundreds of thousands of requests in
// days, and Temporal's time-zone arithmetic costs tens of microseconds a call. A zone's offset only
// changes at its transitions, so it is looked up once per UTC day (at both ends of the day) and
// reused for every instant of that day; the rare day with a transition asks Temporal each time.
import { Temporal } from 'temporal-polyfill';
import { formatPlainDate } from '../working-time/iso';

const MS_PER_DAY = 86_400_000;
/** Per zone, per UTC epoch day: the zone's offset in ms all day long, or null on a transition day. */
const offsets = new Map<string, Map<number, number | null>>();

function exactOffsetMs(ms: number, timeZone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).offsetNanoseconds / 1_000_000;
}

/** The UTC offset of `timeZone` at epoch ms `ms`. Throws RangeError for an unknown zone. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  const day = Math.floor(ms / MS_PER_DAY);
  let offset = zone.get(day);
  if (offset === undefined) {
    const start = exactOffsetMs(day * MS_PER_DAY, timeZone);
    offset = start === exactOffsetMs((day + 1) * MS_PER_DAY - 1, timeZone) ? start : null;
    zone.set(day, offset);
  }
  return offset ?? exactOffsetMs(ms, timeZone);
}

/** The local day (`YYYY-MM-DD`) of an ISO instant in a time zone. Throws RangeError for an unreadable instant. */
export function localDay(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: "${instant}".`);
  return localDayOfMs(ms, timeZone);
}

/** The local day (`YYYY-MM-DD`) of epoch ms `ms` in a time zone. */
export function localDayOfMs(ms: number, timeZone: string): string {
  return formatPlainDate(Math.floor((ms + zoneOffsetMs(ms, timeZone)) / MS_PER_DAY));
}
