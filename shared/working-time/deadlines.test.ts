// Table tests for replyDueAt, each expected value worked out by hand from the market's official calendar.
// Local offsets: CET +01:00 / CEST +02:00 (PL HR BA CZ SK HU DE), EET +02:00 / EEST +03:00 (LV LT EE RO),
// WET +00:00 / WEST +01:00 (PT). EU DST switches: 2025-03-30 and 2025-10-26 (Sundays).
import { describe, expect, it } from 'vitest';
import { replyDueAt, workingMsBetween } from './index';

interface Case {
  market: string;
  received: string;
  due: string;
  why: string;
}

const cases: Case[] = [
  // The two examples of DOMAIN rule 1.
  { market: 'PL', received: '2025-01-10T15:00:00+01:00', due: '2025-01-13T14:00:00Z', why: 'Fri 15:00 -> Mon 15:00 (9 h Fri + 15 h Mon)' },
  { market: 'PL', received: '2025-01-11T10:00:00+01:00', due: '2025-01-13T23:00:00Z', why: 'Saturday -> Tue 00:00 (all of Mon)' },
  // Inputs in UTC and in foreign offsets mean the same instant.
  { market: 'PL', received: '2025-01-10T14:00:00Z', due: '2025-01-13T14:00:00Z', why: 'same instant as Fri 15:00 Warsaw, given in UTC' },
  { market: 'PL', received: '2025-01-10T09:00:00-05:00', due: '2025-01-13T14:00:00Z', why: 'same instant, given in New York time' },
  // End-of-day boundary: a deadline landing exactly on 24:00 is that midnight.
  { market: 'PL', received: '2025-01-09T00:00:00+01:00', due: '2025-01-09T23:00:00Z', why: 'Thu 00:00 -> Thu 24:00 (= Fri 00:00)' },
  {
    market: 'PL',
    received: '2025-01-10T00:00:00+01:00',
    due: '2025-01-10T23:00:00Z',
    why: 'Fri 00:00 -> Fri 24:00 (Sat 00:00), not Monday morning',
  },
  // DST weekends: working days count their own real hours, the switch happens on a Sunday.
  {
    market: 'DE',
    received: '2025-03-28T15:00:00+01:00',
    due: '2025-03-31T13:00:00Z',
    why: 'Fri 15:00 CET -> Mon 15:00 CEST across the 30 March switch',
  },
  {
    market: 'CZ',
    received: '2025-10-24T09:30:00+02:00',
    due: '2025-10-27T08:30:00Z',
    why: 'Fri 09:30 CEST -> Mon 09:30 CET across the 26 October switch',
  },
  {
    market: 'LT',
    received: '2025-03-30T12:00:00+03:00',
    due: '2025-03-31T21:00:00Z',
    why: 'received on the switch Sunday -> Tue 00:00 EEST',
  },
  {
    market: 'PL',
    received: '2025-10-26T10:00:00+01:00',
    due: '2025-10-27T23:00:00Z',
    why: 'received on the switch Sunday -> Tue 00:00 CET',
  },
  // Easter.
  {
    market: 'DE',
    received: '2025-04-17T12:00:00+02:00',
    due: '2025-04-22T10:00:00Z',
    why: 'Karfreitag 18 Apr and Ostermontag 21 Apr: Thu 12 h + Tue 12 h',
  },
  {
    market: 'PL',
    received: '2025-04-17T12:00:00+02:00',
    due: '2025-04-18T10:00:00Z',
    why: 'Good Friday is a working day in PL (not a statutory holiday): Thu 12 h + Fri 12 h',
  },
  {
    market: 'SK',
    received: '2025-04-17T16:00:00+02:00',
    due: '2025-04-22T14:00:00Z',
    why: 'Veľký piatok 18 Apr, Veľkonočný pondelok 21 Apr (holiday on a Monday)',
  },
  // Corpus Christi (Thursday 19 June 2025).
  {
    market: 'PT',
    received: '2025-06-18T12:00:00Z',
    due: '2025-06-20T12:00:00Z',
    why: 'Corpo de Deus 19 Jun: Wed 11 h (from 13:00 WEST) + Fri 13 h',
  },
  { market: 'HR', received: '2025-06-18T08:00:00+02:00', due: '2025-06-20T06:00:00Z', why: 'Tijelovo 19 Jun: Wed 16 h + Fri 8 h' },
  { market: 'PL', received: '2025-06-18T20:00:00+02:00', due: '2025-06-20T18:00:00Z', why: 'Boże Ciało 19 Jun: Wed 4 h + Fri 20 h' },
  // Christmas and New Year across the year boundary.
  {
    market: 'PL',
    received: '2025-12-23T10:00:00+01:00',
    due: '2025-12-29T09:00:00Z',
    why: 'Wigilia 24 Dec (a day off from 2025), 25-26 Dec, weekend: Tue 14 h + Mon 10 h',
  },
  {
    market: 'EE',
    received: '2025-12-31T12:00:00+02:00',
    due: '2026-01-02T10:00:00Z',
    why: '31 Dec works in EE, uusaasta 1 Jan: Wed 12 h + Fri 12 h',
  },
  {
    market: 'LV',
    received: '2025-12-30T12:00:00+02:00',
    due: '2026-01-02T10:00:00Z',
    why: 'Vecgada vakars 31 Dec and Jaunais Gads 1 Jan: Tue 12 h + Fri 12 h',
  },
  {
    market: 'RO',
    received: '2025-12-31T10:00:00+02:00',
    due: '2026-01-05T08:00:00Z',
    why: 'Anul nou 1-2 Jan (Thu-Fri) and the weekend: Wed 14 h + Mon 10 h',
  },
  {
    market: 'HU',
    received: '2025-12-23T12:00:00+01:00',
    due: '2025-12-29T11:00:00Z',
    why: '24 Dec decreed rest day, 25-26 Dec: Tue 12 h + Mon 12 h',
  },
  // Hungary's decree: a working Saturday and a bridge Friday.
  {
    market: 'HU',
    received: '2025-12-12T18:00:00+01:00',
    due: '2025-12-13T17:00:00Z',
    why: 'Sat 13 Dec 2025 is a decreed working day: Fri 6 h + Sat 18 h',
  },
  {
    market: 'HU',
    received: '2025-10-22T12:00:00+02:00',
    due: '2025-10-27T11:00:00Z',
    why: '23 Oct holiday, 24 Oct decreed bridge day, DST switch 26 Oct: Wed 12 h + Mon 12 h CET',
  },
  // Holidays on Mondays and Fridays, messages on holidays.
  {
    market: 'LV',
    received: '2025-05-02T09:00:00+03:00',
    due: '2025-05-06T06:00:00Z',
    why: 'Mon 5 May replaces Sunday 4 May (Restoration of Independence): Fri 15 h + Tue 9 h',
  },
  {
    market: 'BA',
    received: '2025-04-30T12:00:00+02:00',
    due: '2025-05-05T10:00:00Z',
    why: 'Praznik rada 1-2 May (Thu-Fri): Wed 12 h + Mon 12 h',
  },
  {
    market: 'PL',
    received: '2025-11-11T10:00:00+01:00',
    due: '2025-11-12T23:00:00Z',
    why: 'received on Święto Niepodległości (Tue): Wed counts whole -> Thu 00:00',
  },
  // Slovakia's consolidation laws and the overrides on top of date-holidays.
  {
    market: 'SK',
    received: '2025-11-14T12:00:00+01:00',
    due: '2025-11-17T11:00:00Z',
    why: '17 Nov is no day of rest from 2025: Fri 12 h + Mon 12 h',
  },
  {
    market: 'SK',
    received: '2026-05-07T12:00:00+02:00',
    due: '2026-05-08T10:00:00Z',
    why: '8 May 2026 is a working day (suspended for 2026)',
  },
  {
    market: 'SK',
    received: '2027-09-14T12:00:00+02:00',
    due: '2027-09-16T10:00:00Z',
    why: '15 Sep 2027 is a day of rest again: Tue 12 h + Thu 12 h',
  },
  // Latvia's Song and Dance Celebration: closing Sunday 9 July 2028, Monday 10 July off.
  { market: 'LV', received: '2028-07-07T12:00:00+03:00', due: '2028-07-11T09:00:00Z', why: 'Fri 12 h, Mon 10 Jul off, Tue 12 h' },
  // Bosnia (Federation): Statehood Day 25 November 2025 (Tuesday).
  { market: 'BA', received: '2025-11-24T18:00:00+01:00', due: '2025-11-26T17:00:00Z', why: 'Dan državnosti 25 Nov: Mon 6 h + Wed 18 h' },
];

