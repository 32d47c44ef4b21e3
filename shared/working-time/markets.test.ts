import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { getMarket, listMarketCodes, markets } from './index';

describe('markets', () => {
  it('lists the twelve markets of the brief', () => {
    expect(listMarketCodes()).toEqual(['PL', 'LV', 'LT', 'EE', 'PT', 'HR', 'BA', 'CZ', 'SK', 'RO', 'HU', 'DE']);
  });

  it('gives every market a real zone, a canonical language tag, a currency and Monday-Friday', () => {
    for (const code of listMarketCodes()) {
      const m = getMarket(code);
      expect(Temporal.ZonedDateTime.from({ year: 2025, month: 1, day: 1, timeZone: m.timeZone }).timeZoneId).toBe(m.timeZone);
      expect(Intl.getCanonicalLocales(m.language)).toEqual([m.language]);
      expect(m.currency).toMatch(/^[A-Z]{3}$/);
      expect(m.workingWeekdays).toEqual([1, 2, 3, 4, 5]);
      expect(markets[code]).toBe(m);
    }
    expect(getMarket('HU').currency).toBe('HUF');
    expect(getMarket('BA').language).toBe('bs-BA');
  });
});
