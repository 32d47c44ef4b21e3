import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../../test/support/stored-thread';
import { threadKeyOf } from '../../data/inbox.queries';
import { compareText, labelRanks, rowComparator, sortGroup } from './inbox-sort.model';
import { inboxSorts, type InboxGroupId, type InboxRow } from './triage';

const base = storedThread({ id: 'base' }).thread;
const labels = ['Elektro-Dom', 'Baltic Home', 'elektro-dom', 'Casa Lisboa', 'Ábaco'];

/** A small deterministic random source (the same rows each run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** `count` rows of one group with random instants (repeats included, so ties happen), shops and activity. */
function rows(
  count: number,
  group: InboxGroupId,
  seed: number,
  iso: (ms: number) => string = (ms) => new Date(ms).toISOString(),
): InboxRow[] {
  const next = random(seed);
  const at = () => iso(Date.parse('2026-11-20T00:00:00Z') + Math.floor(next() * 40) * 3600_000);
  return Array.from({ length: count }, (_, i) => {
    const shop = Math.floor(next() * labels.length);
    const id = `t${Math.floor(next() * count * 4)}-${i}`;
    const undated = group === 'undated';
    const thread = {
      ...base,
      id,
      shopId: `demo-${2001 + shop}`,
      dueAt: undated ? undefined : at(),
      replyNeededSince: undated && next() < 0.1 ? undefined : at(),
    };
    return {
      key: threadKeyOf(thread.shopId, id),
      thread,
      shopLabel: labels[shop] ?? '',
      group,
      incident: false,
      openReturn: false,
      draft: false,
      unread: false,
      activityMs: Date.parse('2026-11-20T00:00:00Z') + Math.floor(next() * 20) * 60_000,
      selection: { shopId: thread.shopId, threadId: id },
    };
  });
}

/** The reference: the comparator, ties by key, as groupRows sorted before the numeric keys. */
function reference(list: InboxRow[], sort: (typeof inboxSorts)[number]): string[] {
  const compare = rowComparator(sort, labelRanks(list));
  return [...list].sort((a, b) => compare(a, b) || compareText(a.key, b.key)).map((r) => r.key);
}

describe('sorting a group by numeric keys', () => {
  for (const group of ['overdue', 'due-later', 'undated'] as const) {
    it(`orders ${group} rows as the comparator does, for every sort`, () => {
      for (let seed = 1; seed <= 5; seed += 1) {
        const list = rows(400, group, seed);
        for (const sort of inboxSorts) {
          expect(sortGroup(list, sort, labelRanks(list)).map((r) => r.key)).toEqual(reference(list, sort));
        }
      }
    });
  }

  it('orders due fields without milliseconds, and falls back to the comparator on mixed or odd formats', () => {
    const plain = rows(200, 'due-later', 7, (ms) => new Date(ms).toISOString().replace('.000Z', 'Z'));
    const odd = rows(200, 'due-later', 8, (ms) => (ms % 7200_000 === 0 ? new Date(ms).toISOString() : new Date(ms).toUTCString()));
    const mixed = [...plain.slice(0, 100), ...rows(100, 'due-later', 9)];
    for (const list of [plain, odd, mixed]) {
      for (const sort of inboxSorts) expect(sortGroup(list, sort, labelRanks(list)).map((r) => r.key)).toEqual(reference(list, sort));
    }
  });

  it('puts rows without a deadline first in a group that mixes them (where the comparator contradicts itself)', () => {
    const list = rows(50, 'answered', 11).map((row, i) => (i % 2 === 0 ? { ...row, thread: { ...row.thread, dueAt: undefined } } : row));
    const sorted = sortGroup(list, 'due', new Map());
    const firstWithDue = sorted.findIndex((r) => r.thread.dueAt !== undefined);
    expect(firstWithDue).toBe(25);
    expect(sorted.slice(firstWithDue).every((r) => r.thread.dueAt !== undefined)).toBe(true);
    // Those without, newest activity first; those with, earliest deadline first.
    const activity = sorted.slice(0, 25).map((r) => r.activityMs);
    expect(activity).toEqual([...activity].sort((a, b) => b - a));
    const due = sorted.slice(25).map((r) => r.thread.dueAt ?? '');
    expect(due).toEqual([...due].sort());
  });
});
