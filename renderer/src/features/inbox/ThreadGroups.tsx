import { defaultRangeExtractor, measureElement, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import { threadKeyOf } from '../../data/inbox.queries';
import { useT, type UiMessage } from '../../ui/i18n';
import { messages } from './inbox.messages';
import { ThreadRow } from './ThreadRow';
import { itemShape, listItems, renderedIndexes, renderedParts } from './thread-groups.model';
import type { InboxGroup, InboxGroupId, InboxRow } from './triage';

interface Props {
  groups: readonly InboxGroup[];
  /** False while the groups hold only the first screen's rows: their headings then show no count. */
  counted: boolean;
  selected: { shopId: string; threadId: string } | null;
  onSelect(row: InboxRow): void;
  /** The element that scrolls the list (the list's section), and the part above the rows in it. */
  scroller: RefObject<HTMLElement | null>;
}

const groupLabels: Record<InboxGroupId, UiMessage> = {
  overdue: messages.groupOverdue,
  'due-today': messages.groupDueToday,
  'due-later': messages.groupDueLater,
  undated: messages.groupUndated,
  answered: messages.groupAnswered,
  'no-reply-needed': messages.groupNoReplyNeeded,
};

/** Rows rendered beyond each edge of the view: j/k always finds the next row in the page, and a jump renders few fresh rows. */
const overscan = 5;
const rowEstimate = 62;
const headingEstimate = 28;

/**
 * The inbox's groups and rows, virtualized (TanStack Virtual): each group keeps its heading (with its
 * count) and its list of rows, but only the rows near the view are rendered, between two spacers as
 * tall as the rows left out; rows are measured as they render. A group whose heading is out of view
 * keeps it visually hidden, so its list stays labelled. The rows' countdowns tick only for rows in the page.
 */
export function ThreadGroups({ groups, counted, selected, onSelect, scroller }: Props) {
  const t = useT();
  const intl = useIntl();
  const body = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  const { items, headingAt } = useMemo(() => listItems(groups), [groups]);
  // The rows start below the list's sticky top (counts, search, filters), whose height changes.
  useLayoutEffect(() => {
    const element = body.current;
    const top = element?.previousElementSibling;
    const measure = () => setMargin(element?.offsetTop ?? 0);
    measure();
    if (!top) return;
    const observer = new ResizeObserver(measure);
    observer.observe(top);
    return () => observer.disconnect();
  }, []);
  // Stable while the items are: a new getItemKey makes the virtualizer measure every item again (100,000 at each scroll frame).
  // Each shape's height as last measured (itemShape): the estimate of the items not measured yet.
  // (Worked out per item as the virtualizer asks: an array of 100,000 shapes made at each sort cost a pass of its own.)
  const heights = useRef(new Map<string, number>());
  const estimateSize = useCallback(
    (index: number) => {
      const item = items[index];
      const shape = item ? itemShape(item) : 'row';
      return heights.current.get(shape) ?? (shape === 'heading' ? headingEstimate : rowEstimate);
    },
    [items],
  );
  const measure = useCallback(
    (element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLElement, Element>) => {
      const size = measureElement(element, entry, instance);
      const item = items[instance.indexFromElement(element)];
      heights.current.set(item ? itemShape(item) : 'row', size);
      return size;
    },
    [items],
  );
  const getItemKey = useCallback(
    (index: number) => {
      const item = items[index];
      return !item ? index : item.kind === 'heading' ? `group:${groups[item.group]?.id}` : item.row.key;
    },
    [items, groups],
  );
  const getScrollElement = useCallback(() => scroller.current, [scroller]);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    measureElement: measure,
    overscan,
    scrollMargin: margin,
    rangeExtractor: (range: Range) => renderedIndexes(range, defaultRangeExtractor),
  });
  // A thread opened from elsewhere (the move-on after a send, a case's link) is brought into view.
  const selectedKey = selected ? threadKeyOf(selected.shopId, selected.threadId) : null;
  useEffect(() => {
    if (!selectedKey) return;
    const index = items.findIndex((i) => i.kind === 'row' && i.row.key === selectedKey);
    const range = virtualizer.range;
    if (index >= 0 && (!range || index < range.startIndex || index > range.endIndex)) virtualizer.scrollToIndex(index, { align: 'auto' });
    // Only a new selection scrolls; the list changing under it does not.
  }, [selectedKey]);
  const shown = virtualizer.getVirtualItems();
  const first = shown[0];
  const last = shown[shown.length - 1];
  const total = virtualizer.getTotalSize();
  const before = first ? first.start - margin : 0;
  const after = last ? Math.max(0, total - (last.end - margin)) : 0;

  const parts = renderedParts(
    items,
    shown.map((v) => v.index),
  );

  return (
    <div ref={body} className="thread-groups">
      <div aria-hidden="true" style={{ height: before }} />
      {parts.map((part) => {
        const group = groups[part.group];
        if (!group) return null;
        const headingIndex = headingAt[part.group];
        return (
          <div key={group.id} className="thread-group" data-group={group.id}>
            <h3
              className={part.heading ? 'group-heading' : 'visually-hidden'}
              id={`inbox-group-${group.id}`}
              data-index={part.heading ? headingIndex : undefined}
              ref={part.heading ? virtualizer.measureElement : undefined}
            >
              {t(groupLabels[group.id])} {counted && <span className="group-count">{intl.formatNumber(group.rows.length)}</span>}
            </h3>
            <ul aria-labelledby={`inbox-group-${group.id}`}>
              {part.rows.map(({ index, row }) => (
                <li key={row.key} data-index={index} ref={virtualizer.measureElement}>
                  <ThreadRow
                    row={row}
                    selected={selected?.shopId === row.thread.shopId && selected.threadId === row.thread.id}
                    onSelect={onSelect}
                  />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <div aria-hidden="true" style={{ height: after }} />
    </div>
  );
}
