// The generated data and the hand-written overrides must stay well-formed and meaningful: an override that
// no longer changes anything (because date-holidays caught up) is flagged so it can be dropped.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_OVERRIDES, HOLIDAY_YEARS, listMarketCodes, markets } from './index';
import { HOLIDAYS } from './holidays.data';
import { HOLIDAY_NAMES } from './holiday-names.data';

describe('holidays.data.ts', () => {
  it('has a sorted, duplicate-free list of valid dates in the covered years for every market', () => {
    expect(Object.keys(HOLIDAYS).sort()).toEqual(listMarketCodes().sort());
    for (const code of listMarketCodes()) {
      const days = HOLIDAYS[code] ?? [];
      expect(days.length).toBeGreaterThan(5 * (HOLIDAY_YEARS.last - HOLIDAY_YEARS.first + 1));
      expect([...new Set(days)].sort()).toEqual(days);
      for (const day of days) {
        expect(Temporal.PlainDate.from(day).toString()).toBe(day);
        expect(Number(day.slice(0, 4))).toBeGreaterThanOrEqual(HOLIDAY_YEARS.first);
        expect(Number(day.slice(0, 4))).toBeLessThanOrEqual(HOLIDAY_YEARS.last);
      }
    }
  });

  it('names every holiday of every market, in the local language and in English (holiday-names.data.ts)', () => {
    for (const code of listMarketCodes()) {
      const names = HOLIDAY_NAMES[code] ?? {};
      expect(Object.keys(names).sort(), code).toEqual([...(HOLIDAYS[code] ?? [])]);
      for (const [local, english] of Object.values(names)) expect(local.length * english.length, code).toBeGreaterThan(0);
    }
    expect(HOLIDAY_NAMES.PL?.['2026-12-24']).toEqual(['Wigilia Bożego Narodzenia', 'Christmas Eve']);
  });

  it('keeps the BA calendar secular (Federation): no Christmas, Easter or Bajram days', () => {
    const ba = HOLIDAYS.BA ?? [];
    expect(ba).toContain('2025-11-25');
    expect(ba).toContain('2025-03-01');
    expect(ba).not.toContain('2025-12-25');
    expect(ba).not.toContain('2025-01-07');
    expect(ba).not.toContain('2025-03-31');
  });
});

describe('holiday-overrides.ts', () => {
  it('names a known market, a covered date and a source for every override', () => {
    for (const o of HOLIDAY_OVERRIDES) {
      expect(markets[o.market]).toBeDefined();
      expect(Temporal.PlainDate.from(o.date).toString()).toBe(o.date);
      expect(Number(o.date.slice(0, 4))).toBeGreaterThanOrEqual(HOLIDAY_YEARS.first);
      expect(o.source.length).toBeGreaterThan(10);
    }
  });

  it('changes something: day-off overrides hit otherwise working days, working-day overrides hit days off', () => {
    for (const o of HOLIDAY_OVERRIDES) {
      const weekday = Temporal.PlainDate.from(o.date).dayOfWeek;
      const normallyWorking =
        (markets[o.market]?.workingWeekdays.includes(weekday) ?? false) && !(HOLIDAYS[o.market] ?? []).includes(o.date);
      expect({ ...o, normallyWorking }).toEqual({ ...o, normallyWorking: o.kind === 'day-off' });
    }
  });

  it('covers the Hungarian decrees of 2024, 2025 and 2026 with three working Saturdays each', () => {
    for (const year of ['2024', '2025', '2026']) {
      const saturdays = HOLIDAY_OVERRIDES.filter((o) => o.market === 'HU' && o.kind === 'working-day' && o.date.startsWith(year));
      expect(saturdays.map((o) => Temporal.PlainDate.from(o.date).dayOfWeek)).toEqual([6, 6, 6]);
    }
  });
});
