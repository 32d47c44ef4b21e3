import { describe, expect, it } from 'vitest';
import {
  caseMonth,
  casesByMonth,
  countBy,
  median,
  noticesOnTime,
  percentile,
  repeatedComplaints,
  timeToResolve,
  type CaseFact,
} from './index';

const fact = (key: string, product: string, category: string, openedAt: string, resolvedAt?: string): CaseFact => ({
  key,
  shopId: 's1',
  market: 'PL',
  category,
  product,
  openedAt,
  resolvedAt,
});

describe('statistics', () => {
  it('takes the median of an odd and an even count, and the nearest-rank percentile', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentile([7], 90)).toBe(7);
    expect(() => percentile([1], 0)).toThrow(RangeError);
  });
});

describe('case figures', () => {
  const facts = [
    fact('a', 'Czajnik X1', 'DAMAGED', '2026-05-31T22:30:00Z', '2026-06-02T22:30:00Z'),
    fact('b', 'czajnik  x1', 'DAMAGED', '2026-09-10T10:00:00Z', '2026-09-11T10:00:00Z'),
    fact('c', 'Czajnik X1', 'LATE', '2026-09-12T10:00:00Z'),
    fact('d', 'Toster T2', 'DAMAGED', '2026-09-13T10:00:00Z', '2026-09-23T10:00:00Z'),
  ];

  it('counts by category, largest first, and by month in the market’s zone', () => {
    expect(countBy(facts, (f) => f.category)).toEqual([
      ['DAMAGED', 3],
      ['LATE', 1],
    ]);
    expect(caseMonth(facts[0]!)).toBe('2026-06');
    expect(casesByMonth(facts)).toEqual([
      ['2026-06', 1],
      ['2026-09', 3],
    ]);
  });

  it('measures time to resolve in days over resolved cases and counts the open ones', () => {
    expect(timeToResolve(facts)).toEqual({ resolved: 3, open: 1, medianDays: 2, p90Days: 10 });
  });

  it('flags a product and problem complained about repeatedly, within the window', () => {
    expect(repeatedComplaints(facts)).toEqual([
      {
        product: 'Czajnik X1',
        category: 'DAMAGED',
        count: 2,
        keys: ['a', 'b'],
        firstAt: '2026-05-31T22:30:00Z',
        lastAt: '2026-09-10T10:00:00Z',
      },
    ]);
    expect(repeatedComplaints(facts, { windowDays: 30 })).toEqual([]);
    expect(repeatedComplaints(facts, { threshold: 3 })).toEqual([]);
  });

  it('counts absence notices filed on time, late, not filed, and sent as information', () => {
    expect(
      noticesOnTime([
        { fileBy: '2026-12-01', filedOn: '2026-12-01' },
        { fileBy: '2026-12-01', filedOn: '2026-12-02' },
        { fileBy: '2026-12-01', filedOn: null },
        { fileBy: null, filedOn: '2026-11-20' },
        { fileBy: null, filedOn: null },
      ]),
    ).toEqual({ onTime: 1, late: 1, notFiled: 1, informational: 1 });
  });
});
