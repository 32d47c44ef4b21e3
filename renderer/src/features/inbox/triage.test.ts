import { describe, expect, it } from 'vitest';
import { countdown } from '../../../../shared/working-time';
import { storedThread } from '../../../../test/support/stored-thread';
import { orderKeyOf, reasonKeyOf, threadKeyOf, type InboxMarks, type InboxSource } from '../../data/inbox.queries';
import type { ThreadRecord } from '../../data/records';
import { buildRows, deadlineState, groupRows, inboxCounts, isDueToday, matchesFilters, noFilters, type InboxFilters } from './triage';

// Wednesday 2026-11-25, 12:00 UTC (13:00 in Warsaw, 14:00 in Riga, 12:00 in Lisbon).
const now = Date.parse('2026-11-25T12:00:00Z');

function thread(options: Parameters<typeof storedThread>[0]): ThreadRecord {
  return storedThread(options).thread;
}

function source(threads: ThreadRecord[], extra: Partial<InboxSource> = {}): InboxSource {
  return { threads, incidentOrders: new Set(), returnOrders: new Set(), orderAmounts: new Map(), topicLabels: new Map(), ...extra };
}

const unmarked: InboxMarks = { drafts: new Set(), readMarks: new Map() };

const labels = new Map([
  ['demo-2001', 'Elektro-Dom'],
  ['demo-2002', 'Baltic Home'],
  ['demo-2003', 'Casa Lisboa'],
]);

// Reply clocks started at these instants give these deadlines (24 working hours, PL calendar):
const overdue = thread({ id: 'late', replyNeededSince: '2026-11-20T09:00:00Z', lastAt: '2026-11-20T09:00:00Z' }); // due Mon 23rd
const dueSoon = thread({ id: 'soon', replyNeededSince: '2026-11-24T14:00:00Z', lastAt: '2026-11-24T14:00:00Z' }); // due today 14:00Z
const dueTomorrow = thread({
  id: 'tomorrow',
  shopId: 'demo-2002',
  market: 'LV',
  replyNeededSince: '2026-11-25T08:00:00Z',
  lastAt: '2026-11-25T08:00:00Z',
});
const answered = thread({ id: 'done', shopId: 'demo-2003', market: 'PT', lastSender: 'SHOP_USER', lastAt: '2026-11-25T11:00:00Z' });
const noReply = thread({
  id: 'quiet',
  lastSender: 'OPERATOR_USER',
  replyNeededSince: null,
  lastAt: '2026-11-24T11:00:00Z',
  operator: true,
});
const undated: ThreadRecord = {
  ...thread({ id: 'undated', lastAt: '2026-11-19T10:00:00Z' }),
  dueAt: undefined,
  dueProblem: 'outside the calendar',
};

describe('deadlines and groups', () => {
  it("takes the countdown's state from shared/working-time, due soon also while the clock stands still", () => {
    expect(deadlineState(overdue, now)).toBe('overdue');
    expect(deadlineState(dueSoon, now)).toBe(countdown(dueSoon.dueAt ?? '', new Date(now).toISOString(), 'PL').state);
    expect(deadlineState(dueSoon, now)).toBe('due-soon');
    expect(deadlineState(dueTomorrow, now)).toBe('on-track');
    // Saturday: the clock stands still; 2 working hours left on Monday morning is still due soon.
    const monday = thread({ id: 'mon', replyNeededSince: '2026-11-27T09:00:00Z' }); // due Mon 30th 09:00Z
    expect(deadlineState(monday, Date.parse('2026-11-30T06:30:00Z'))).toBe('due-soon');
    expect(deadlineState(monday, Date.parse('2026-11-28T12:00:00Z'))).toBe('clock-stopped');
    // A market the working-time module does not know: the plain instant decides.
    expect(deadlineState({ dueAt: '2026-11-25T11:00:00Z', market: 'XX' }, now)).toBe('overdue');
  });

  it("counts 'due today' in the market's own time zone", () => {
    // 23:30 UTC on the 25th is already the 26th in Riga, still the 25th in Lisbon.
    expect(isDueToday('2026-11-25T23:30:00Z', 'PT', now)).toBe(true);
    expect(isDueToday('2026-11-25T23:30:00Z', 'LV', now)).toBe(false);
    expect(isDueToday('2026-11-25T21:30:00Z', 'LV', now)).toBe(true);
  });

  it('groups overdue, due today, due later, waiting without a deadline, answered and no reply needed, in that order', () => {
    const rows = buildRows(source([answered, noReply, dueTomorrow, undated, dueSoon, overdue]), unmarked, labels, now);
    expect(groupRows(rows, 'due').map((g) => [g.id, g.rows.map((r) => r.thread.id)])).toEqual([
      ['overdue', ['late']],
      ['due-today', ['soon']],
      ['due-later', ['tomorrow']],
      ['undated', ['undated']],
      ['answered', ['done']],
      ['no-reply-needed', ['quiet']],
    ]);
    // Unread: every thread whose last message is the buyer's or the operator's (none was read), not the answered one.
    expect(inboxCounts(rows)).toEqual({ total: 6, waiting: 4, dueSoon: 1, overdue: 1, unread: 5 });
  });
});

