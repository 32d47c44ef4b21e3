// Working days and absence notices, worked out by hand from the official calendars.
import { describe, expect, it } from 'vitest';
import { absenceNotice, addWorkingDays, isWorkingDay, workingDaysBetween } from './index';

describe('workingDaysBetween', () => {
  it.each([
    {
      market: 'PL',
      first: '2025-12-22',
      last: '2026-01-09',
      days: 10,
      why: '22-23, 29-31 Dec, 2, 5, 7-9 Jan; Wigilia, Christmas, New Year, Trzech Króli off',
    },
    { market: 'HU', first: '2025-12-08', last: '2025-12-14', days: 6, why: 'Mon-Fri plus the decreed working Saturday 13 Dec' },
    { market: 'SK', first: '2025-11-17', last: '2025-11-21', days: 5, why: '17 Nov is no day of rest from 2025' },
    { market: 'DE', first: '2025-04-14', last: '2025-04-25', days: 8, why: 'Karfreitag 18 Apr and Ostermontag 21 Apr off' },
    { market: 'BA', first: '2025-11-24', last: '2025-11-28', days: 4, why: 'Dan državnosti 25 Nov off' },
    {
      market: 'BA',
      first: '2025-03-31',
      last: '2025-04-01',
      days: 2,
      why: 'Ramazanski bajram is a day off only for believers: both count',
    },
    { market: 'PL', first: '2025-01-11', last: '2025-01-11', days: 0, why: 'a Saturday' },
    { market: 'PL', first: '2025-01-13', last: '2025-01-13', days: 1, why: 'a Monday, inclusive on both ends' },
  ])('$market $first..$last = $days ($why)', ({ market, first, last, days }) => {
    expect(workingDaysBetween(first, last, market)).toBe(days);
  });
});

describe('absenceNotice', () => {
  it('needs a notice for 6 working days, due 14 calendar days before the first day', () => {
    // Mon 7 - Mon 14 July 2025: 7, 8, 9, 10, 11, 14 = 6 working days.
    expect(absenceNotice('2025-07-07', '2025-07-14', 'PL', '2025-06-23')).toEqual({
      workingDays: 6,
      noticeRequired: true,
      fileBy: '2025-06-23',
      onTime: true,
    });
    expect(absenceNotice('2025-07-07', '2025-07-14', 'PL', '2025-06-24')).toEqual({
      workingDays: 6,
      noticeRequired: true,
      fileBy: '2025-06-23',
      onTime: false,
    });
  });

  it('needs none for exactly 5 working days', () => {
    expect(absenceNotice('2025-07-07', '2025-07-11', 'PL', '2025-07-06')).toEqual({
      workingDays: 5,
      noticeRequired: false,
      fileBy: null,
      onTime: true,
    });
  });

  it('counts in the market calendar: 10 calendar days over Christmas are 5 working days in PL', () => {
    // 22, 23, 29, 30, 31 December 2025; 24-26 December are days off.
    expect(absenceNotice('2025-12-22', '2025-12-31', 'PL', '2025-12-20').noticeRequired).toBe(false);
    // The same dates in DE: 22, 23, 24, 29, 30, 31 = 6 (24 December is not a nationwide holiday).
    expect(absenceNotice('2025-12-22', '2025-12-31', 'DE', '2025-12-20')).toEqual({
      workingDays: 6,
      noticeRequired: true,
      fileBy: '2025-12-08',
      onTime: false,
    });
  });
});

describe('calendar corrections on top of date-holidays', () => {
  it.each([
    { market: 'HU', date: '2024-08-03', working: true, why: 'decreed working Saturday (15/2023 GFM)' },
    { market: 'HU', date: '2024-08-19', working: false, why: 'decreed bridge Monday' },
    { market: 'HU', date: '2026-01-10', working: true, why: 'decreed working Saturday (10/2025 NGM)' },
    { market: 'HU', date: '2026-01-02', working: false, why: 'decreed bridge Friday' },
    { market: 'SK', date: '2025-09-01', working: true, why: 'Constitution Day no day of rest since 2024' },
    { market: 'SK', date: '2025-05-08', working: false, why: 'still a day of rest in 2025' },
    { market: 'SK', date: '2026-09-15', working: true, why: 'suspended in 2026' },
    { market: 'SK', date: '2027-05-07', working: true, why: 'an ordinary Friday' },
    { market: 'SK', date: '2028-05-08', working: false, why: 'a day of rest again from 2027 (Monday)' },
    { market: 'LV', date: '2028-07-10', working: false, why: 'day after the Song and Dance Celebration closing Sunday' },
    { market: 'BA', date: '2025-01-07', working: true, why: 'Orthodox Christmas: a day off for believers only' },
    { market: 'BA', date: '2027-03-01', working: false, why: 'Independence Day in the Federation (Monday)' },
  ])('$market $date working=$working ($why)', ({ market, date, working }) => {
    expect(isWorkingDay(date, market)).toBe(working);
  });
});

describe('addWorkingDays', () => {
  it('skips weekends and holidays, and does not count the start day', () => {
    expect(addWorkingDays('2025-12-19', 5, 'PL')).toBe('2025-12-31');
    expect(addWorkingDays('2025-12-19', 0, 'PL')).toBe('2025-12-19');
  });
});
