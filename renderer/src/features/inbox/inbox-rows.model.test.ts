import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../../test/support/stored-thread';
import { orderKeyOf, threadKeyOf, type InboxMarks, type InboxSource } from '../../data/inbox.queries';
import type { ThreadRecord } from '../../data/records';
import { createRowCache, type RowInputs } from './inbox-rows.model';
import { buildRows, filterGroups, groupRows, inboxSorts, matchesFilters, type InboxRow } from './triage';

// Wednesday 2026-11-25, 12:00 UTC.
const start = Date.parse('2026-11-25T12:00:00Z');
const hour = 3600_000;
const markets = [
  ['demo-2001', 'PL'],
  ['demo-2002', 'LV'],
  ['demo-2003', 'PT'],
  ['demo-2004', 'XX'], // a market the working-time module does not know
] as const;

/** Threads of four shops with deadlines from a week ago to days ahead, a third answered, some with orders. */
function threads(count: number): ThreadRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const [shopId, market] = markets[i % markets.length] ?? markets[0];
    const at = new Date(start - 7 * 24 * hour + ((i * 7919) % (9 * 24)) * hour + (i % 60) * 60_000).toISOString();
    const t = storedThread({
      shopId,
      market: market === 'XX' ? 'PL' : market,
      id: `t${i}`,
      order: i % 5 === 0 ? { id: `o${i}`, label: `O-${i}` } : undefined,
      lastSender: i % 3 === 0 ? 'SHOP_USER' : 'CUSTOMER_USER',
      lastAt: at,
    }).thread;
    return market === 'XX' ? { ...t, market: 'XX' } : t;
  });
}

const labels = new Map([
  ['demo-2001', 'Elektro-Dom'],
  ['demo-2002', 'Baltic Home'],
  ['demo-2003', 'Casa Lisboa'],
  ['demo-2004', 'elektro-dom'],
]);

function source(list: ThreadRecord[]): InboxSource {
  return {
    threads: list,
    incidentOrders: new Set([orderKeyOf('demo-2001', 'o0'), orderKeyOf('demo-2002', 'o5')]),
    returnOrders: new Set([orderKeyOf('demo-2003', 'o10')]),
    orderAmounts: new Map([[orderKeyOf('demo-2001', 'o0'), { amount: 12.5, currency: 'PLN' }]]),
    topicLabels: new Map(),
  };
}

const marks: InboxMarks = {
  drafts: new Set([threadKeyOf('demo-2002', 't1')]),
  readMarks: new Map([
    [
      threadKeyOf('demo-2003', 't2'),
      { shopId: 'demo-2003', threadId: 't2', activityAt: '2027-01-01T00:00:00Z', readAt: '2027-01-01T00:00:00Z' },
    ],
  ]),
};

/** The rows as useInboxView built them before the cache: buildRows, then untold stages and assignees joined in. */
function fullRebuild({ source: s, marks: m, shopLabels, nowMs, untold, assignments }: RowInputs): InboxRow[] {
  return buildRows(s, m, shopLabels, nowMs).map((row) => {
    const stage = untold?.get(row.key)?.stage;
    const assignee = assignments?.bySubject.get(`${row.thread.shopId}/${row.thread.id}`);
    if (!stage && !assignee) return row;
    return { ...row, ...(stage ? { untoldStage: stage } : {}), ...(assignee ? { assignee, mine: assignee === assignments?.me } : {}) };
  });
}

/** The same threads as a new read of the cache gives them: equal records, new objects. */
const reread = (list: ThreadRecord[]) => list.map((t) => ({ ...t }));

