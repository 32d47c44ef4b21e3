import { describe, expect, it } from 'vitest';
import { listMarketCodes } from '../working-time';
import { ABSENCE_RULE, fileByIsNear, isAwayOn, marketToday, planAbsence, planShopAbsence } from './index';

// Christmas and New Year: Monday 21 December 2026 to Friday 8 January 2027 (19 calendar days, 15 weekdays).
const first = '2026-12-21';
const last = '2027-01-08';

describe('planShopAbsence', () => {
  it('counts a PL absence across Christmas and New Year in the Polish calendar, naming the holidays', () => {
    const plan = planShopAbsence(first, last, { shopId: 's1', market: 'PL' }, '2026-11-01');
    expect(plan).toMatchObject({
      status: 'on-time',
      workingDays: 11,
      calendarDays: 19,
      weekendDays: 4,
      fileBy: '2026-12-07',
      backOn: '2027-01-11',
    });
    expect(plan.holidays.map((h) => [h.date, h.localName, h.englishName])).toEqual([
      ['2026-12-24', 'Wigilia Bożego Narodzenia', 'Christmas Eve'],
      ['2026-12-25', 'Pierwszy dzień Bożego Narodzenia', 'Christmas Day'],
      ['2027-01-01', 'Nowy Rok', "New Year's Day"],
      ['2027-01-06', 'Święto Trzech Króli', 'Epiphany'],
    ]);
  });

  it('counts the same days differently in the German calendar (24 December is a working day there)', () => {
    const plan = planShopAbsence(first, last, { shopId: 's2', market: 'DE' }, '2026-11-01');
    expect(plan.workingDays).toBe(13);
    expect(plan.holidays.map((h) => h.date)).toEqual(['2026-12-25', '2027-01-01']);
  });

  it('is on time on the file-by day itself and late the day after', () => {
    const shop = { shopId: 's1', market: 'PL' };
    expect(planShopAbsence(first, last, shop, '2026-12-07')).toMatchObject({ status: 'on-time', fileBy: '2026-12-07' });
    expect(planShopAbsence(first, last, shop, '2026-12-08')).toMatchObject({ status: 'late', fileBy: '2026-12-07' });
    expect(ABSENCE_RULE).toMatchObject({ thresholdWorkingDays: 5, leadCalendarDays: 14 });
  });

  it('needs no notice for 5 working days, even when a holiday shortens a longer stretch to 5', () => {
    expect(planShopAbsence('2027-03-01', '2027-03-05', { shopId: 's', market: 'PL' }, '2027-02-26')).toMatchObject({
      status: 'not-required',
      noticeRequired: false,
      fileBy: null,
      workingDays: 5,
    });
    // 28 Dec 2026 - 6 Jan 2027 in PL: 8 weekdays, New Year and Epiphany off, 6 working days: required.
    expect(planShopAbsence('2026-12-28', '2027-01-06', { shopId: 's', market: 'PL' }, '2026-12-01').workingDays).toBe(6);
    // The same days in HU: only New Year off, 7 working days.
    expect(planShopAbsence('2026-12-28', '2027-01-06', { shopId: 's', market: 'HU' }, '2026-12-01').workingDays).toBe(7);
  });

  it('plans every market: holidays named in both languages, weekdays = working days + named holidays', () => {
    for (const market of listMarketCodes()) {
      const plan = planShopAbsence(first, last, { shopId: market, market }, '2026-11-01');
      expect(plan.status, market).toBe('on-time');
      expect(plan.workingDays + plan.holidays.length, market).toBe(15);
      expect(plan.weekendDays, market).toBe(4);
      for (const h of plan.holidays) {
        expect(h.localName.length, `${market} ${h.date}`).toBeGreaterThan(2);
        expect(h.englishName.length, `${market} ${h.date}`).toBeGreaterThan(2);
      }
    }
  });

  it('says invalid, not throws, for an end before the start, a bad date or an unknown market', () => {
    expect(planShopAbsence('2027-01-08', '2026-12-21', { shopId: 's', market: 'PL' }, '2026-11-01')).toMatchObject({
      status: 'invalid',
      error: 'END_BEFORE_START',
    });
    expect(planShopAbsence('2026-13-01', last, { shopId: 's', market: 'PL' }, '2026-11-01').status).toBe('invalid');
    expect(planShopAbsence(first, last, { shopId: 's', market: 'XX' }, '2026-11-01')).toMatchObject({ error: 'UNKNOWN_MARKET' });
  });
});

describe('planAbsence and today', () => {
  it('plans each shop in its own market, with today taken in the market zone for an instant', () => {
    // 2026-12-07T23:30Z is already 8 December in Warsaw, still 7 December in Lisbon.
    const now = Date.parse('2026-12-07T23:30:00Z');
    const plans = planAbsence({
      firstDay: first,
      lastDay: last,
      shops: [
        { shopId: 'a', market: 'PL' },
        { shopId: 'b', market: 'PT' },
      ],
      today: now,
    });
    expect(plans.map((p) => [p.shopId, p.today, p.status])).toEqual([
      ['a', '2026-12-08', 'late'],
      ['b', '2026-12-07', 'on-time'],
    ]);
    expect(marketToday('2026-01-01', 'PL')).toBe('2026-01-01');
  });
});

describe('reminders and being away', () => {
  it('reminds when the file-by date is 3 working days away or nearer, not before and not after it', () => {
    // fileBy Monday 7 Dec 2026: 3 working days before is Wednesday 2 Dec.
    expect(fileByIsNear('2026-12-07', 'PL', '2026-12-01')).toBe(false);
    expect(fileByIsNear('2026-12-07', 'PL', '2026-12-02')).toBe(true);
    expect(fileByIsNear('2026-12-07', 'PL', '2026-12-07')).toBe(true);
    expect(fileByIsNear('2026-12-07', 'PL', '2026-12-08')).toBe(false);
    expect(fileByIsNear(null, 'PL', '2026-12-07')).toBe(false);
  });

  it('is away from the first to the last day, both included', () => {
    const absence = { firstDay: first, lastDay: last };
    expect([isAwayOn(absence, '2026-12-20'), isAwayOn(absence, first), isAwayOn(absence, last), isAwayOn(absence, '2027-01-09')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