describe('replyDueAt, from the official calendars', () => {
  it.each(cases)('$market $received -> $due ($why)', ({ market, received, due }) => {
    expect(replyDueAt(received, market)).toBe(due);
  });

  it('covers every market at least once', () => {
    expect(new Set(cases.map((c) => c.market))).toEqual(new Set(['PL', 'LV', 'LT', 'EE', 'PT', 'HR', 'BA', 'CZ', 'SK', 'RO', 'HU', 'DE']));
  });

  it('leaves exactly 24 working hours between receipt and due in every table case', () => {
    for (const c of cases) expect(workingMsBetween(c.received, c.due, c.market)).toBe(24 * 3_600_000);
  });
});

describe('replyDueAt with business hours', () => {
  const hours = { businessHours: { open: '08:00', close: '16:00' } };

  it('counts only the hours: Fri 15:00 -> 1 + 8 + 8 + 7 h -> Wed 15:00', () => {
    expect(replyDueAt('2025-01-10T15:00:00+01:00', 'PL', hours)).toBe('2025-01-15T14:00:00Z');
  });

  it('starts at the next opening when received after closing, and ends at a closing time exactly', () => {
    expect(replyDueAt('2025-01-10T18:00:00+01:00', 'PL', hours)).toBe('2025-01-15T15:00:00Z');
  });

  it('keeps whole days as the default', () => {
    expect(replyDueAt('2025-01-10T18:00:00+01:00', 'PL')).toBe('2025-01-13T17:00:00Z');
  });
});