describe('sorting', () => {
  const a = thread({
    id: 'a',
    shopId: 'demo-2002',
    market: 'LV',
    replyNeededSince: '2026-11-19T08:00:00Z',
    lastAt: '2026-11-22T08:00:00Z',
  });
  const b = thread({ id: 'b', shopId: 'demo-2001', replyNeededSince: '2026-11-20T08:00:00Z', lastAt: '2026-11-24T08:00:00Z' });
  const c = thread({
    id: 'c',
    shopId: 'demo-2003',
    market: 'PT',
    replyNeededSince: '2026-11-18T08:00:00Z',
    lastAt: '2026-11-23T08:00:00Z',
  });
  const rows = buildRows(source([a, b, c]), unmarked, labels, now);
  const order = (sort: 'due' | 'activity' | 'shop') => groupRows(rows, sort).flatMap((g) => g.rows.map((r) => r.thread.id));

  it('by due: earliest deadline first', () => {
    expect(order('due')).toEqual(['c', 'a', 'b']);
  });
  it('by last activity: newest first', () => {
    expect(order('activity')).toEqual(['b', 'c', 'a']);
  });
  it("by shop: the shops' names in order", () => {
    expect(order('shop')).toEqual(['a', 'c', 'b']);
  });
});

describe('filters', () => {
  const withIncident = thread({
    id: 'inc',
    order: { id: 'O-1', label: 'O1' },
    topic: { type: 'REASON_CODE', value: 'WARRANTY' },
    replyNeededSince: '2026-11-25T09:00:00Z',
  });
  const withReturn = thread({
    id: 'ret',
    shopId: 'demo-2002',
    market: 'LV',
    order: { id: 'O-2', label: 'O2' },
    replyNeededSince: '2026-11-25T09:00:00Z',
  });
  const all = [overdue, dueSoon, dueTomorrow, answered, noReply, withIncident, withReturn];
  const rows = buildRows(
    source(all, {
      incidentOrders: new Set([orderKeyOf('demo-2001', 'O-1')]),
      returnOrders: new Set([orderKeyOf('demo-2002', 'O-2')]),
      topicLabels: new Map([[reasonKeyOf('demo-2001', 'WARRANTY'), 'Gwarancja']]),
    }),
    {
      drafts: new Set([threadKeyOf('demo-2001', 'late')]),
      readMarks: new Map([
        [threadKeyOf('demo-2001', 'soon'), { shopId: 'demo-2001', threadId: 'soon', activityAt: '2026-11-24T14:00:00Z', readAt: 'x' }],
      ]),
    },
    labels,
    now,
  );
  const ids = (filters: Partial<InboxFilters>) =>
    rows
      .filter((r) => matchesFilters(r, { ...noFilters, ...filters }))
      .map((r) => r.thread.id)
      .sort();

  it('joins the context onto each row', () => {
    const inc = rows.find((r) => r.thread.id === 'inc');
    expect(inc).toMatchObject({ incident: true, openReturn: false, topicLabel: 'Gwarancja', shopLabel: 'Elektro-Dom' });
  });

  it('narrows by each state', () => {
    expect(ids({})).toHaveLength(all.length);
    expect(ids({ states: ['needs-reply'] })).toEqual(['inc', 'late', 'ret', 'soon', 'tomorrow']);
    expect(ids({ states: ['due-soon'] })).toEqual(['soon']);
    expect(ids({ states: ['overdue'] })).toEqual(['late']);
    expect(ids({ states: ['platform'] })).toEqual(['quiet']);
    expect(ids({ states: ['incident'] })).toEqual(['inc']);
    expect(ids({ states: ['return'] })).toEqual(['ret']);
    expect(ids({ states: ['draft'] })).toEqual(['late']);
    // 'done' was answered by the shop; 'soon' was read; the rest end with the buyer or the operator.
    expect(ids({ states: ['unread'] })).toEqual(['inc', 'late', 'quiet', 'ret', 'tomorrow']);
  });

  it('narrows to the threads assigned to the open profile, or to those assigned to nobody', () => {
    const assigned = rows.map((r) =>
      r.thread.id === 'late'
        ? { ...r, assignee: 'p-me', mine: true }
        : r.thread.id === 'inc'
          ? { ...r, assignee: 'p-other', mine: false }
          : r,
    );
    const pick = (states: InboxFilters['states']) =>
      assigned
        .filter((r) => matchesFilters(r, { ...noFilters, states }))
        .map((r) => r.thread.id)
        .sort();
    expect(pick(['assigned-to-me'])).toEqual(['late']);
    expect(pick(['unassigned'])).toEqual(['done', 'quiet', 'ret', 'soon', 'tomorrow']);
    // States of one kind widen: mine or nobody's.
    expect(pick(['assigned-to-me', 'unassigned'])).toEqual(['done', 'late', 'quiet', 'ret', 'soon', 'tomorrow']);
  });

  it('narrows by shop, market and topic; values of one kind widen, kinds narrow each other', () => {
    expect(ids({ shops: ['demo-2002'] })).toEqual(['ret', 'tomorrow']);
    expect(ids({ markets: ['PT', 'LV'] })).toEqual(['done', 'ret', 'tomorrow']);
    expect(ids({ topics: ['WARRANTY'] })).toEqual(['inc']);
    expect(ids({ states: ['overdue', 'return'] })).toEqual(['late', 'ret']);
    expect(ids({ states: ['unread'], shops: ['demo-2002'] })).toEqual(['ret', 'tomorrow']);
    expect(ids({ states: ['unread'], shops: ['demo-2002'], markets: ['PL'] })).toEqual([]);
  });
});
