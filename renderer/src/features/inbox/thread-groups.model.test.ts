import { describe, expect, it } from 'vitest';
import { fullListLimit, itemShape, listItems, renderedIndexes, renderedParts } from './thread-groups.model';
import type { InboxGroup, InboxRow } from './triage';

const row = (key: string) => ({ key }) as InboxRow;
const groups: InboxGroup[] = [
  { id: 'overdue', rows: [row('a'), row('b')] },
  { id: 'due-later', rows: [row('c')] },
  { id: 'answered', rows: [row('d'), row('e'), row('f')] },
];

describe('the virtualized list', () => {
  it('puts each heading before its rows and knows where each heading is', () => {
    const { items, headingAt } = listItems(groups);
    expect(items.map((i) => (i.kind === 'heading' ? `#${i.group}` : i.row.key))).toEqual(['#0', 'a', 'b', '#1', 'c', '#2', 'd', 'e', 'f']);
    expect(headingAt).toEqual([0, 3, 5]);
    // A row keeps its item while its group's place stays (a new sort allocates none); a moved one gets a new one.
    const again = listItems([groups[0] as InboxGroup, { id: 'answered', rows: [row('d')] }]).items;
    expect(again[1]).toBe(items[1]);
    const d = groups[2]?.rows[0] as InboxRow;
    const moved = listItems([{ id: 'answered', rows: [d] }]).items;
    expect(moved[1]).toMatchObject({ kind: 'row', group: 0, row: d });
    expect(listItems(groups).items[6]).toMatchObject({ kind: 'row', group: 2, row: d });
  });

  it('renders every item of a list up to the limit, and only the range of a longer one', () => {
    const fallback = () => [4, 5, 6];
    const range = (count: number) => ({ startIndex: 4, endIndex: 6, overscan: 0, count });
    expect(renderedIndexes(range(9), fallback)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(renderedIndexes(range(fullListLimit), fallback)).toHaveLength(fullListLimit);
    expect(renderedIndexes(range(fullListLimit + 1), fallback)).toEqual([4, 5, 6]);
  });

  it('puts a window of items back in their groups, marking the groups whose heading is out of view', () => {
    const { items } = listItems(groups);
    expect(renderedParts(items, [2, 3, 4, 5, 6])).toEqual([
      { group: 0, heading: false, rows: [{ index: 2, row: row('b') }] },
      { group: 1, heading: true, rows: [{ index: 4, row: row('c') }] },
      { group: 2, heading: true, rows: [{ index: 6, row: row('d') }] },
    ]);
    expect(renderedParts(items, [])).toEqual([]);
  });

  it('tells a heading, a row with its line of badges and a row without apart (their heights are estimated apart)', () => {
    const plain = {
      key: 'p',
      thread: { takenOver: 0, closed: 0, atMessageLimit: 0 },
      incident: false,
      openReturn: false,
      draft: false,
    } as unknown as InboxRow;
    expect(itemShape({ kind: 'heading', group: 0 })).toBe('heading');
    expect(itemShape({ kind: 'row', group: 0, row: plain })).toBe('row');
    expect(itemShape({ kind: 'row', group: 0, row: { ...plain, draft: true } })).toBe('row+badges');
    expect(itemShape({ kind: 'row', group: 0, row: { ...plain, untoldStage: 'shipped' } })).toBe('row+badges');
    expect(itemShape({ kind: 'row', group: 0, row: { ...plain, thread: { ...plain.thread, takenOver: 1 } } })).toBe('row+badges');
  });
});
