import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useConsoleData } from '../../data/console-data-context';
import { threadCursors } from '../../data/sync-state.queries';
import { AbsenceBanner } from '../absence';
import { useDesktopAttention } from '../desktop';
import { useAssignments } from '../workstation';
import { useT } from '../../ui/i18n';
import { FilterChips } from './FilterChips';
import { InboxToolbar } from './InboxToolbar';
import { messages } from './inbox.messages';
import { useInboxFilters } from './filters.store';
import { useInboxSelection, type ThreadKey } from './selection.store';
import { ThreadGroups } from './ThreadGroups';
import { hasFilters, warmDeadlines, type InboxGroup, type InboxRow } from './triage';
import { useInboxView } from './useInboxView';
import { useReadMarking } from './useReadMarking';
import './inbox.css';

/** The rows of the groups in order, as the selection names them (one array, no allocation per row). */
function selectionOrder(groups: readonly InboxGroup[]): ThreadKey[] {
  const order = new Array<ThreadKey>(groups.reduce((sum, g) => sum + g.rows.length, 0));
  let i = 0;
  for (const group of groups) for (const row of group.rows) order[i++] = row.selection;
  return order;
}

interface Props {
  selected: { shopId: string; threadId: string } | null;
  onSelect: (selection: { shopId: string; threadId: string }) => void;
  /** The time the list counts deadlines against (re-rendered by the caller each minute). */
  now: number;
  /** Called once the list (its first rows, or its empty state) is on screen: work not needed before can start. */
  onShown?: () => void;
}

/**
 * The inbox: every connected shop's threads from the offline cache, searched, filtered, grouped
 * (overdue, due today, due later, answered...) and sorted as the seller chose (useInboxFilters).
 * It publishes the rows in the order shown to the selection store (keyboard navigation walks it),
 * marks the open thread read, and puts the unread count in the window title.
 */
export function ThreadList({ selected, onSelect, now, onShown }: Props) {
  const { db, shops, syncNow, now: clock } = useConsoleData();
  const t = useT();
  const intl = useIntl();
  const scroller = useRef<HTMLElement>(null);
  const assignments = useAssignments();
  const view = useInboxView(db, shops, now, assignments);
  const filtering = useInboxFilters((s) => hasFilters(s.filters) || s.query.trim() !== '');
  const loading = useLiveQuery(
    () =>
      threadCursors(
        db,
        shops.map((s) => s.id),
      ),
    [db, shops],
  );
  useReadMarking(db, view?.all, clock);
  useDesktopAttention(view?.all);
  const selectRow = useCallback((r: InboxRow) => onSelect({ shopId: r.thread.shopId, threadId: r.thread.id }), [onSelect]);

  // The markets' calendars are worked out while the first rows are read (their deadlines need them).
  const markets = shops.map((s) => s.market).join(' ');
  useEffect(() => {
    const timer = setTimeout(() => warmDeadlines(markets.split(' '), now), 0);
    return () => clearTimeout(timer);
    // Once per set of markets; the minute does not matter to the calendars.
  }, [markets]);
  const shown = view !== undefined;
  useEffect(() => {
    if (shown) onShown?.();
  }, [shown, onShown]);

  // The rows in the order shown, for keyboard navigation and the move-on after a send.
  const groups = view?.groups;
  useEffect(() => {
    useInboxSelection.getState().setOrder(selectionOrder(groups ?? []));
  }, [groups]);

  // While only the first screen is read, the count is not the inbox's: the title waits for it.
  const unread = view?.partial ? null : (view?.counts.unread ?? 0);
  useEffect(() => {
    if (unread !== null) document.title = t(messages.windowTitle, { count: unread });
  }, [t, unread]);

  if (!view)
    return (
      <div className="panel-message" role="status">
        {t(messages.openingCache)}
      </div>
    );
  const { counts } = view;
  const labels = new Map(shops.map((s) => [s.id, s.label]));
  const syncing = (loading ?? []).filter((c) => c.pendingPageToken || !c.lastSuccessAt);
  const firstSync = counts.total === 0 && (syncing.length > 0 || !loading || loading.length < shops.length);
  if (firstSync) {
    const stored = (loading ?? []).reduce((sum, c) => sum + (c.pendingCount ?? 0), 0);
    const failed = (loading ?? []).find((c) => c.lastError);
    return (
      <div className="panel-message" role="status">
        <p>
          {t(messages.loadingThreads)} {stored > 0 ? t(messages.storedSoFar, { count: stored }) : ''}
        </p>
        {failed && (
          <p className="error" role="alert">
            {t(messages.syncFailed, { shop: labels.get(failed.shopId) ?? failed.shopId, error: failed.lastError ?? '' })}{' '}
            <button type="button" onClick={() => syncNow(failed.shopId)}>
              {t(messages.tryNow)}
            </button>
          </p>
        )}
      </div>
    );
  }
  if (counts.total === 0) return <div className="panel-message">{t(messages.noThreads)}</div>;
  return (
    <section ref={scroller} className="thread-list" aria-label={t(messages.threadsRegion)}>
      <div className="inbox-top">
        <AbsenceBanner now={now} />
        <header className="list-header">
          {view.partial ? (
            <span className="list-counts" role="status">
              {t(messages.openingCache)}
            </span>
          ) : (
            <span className="list-counts">
              <span>{t(messages.totalThreads, { count: counts.total })}</span>
              <span>{t(messages.waitingCount, { count: counts.waiting })}</span>
              <span className="count-overdue">{t(messages.overdueCount, { count: counts.overdue })}</span>
              <span className="count-due-soon">{t(messages.dueSoonCount, { count: counts.dueSoon })}</span>
              <span className="count-unread">{t(messages.unreadCount, { count: counts.unread })}</span>
            </span>
          )}
          <button type="button" onClick={() => syncNow()} title={t(messages.refreshTitle)}>
            {t(messages.refresh)}
          </button>
        </header>
        <InboxToolbar shops={shops} rows={view.all} />
        <FilterChips shops={shops} rows={view.all} uiLanguage={intl.locale.split('-')[0] ?? ''} />
        {filtering && (
          <p className="list-showing" role="status">
            {t(messages.showing, { shown: view.shown })}
          </p>
        )}
      </div>
      {view.shown === 0 && <p className="panel-message">{t(messages.noMatch)}</p>}
      <ThreadGroups groups={view.groups} counted={!view.partial} selected={selected} onSelect={selectRow} scroller={scroller} />
    </section>
  );
}
