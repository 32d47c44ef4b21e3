import { describe, expect, it } from 'vitest';
import type { ReportFacts } from '../../data/report-facts.queries';
import { reportCsv, type ReportCsvLabels } from './report-csv';
import { buildReport, prepareReport, type ReportFilters } from './report-model';

const H = 3_600_000;
const facts: ReportFacts = {
  threads: [
    // PL, Fri 6 Nov 15:00 Warsaw to Mon 9 Nov 10:00: 19 working hours.
    {
      shopId: 'pl',
      market: 'PL',
      threadId: 'a',
      takenOver: false,
      messages: [
        { at: '2026-11-06T14:00:00Z', from: 'CUSTOMER_USER' },
        { at: '2026-11-09T09:00:00Z', from: 'SHOP_USER' },
      ],
    },
    // PL, across the 11 November holiday: 12 working hours.
    {
      shopId: 'pl',
      market: 'PL',
      threadId: 'b',
      takenOver: true,
      messages: [
        { at: '2026-11-10T19:00:00Z', from: 'CUSTOMER_USER' },
        { at: '2026-11-12T07:00:00Z', from: 'SHOP_USER' },
      ],
    },
    // LV, unanswered since Mon 23 Nov 08:00 Riga (due Tue 24 Nov 08:00).
    { shopId: 'lv', market: 'LV', threadId: 'c', takenOver: false, messages: [{ at: '2026-11-23T06:00:00Z', from: 'CUSTOMER_USER' }] },
  ],
  cases: [
    {
      key: 'k1',
      shopId: 'pl',
      market: 'PL',
      category: '13',
      product: 'Czajnik',
      openedAt: '2026-11-02T10:00:00Z',
      resolvedAt: '2026-11-04T10:00:00Z',
    },
    { key: 'k2', shopId: 'pl', market: 'PL', category: '13', product: 'czajnik', openedAt: '2026-11-20T10:00:00Z' },
    { key: 'k3', shopId: 'lv', market: 'LV', category: '14', product: 'Toster', openedAt: '2026-10-20T10:00:00Z' },
  ],
  notices: [{ shopId: 'pl', market: 'PL', fileBy: '2026-11-10', filedOn: '2026-11-09' }],
};
const all: ReportFilters = { from: '2026-11-01', to: '2026-11-28', shopId: null, market: null };
const now = Date.parse('2026-11-28T12:00:00Z');

describe('buildReport', () => {
  const prepared = prepareReport(facts);

  it('times requests in working hours per shop and market and counts what is overdue now', () => {
    const data = buildReport(prepared, all, now, 'Europe/Warsaw');
    expect(data.overall).toMatchObject({ answered: 2, open: 1, openOverdue: 1, medianMs: 15.5 * H, p90Ms: 19 * H, withinWindowShare: 1 });
    expect(new Map(data.byShop).get('pl')).toMatchObject({ answered: 2, medianMs: 15.5 * H });
    expect(new Map(data.byMarket).get('LV')).toMatchObject({ answered: 0, open: 1, openOverdue: 1 });
    expect(data.overdueNow).toBe(1);
    expect(data.takenOver).toEqual([['pl', 1]]);
  });

  it('draws the overdue line at the end of each day in the seller’s zone', () => {
    const data = buildReport(prepared, { ...all, from: '2026-11-23', to: '2026-11-25' }, now, 'Europe/Warsaw');
    expect(data.overdueSeries).toEqual([
      { day: '2026-11-23', count: 0 },
      { day: '2026-11-24', count: 1 },
      { day: '2026-11-25', count: 1 },
    ]);
  });

  it('filters by shop, market and period', () => {
    expect(buildReport(prepared, { ...all, shopId: 'lv' }, now, 'UTC').overall).toMatchObject({ answered: 0, open: 1 });
    expect(buildReport(prepared, { ...all, market: 'PL' }, now, 'UTC').cases.total).toBe(2);
    const november10 = buildReport(prepared, { ...all, from: '2026-11-10', to: '2026-11-10' }, now, 'UTC');
    expect(november10.overall).toMatchObject({ answered: 1, medianMs: 12 * H });
    expect(november10.cases.total).toBe(0);
  });

  it('counts cases by reason, product and month, flags the repeated one, and counts notices on time', () => {
    const data = buildReport(prepared, { ...all, from: '2026-10-01' }, now, 'UTC');
    expect(data.cases.byCategory).toEqual([
      ['13', 2],
      ['14', 1],
    ]);
    expect(data.cases.byProduct).toEqual([
      ['Czajnik', 2],
      ['Toster', 1],
    ]);
    expect(data.cases.byMonth).toEqual([
      ['2026-10', 1],
      ['2026-11', 2],
    ]);
    expect(data.cases.resolve).toEqual({ resolved: 1, open: 2, medianDays: 2, p90Days: 2 });
    expect(data.cases.repeated.map((r) => [r.product, r.category, r.count])).toEqual([['Czajnik', '13', 2]]);
    expect(data.notices).toEqual({ onTime: 1, late: 0, notFiled: 0, informational: 0 });
  });

  it('exports the figures as CSV rows with plain numbers', () => {
    const data = buildReport(prepared, all, now, 'Europe/Warsaw');
    const labels = Object.fromEntries(
      [
        'period',
        'response',
        'byShop',
        'byMarket',
        'all',
        'answered',
        'medianHours',
        'p90Hours',
        'withinShare',
        'open',
        'overdue',
        'overdueSeries',
        'takenOver',
        'cases',
        'byCategory',
        'byProduct',
        'byMonth',
        'resolveMedianDays',
        'resolveP90Days',
        'notices',
        'onTime',
        'late',
        'notFiled',
        'informational',
      ].map((k) => [k, k]),
    ) as unknown as ReportCsvLabels;
    labels.columns = ['Section', 'Group', 'Measure', 'Value'];
    const lines = reportCsv(data, all, labels, (id) => `Shop ${id}`).split('\r\n');
    expect(lines[0]).toBe('Section,Group,Measure,Value');
    expect(lines).toContain('byShop,Shop pl,medianHours,15.5');
    expect(lines).toContain('response,all,withinShare,100.0');
    expect(lines).toContain('notices,all,onTime,1');
  });
});
