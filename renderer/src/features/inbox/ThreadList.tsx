import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { DueCountdown } from '../../ui/countdown';
import { useConsoleData } from '../../data/console-data-context';
import { threadCursors } from '../../data/sync-state.queries';
import { SafeName } from '../../ui/SafeName';
import { useInboxThreads } from './useInboxThreads';
import { useInboxSelection } from './selection.store';

interface Props {
  selected: { shopId: string; threadId: string } | null;
  onSelect: (selection: { shopId: string; threadId: string }) => void;
  /** The time the list counts deadlines against (re-rendered by the caller each minute). */
  now: number;
}

const pageRows = 300;

/** The inbox: every shop's threads from the offline cache, what waits for a reply first. */
export function ThreadList({ selected, onSelect, now }: Props) {
  const { db, shops, syncNow } = useConsoleData();
  const [limit, setLimit] = useState(pageRows);
  const inbox = useInboxThreads(
    db,
    shops.map((s) => s.id),
    limit,
  );
  const loading = useLiveQuery(
    () =>
      threadCursors(
        db,
        shops.map((s) => s.id),
      ),
    [db, shops],
  );
  const labels = new Map(shops.map((s) => [s.id, s.label]));
  // The rows in the order shown: what j/k and "open the next thread due" walk.
  const setOrder = useInboxSelection((s) => s.setOrder);
  useEffect(() => setOrder(inbox?.rows.map((r) => ({ shopId: r.shopId, threadId: r.id })) ?? []), [inbox, setOrder]);

  if (!inbox)
    return (
      <div className="panel-message" role="status">
        Opening the offline cache…
      </div>
    );
  const syncing = (loading ?? []).filter((c) => c.pendingPageToken || !c.lastSuccessAt);
  const firstSync = inbox.total === 0 && (syncing.length > 0 || !loading || loading.length < shops.length);
  if (firstSync) {
    const stored = (loading ?? []).reduce((sum, c) => sum + (c.pendingCount ?? 0), 0);
    const failed = (loading ?? []).find((c) => c.lastError);
    return (
      <div className="panel-message" role="status">
        <p>Loading threads… {stored > 0 ? `${stored} so far` : ''}</p>
        {failed && (
          <p className="error" role="alert">
            {labels.get(failed.shopId) ?? failed.shopId}: {failed.lastError} The console tries again by itself.{' '}
            <button type="button" onClick={() => syncNow(failed.shopId)}>
              Try now
            </button>
          </p>
        )}
      </div>
    );
  }
  if (inbox.total === 0) return <div className="panel-message">No threads yet. New buyer messages appear here.</div>;
  return (
    <section className="thread-list" aria-label="Threads">
      <header className="list-header">
        <span>{inbox.total} threads</span>
        <span>{inbox.waiting} waiting for a reply</span>
        <button type="button" onClick={() => syncNow()} title="Fetch new messages now">
          Refresh
        </button>
      </header>
      <ul>
        {inbox.rows.map((row) => {
          const isSelected = selected?.shopId === row.shopId && selected.threadId === row.id;
          const overdue = row.dueAt !== undefined && Date.parse(row.dueAt) <= now;
          return (
            <li key={`${row.shopId}/${row.id}`}>
              <button
                type="button"
                className={`thread-row${isSelected ? ' selected' : ''}${row.replyState === 'waiting' ? ' waiting' : ''}${overdue ? ' overdue' : ''}`}
                aria-current={isSelected ? 'true' : undefined}
                data-thread-id={row.id}
                data-shop-id={row.shopId}
                onClick={() => onSelect({ shopId: row.shopId, threadId: row.id })}
              >
                <span className="thread-topic">
                  <SafeName text={row.topic || 'No subject'} />
                </span>
                <span className="thread-meta">
                  <span className="badge market">{row.market}</span>
                  <span>{labels.get(row.shopId) ?? row.shopId}</span>
                  {row.customerName && <SafeName text={row.customerName} />}
                  {row.takenOver === 1 && <span className="badge operator">Platform involved</span>}
                  {row.closed === 1 && <span className="badge">Closed</span>}
                  {row.atMessageLimit === 1 && <span className="badge">Message limit reached</span>}
                </span>
                <span className="thread-when">
                  <DueCountdown {...row} variant="row" />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {inbox.rows.length < inbox.total && (
        <button type="button" className="show-more" onClick={() => setLimit(limit + pageRows)}>
          Show {Math.min(pageRows, inbox.total - inbox.rows.length)} more
        </button>
      )}
    </section>
  );
}
