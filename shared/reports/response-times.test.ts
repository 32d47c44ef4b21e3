import { describe, expect, it } from 'vitest';
import { overdueAt, responseFigures, responseFiguresBy, responseSamples, type ThreadFact } from './index';

const H = 3_600_000;
const thread = (messages: [string, string][], market = 'PL', threadId = 't1', shopId = 's1'): ThreadFact => ({
  shopId,
  market,
  threadId,
  messages: messages.map(([at, from]) => ({ at, from })),
});

describe('responseSamples', () => {
  it('times a reply across a weekend in working hours only (Fri 15:00 to Mon 10:00 in Warsaw is 19 h)', () => {
    const [sample] = responseSamples(
      thread([
        ['2026-11-06T14:00:00Z', 'CUSTOMER_USER'],
        ['2026-11-09T09:00:00Z', 'SHOP_USER'],
      ]),
    );
    expect(sample?.workingMs).toBe(19 * H);
    expect(sample?.dueMs).toBe(Date.parse('2026-11-09T14:00:00Z'));
  });

  it('does not count a public holiday (PL 11 November): Tue 20:00 to Thu 08:00 is 12 h', () => {
    const [sample] = responseSamples(
      thread([
        ['2026-11-10T19:00:00Z', 'CUSTOMER_USER'],
        ['2026-11-12T07:00:00Z', 'SHOP_USER'],
      ]),
    );
    expect(sample?.workingMs).toBe(12 * H);
  });

  it('counts the same hours by the other market’s calendar (LV works on 11 November)', () => {
    const [sample] = responseSamples(
      thread(
        [
          ['2026-11-10T18:00:00Z', 'CUSTOMER_USER'],
          ['2026-11-12T06:00:00Z', 'SHOP_USER'],
        ],
        'LV',
      ),
    );
    expect(sample?.workingMs).toBe(36 * H);
  });

  it('times several buyer messages from the first, ignores the operator, and keeps an open request open', () => {
    const samples = responseSamples(
      thread([
        ['2026-11-16T10:00:00Z', 'SHOP_USER'],
        ['2026-11-17T08:00:00Z', 'CUSTOMER_USER'],
        ['2026-11-17T09:00:00Z', 'OPERATOR_USER'],
        ['2026-11-17T10:00:00Z', 'CUSTOMER_USER'],
        ['2026-11-17T12:00:00Z', 'SHOP_USER'],
        ['2026-11-17T13:00:00Z', 'SHOP_USER'],
        ['2026-11-18T08:00:00Z', 'CUSTOMER'],
      ]),
    );
    expect(samples.map((s) => [s.askedMs, s.answeredMs, s.workingMs])).toEqual([
      [Date.parse('2026-11-17T08:00:00Z'), Date.parse('2026-11-17T12:00:00Z'), 4 * H],
      [Date.parse('2026-11-18T08:00:00Z'), null, null],
    ]);
  });

  it('keeps a request whose date the calendars do not cover as unmeasured, with the reason', () => {
    const [sample] = responseSamples(
      thread([
        ['2019-01-02T10:00:00Z', 'CUSTOMER_USER'],
        ['2019-01-02T11:00:00Z', 'SHOP_USER'],
      ]),
    );
    expect(sample?.problem).toMatch(/2019|range|cover/i);
    expect(responseFigures([sample!], Date.parse('2026-11-28T00:00:00Z'))).toMatchObject({ answered: 0, unmeasured: 1 });
  });
});

describe('responseFigures', () => {
  const samples = [
    ...responseSamples(
      thread(
        [
          ['2026-11-16T08:00:00Z', 'CUSTOMER_USER'],
          ['2026-11-16T10:00:00Z', 'SHOP_USER'],
        ],
        'PL',
        'a',
      ),
    ),
    ...responseSamples(
      thread(
        [
          ['2026-11-16T08:00:00Z', 'CUSTOMER_USER'],
          ['2026-11-16T12:00:00Z', 'SHOP_USER'],
        ],
        'PL',
        'b',
      ),
    ),
    ...responseSamples(
      thread(
        [
          ['2026-11-16T08:00:00Z', 'CUSTOMER_USER'],
          ['2026-11-18T08:00:00Z', 'SHOP_USER'],
        ],
        'PL',
        'c',
        's2',
      ),
    ),
    ...responseSamples(thread([['2026-11-20T08:00:00Z', 'CUSTOMER_USER']], 'PL', 'd', 's2')),
  ];

  it('gives the median, the 90th percentile, the share within 24 working hours and the overdue open requests', () => {
    expect(responseFigures(samples, Date.parse('2026-11-28T00:00:00Z'))).toEqual({
      answered: 3,
      open: 1,
      openOverdue: 1,
      medianMs: 4 * H,
      p90Ms: 48 * H,
      withinWindowShare: 2 / 3,
      unmeasured: 0,
    });
    expect(responseFigures(samples, Date.parse('2026-11-20T09:00:00Z')).openOverdue).toBe(0);
  });

  it('groups by shop', () => {
    const byShop = responseFiguresBy(samples, (s) => s.shopId, Date.parse('2026-11-28T00:00:00Z'));
    expect(byShop.get('s1')).toMatchObject({ answered: 2, medianMs: 3 * H, withinWindowShare: 1 });
    expect(byShop.get('s2')).toMatchObject({ answered: 1, open: 1, withinWindowShare: 0 });
  });

  it('counts the requests overdue at each instant', () => {
    // c is due Tue 17 Nov 08:00Z and answered Wed 18 Nov 08:00Z; d is due Mon 23 Nov 08:00Z (the weekend does not count).
    const at = ['2026-11-17T07:00:00Z', '2026-11-17T12:00:00Z', '2026-11-18T08:00:00Z', '2026-11-19T00:00:00Z', '2026-11-23T09:00:00Z'];
    expect(overdueAt(samples, at.map(Date.parse))).toEqual([0, 1, 0, 0, 1]);
  });
});