describe('the incremental row cache', () => {
  it('equals a full rebuild at every hour of a week and a half, the deadlines moving under it', () => {
    const list = threads(240);
    const cache = createRowCache();
    for (let nowMs = start - 3 * 24 * hour; nowMs <= start + 8 * 24 * hour; nowMs += 2 * hour + 60_000) {
      const inputs: RowInputs = { source: source(reread(list)), marks, shopLabels: labels, nowMs };
      expect(cache.build(inputs)).toEqual(fullRebuild(inputs));
    }
  });

  it('answers the same array, rows and threads when a new read and a later minute change nothing shown', () => {
    const list = threads(40);
    const cache = createRowCache();
    const first = cache.build({ source: source(list), marks, shopLabels: labels, nowMs: start });
    const again = cache.build({ source: source(reread(list)), marks, shopLabels: labels, nowMs: start + 60_000 });
    expect(again).toBe(first);
    // A new read interned keeps the cached thread objects (one copy in memory); a changed thread stays new.
    const changed = reread(list);
    changed[3] = { ...changed[3]!, topic: 'Changed' };
    const interned = cache.intern(source(changed).threads);
    expect(interned[0]).toBe(first[0]?.thread);
    expect(interned[3]).not.toBe(first[3]?.thread);
    expect(interned[3]?.topic).toBe('Changed');
  });

  it('makes a new row only for the thread that changed, the mark set or the assignment made', () => {
    const list = threads(40);
    const cache = createRowCache();
    const first = cache.build({ source: source(list), marks, shopLabels: labels, nowMs: start });
    const changed = reread(list);
    changed[7] = { ...changed[7]!, customerName: 'Someone else' };
    const withDraft: InboxMarks = { ...marks, drafts: new Set([...marks.drafts, threadKeyOf('demo-2004', 't11')]) };
    const inputs: RowInputs = {
      source: source(changed),
      marks: withDraft,
      shopLabels: labels,
      nowMs: start,
      untold: new Map([[threadKeyOf('demo-2001', 't8'), { stage: 'shipped' as const }]]),
      assignments: { bySubject: new Map([['demo-2002/t9', 'anna']]), me: 'anna' },
    };
    const next = cache.build(inputs);
    expect(next).toEqual(fullRebuild(inputs));
    const renewed = next.flatMap((row, i) => (row === first[i] ? [] : [row.thread.id]));
    expect(renewed).toEqual(['t7', 't8', 't9', 't11']);
    expect(next[9]).toMatchObject({ assignee: 'anna', mine: true });
  });

  it('drops threads no longer read and takes in new ones', () => {
    const list = threads(30);
    const cache = createRowCache();
    cache.build({ source: source(list), marks, shopLabels: labels, nowMs: start });
    const fewer = { source: source(reread(list.slice(10))), marks, shopLabels: labels, nowMs: start };
    expect(cache.build(fewer)).toEqual(fullRebuild(fewer));
    const more = { source: source(reread(threads(50))), marks, shopLabels: labels, nowMs: start };
    expect(cache.build(more)).toEqual(fullRebuild(more));
  });
});

describe('sorting once and filtering the sorted groups', () => {
  it('gives the groups a sort after the filter gives, for every sort', () => {
    const rows = fullRebuild({ source: source(threads(300)), marks, shopLabels: labels, nowMs: start });
    const filters = { shops: [], markets: [], states: ['due-soon' as const, 'draft' as const, 'unread' as const], topics: [] };
    for (const sort of inboxSorts) {
      const keep = (row: InboxRow) => matchesFilters(row, filters);
      const { groups, shown } = filterGroups(groupRows(rows, sort), keep);
      expect(groups).toEqual(groupRows(rows.filter(keep), sort));
      expect(shown).toBe(rows.filter(keep).length);
      expect(shown).toBeGreaterThan(0);
    }
  });

  it("orders shops as localeCompare does, labels that differ only in case kept apart by the shop's id", () => {
    const rows = fullRebuild({ source: source(threads(40)), marks, shopLabels: labels, nowMs: start });
    const order = groupRows(rows, 'shop').flatMap((g) => g.rows.map((r) => r.shopLabel));
    const expected = groupRows(rows, 'shop').flatMap((g) =>
      [...g.rows]
        .sort((a, b) => a.shopLabel.localeCompare(b.shopLabel) || (a.thread.shopId < b.thread.shopId ? -1 : 1))
        .map((r) => r.shopLabel),
    );
    expect(order).toEqual(expected);
  });
});
