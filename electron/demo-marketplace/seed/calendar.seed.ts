/**
 * Local-time helpers for placing seeded messages at meaningful moments of a market's week ("last
 * Friday 15:30 in Warsaw", "the afternoon before a public holiday"), so the console's
 * working-hours deadlines have weekend and holiday cases to show.
 */

const DAY = 86_400_000;

/** The UTC offset (ms) of `timeZone` at instant `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The local calendar date (y, m 1-12, d, weekday 0=Sunday) of instant `ms` in `timeZone`. */
export function localDate(ms: number, timeZone: string): { y: number; m: number; d: number; weekday: number } {
  const local = new Date(ms + offsetAt(ms, timeZone));
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate(), weekday: local.getUTCDay() };
}

/** The instant of local wall time y-m-d h:min in `timeZone`. */
export function zonedInstant(y: number, m: number, d: number, h: number, min: number, timeZone: string): number {
  const guess = Date.UTC(y, m - 1, d, h, min);
  return guess - offsetAt(guess - offsetAt(guess, timeZone), timeZone);
}

/** The most recent local `weekday` (0=Sunday) at h:min strictly before `nowMs`. */
export function lastWeekdayAt(nowMs: number, weekday: number, h: number, min: number, timeZone: string): number {
  for (let back = 0; back < 8; back++) {
    const { y, m, d, weekday: wd } = localDate(nowMs - back * DAY, timeZone);
    if (wd !== weekday) continue;
    const at = zonedInstant(y, m, d, h, min, timeZone);
    if (at < nowMs) return at;
  }
  return nowMs - 7 * DAY;
}

/** Fixed-date statutory holidays (month, day) per market; movable feasts are left to shared/working-time. */
const fixedHolidays: Record<string, [number, number][]> = {
  PL: [
    [1, 1],
    [1, 6],
    [5, 1],
    [5, 3],
    [8, 15],
    [11, 1],
    [11, 11],
    [12, 24],
    [12, 25],
    [12, 26],
  ],
  LV: [
    [1, 1],
    [5, 1],
    [5, 4],
    [6, 23],
    [6, 24],
    [11, 18],
    [12, 24],
    [12, 25],
    [12, 26],
    [12, 31],
  ],
  PT: [
    [1, 1],
    [4, 25],
    [5, 1],
    [6, 10],
    [8, 15],
    [10, 5],
    [11, 1],
    [12, 1],
    [12, 8],
    [12, 25],
  ],
  HR: [
    [1, 1],
    [1, 6],
    [5, 1],
    [5, 30],
    [6, 22],
    [8, 5],
    [8, 15],
    [11, 1],
    [11, 18],
    [12, 25],
    [12, 26],
  ],
};

/**
 * 14:00 local on the working day before the most recent fixed-date holiday of `market` within the
 * last `withinDays` days, or null when none fell in that window.
 */
export function holidayEveAfternoon(nowMs: number, market: string, timeZone: string, withinDays: number): number | null {
  const days = fixedHolidays[market] ?? [];
  for (let back = 1; back <= withinDays; back++) {
    const { m, d } = localDate(nowMs - back * DAY, timeZone);
    if (!days.some(([hm, hd]) => hm === m && hd === d)) continue;
    const eve = localDate(nowMs - (back + 1) * DAY, timeZone);
    const at = zonedInstant(eve.y, eve.m, eve.d, 14, 0, timeZone);
    return at < nowMs ? at : null;
  }
  return null;
}
