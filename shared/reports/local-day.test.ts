import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { localDay } from './index';

describe('localDay', () => {
  it('places instants near midnight and across both DST switches on the local day Temporal gives', { timeout: 60_000 }, () => {
    const zones = ['Europe/Warsaw', 'Europe/Lisbon', 'Europe/Riga', 'America/New_York', 'Asia/Kolkata'];
    // Every 211 minutes through 2026 (every time of day comes round), and every 10 minutes of the days
    // around both EU and US switches.
    const instants: number[] = [];
    for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 211 * 60_000) instants.push(ms);
    for (const day of ['2026-03-07', '2026-03-28', '2026-10-24', '2026-10-31'])
      for (let ms = Date.parse(`${day}T00:00:00Z`); ms < Date.parse(`${day}T00:00:00Z`) + 3 * 86_400_000; ms += 10 * 60_000)
        instants.push(ms);
    for (const zone of zones)
      for (const ms of instants) {
        const instant = new Date(ms).toISOString();
        const expected = Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainDate().toString();
        if (localDay(instant, zone) !== expected)
          expect({ zone, instant, day: localDay(instant, zone) }).toEqual({ zone, instant, day: expected });
      }
  });

  it('refuses an unreadable instant', () => {
    expect(() => localDay('yesterday', 'Europe/Warsaw')).toThrow(RangeError);
  });
});
