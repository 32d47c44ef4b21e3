import type { Range } from '@tanstack/react-virtual';
import type { InboxGroup, InboxRow } from './triage';

// The virtualized list's bookkeeping (ThreadGroups): the groups as one line of items for the
// virtualizer, and the items it renders put back in their groups. Pure, so it is tested apart.

/**
 * Up to this many rows the whole list is in the page (find in page, and scripts that read every row,
 * see them all); above it only the rows near the view are, so 100,000 threads scroll as smoothly as 50.
 */
export const fullListLimit = 1000;

/** One line of the list: a group's heading or a row, with the index of the group it belongs to. */
export type ListItem = { kind: 'heading'; group: number } | { kind: 'row'; group: number; row: InboxRow };

/**
 * Each row's item as last made (kept while the row object and its group's place are the same): a new
 * sort of 100,000 rows then allocates no items, and the garbage collector has that much less to do.
 */
const rowItems = new WeakMap<InboxRow, ListItem & { kind: 'row' }>();

/** The groups as one line (each heading before its rows), and where each group's heading is in it. */
export function listItems(groups: readonly InboxGroup[]): { items: ListItem[]; headingAt: number[] } {
  const items: ListItem[] = [];
  const headingAt: number[] = [];
  groups.forEach((group, index) => {
    headingAt.push(items.length);
    items.push({ kind: 'heading', group: index });
    for (const row of group.rows) {
      let item = rowItems.get(row);
      if (!item || item.group !== index) rowItems.set(row, (item = { kind: 'row', group: index, row }));
      items.push(item);
    }
  });
  return { items, headingAt };
}

/**
 * The indexes to render: all of them for a list of up to fullListLimit items, else the virtualizer's
 * range with its overscan (`fallback`, TanStack's defaultRangeExtractor).
 */
export function renderedIndexes(range: Range, fallback: (range: Range) => number[]): number[] {
  return range.count <= fullListLimit ? Array.from({ length: range.count }, (_, i) => i) : fallback(range);
}

/** A group's part of what is rendered: whether its heading is in view, and its rows in view with their indexes. */
export interface RenderedPart {
  group: number;
  heading: boolean;
  rows: { index: number; row: InboxRow }[];
}

/** The rendered items (`indexes`, ascending) put back in their groups, in order. */
export function renderedParts(items: readonly ListItem[], indexes: readonly number[]): RenderedPart[] {
  const parts: RenderedPart[] = [];
  for (const index of indexes) {
    const item = items[index];
    if (!item) continue;
    let part = parts[parts.length - 1];
    if (!part || part.group !== item.group) {
      part = { group: item.group, heading: false, rows: [] };
      parts.push(part);
    }
    if (item.kind === 'heading') part.heading = true;
    else part.rows.push({ index, row: item.row });
  }
  return parts;
}

/**
 * Items of one shape render equally tall unless their text wraps: a heading, a row with its one line
 * of badges, a row without. The list estimates an unmeasured item by the height last measured for its
 * shape, so measuring a row as it scrolls in usually confirms the estimate, and the virtualizer does
 * not lay out the other 100,000 items again for each row measured.
 */
export function itemShape(item: ListItem | undefined): string {
  if (!item || item.kind === 'heading') return 'heading';
  const { row } = item;
  const { thread } = row;
  const badges =
    row.incident ||
    row.openReturn ||
    row.draft ||
    row.untoldStage !== undefined ||
    thread.takenOver === 1 ||
    thread.closed === 1 ||
    thread.atMessageLimit === 1;
  return badges ? 'row+badges' : 'row';
}
