import { useState } from 'react';
import type { ShopSummary } from '../../host/host-contract';
import { formatDateTime } from '../../app/format';
import { useThreads } from './useThreads';

interface Props {
  shops: ShopSummary[];
  selected: { shopId: string; threadId: string } | null;
  onSelect: (selection: { shopId: string; threadId: string }) => void;
}

/** The inbox: every shop's threads, what waits for a reply first. */
export function ThreadList({ shops, selected, onSelect }: Props) {
  const [loaded, setLoaded] = useState(0);
  const threads = useThreads(shops, setLoaded);

  if (threads.isPending) {
    return (
      <div className="panel-message" role="status">
        Loading threads… {loaded > 0 ? `${loaded} so far` : ''}
      </div>
    );
  }
  if (threads.isError) {
    return (
      <div className="panel-message error" role="alert">
        <p>The threads could not be loaded: {threads.error.message}</p>
        <button type="button" onClick={() => void threads.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const rows = threads.data;
  const waiting = rows.filter((r) => r.replyNeededSince).length;
  return (
    <section className="thread-list" aria-label="Threads">
      <header className="list-header">
        <span>{rows.length} threads</span>
        <span>{waiting} waiting for a reply</span>
      </header>
      <ul>
        {rows.map((row) => {
          const isSelected = selected?.shopId === row.shopId && selected.threadId === row.id;
          return (
            <li key={`${row.shopId}/${row.id}`}>
              <button
                type="button"
                className={`thread-row${isSelected ? ' selected' : ''}${row.replyNeededSince ? ' waiting' : ''}`}
                aria-current={isSelected ? 'true' : undefined}
                data-thread-id={row.id}
                onClick={() => onSelect({ shopId: row.shopId, threadId: row.id })}
              >
                <span className="thread-topic">{row.topic || 'No subject'}</span>
                <span className="thread-meta">
                  <span className="badge market">{row.market}</span>
                  <span>{row.shopLabel}</span>
                  <span>{row.customer}</span>
                  {row.takenOver && <span className="badge operator">Platform involved</span>}
                </span>
                <span className="thread-when">
                  {row.replyNeededSince ? `Waiting since ${formatDateTime(row.replyNeededSince)}` : `Updated ${formatDateTime(row.dateUpdated)}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
