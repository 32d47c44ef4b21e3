import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatShortTime } from '../../ui/format';
import { useConsoleData } from '../../data/console-data-context';
import { outboxCounts } from '../../data/outbox.queries';
import { quarantinedCountByShop, syncCursors } from '../../data/sync-state.queries';
import { ParkedList } from '../outbox';
import { shopSyncStatuses, type ShopSyncStatus } from './sync-status';
import { useOnline } from '../../ui/useOnline';
import './status-bar.css';

interface Props {
  /** Opens a thread (from the list of replies not sent). */
  onOpenThread?: (selection: { shopId: string; threadId: string }) => void;
  /** Opens the diagnostics view (offered when something could not be read). */
  onOpenDiagnostics?: () => void;
}

/**
 * The console's state at a glance, along the bottom: online or offline, each shop's last
 * successful sync or its problem in words, the first sync's progress, replies waiting to send,
 * and replies the marketplace refused (which open the list of them, to act on). Everything is read
 * from the cache, so every window shows the leader's work.
 */
export function StatusBar({ onOpenThread, onOpenDiagnostics }: Props) {
  const { db, shops, syncNow, now } = useConsoleData();
  const shortTime = (iso: string): string => formatShortTime(iso, now());
  const online = useOnline();
  const [parkedOpen, setParkedOpen] = useState(false);
  const counts = useLiveQuery(
    async () => ({
      ...(await outboxCounts(db)),
      unreadable: await quarantinedCountByShop(db),
      cursors: await syncCursors(db),
    }),
    [db],
  );
  const connected = new Set(shops.map((s) => s.id));
  const waiting = counts?.unsentShopIds.length ?? 0;
  // Items of a shop that is not connected now are held back by the sender: say so, never hide them.
  const waitingForShop = counts?.unsentShopIds.filter((shopId) => !connected.has(shopId)).length ?? 0;
  const statuses = shopSyncStatuses(shops, counts?.cursors ?? [], shortTime, online, counts?.unreadable);
  const problems = groupProblems(statuses);

  return (
    <footer className="status-bar" aria-label="Console status">
      <span className={`status-online ${online ? 'online' : 'offline'}`} role="status">
        {online ? 'Online' : 'Offline: showing the offline copy; replies are sent when the connection is back'}
      </span>
      <ul className="status-shops" aria-label="Shops">
        {statuses.map((s) => (
          <li key={s.shopId} className={s.problem ? (s.needsSeller ? 'problem needs-seller' : 'problem') : undefined}>
            <strong>{s.label}</strong>{' '}
            {s.loadingThreads !== null ? (
              <span role="status">{s.loadingThreads > 0 ? `Loading threads: ${s.loadingThreads}…` : 'Loading threads…'}</span>
            ) : s.lastSuccessAt ? (
              <span>synced {shortTime(s.lastSuccessAt)}</span>
            ) : null}
            {s.unreadable > 0 && (
              <>
                {', '}
                {onOpenDiagnostics ? (
                  <button type="button" className="link" onClick={onOpenDiagnostics}>
                    {unreadableText(s.unreadable)}
                  </button>
                ) : (
                  unreadableText(s.unreadable)
                )}
              </>
            )}
            {s.problem && <span aria-hidden="true"> ⚠</span>}
          </li>
        ))}
      </ul>
      {problems.length > 0 && (
        <ul className="status-problems" aria-label="Problems">
          {problems.map((p) => (
            <li key={p.text} className={p.needsSeller ? 'needs-seller' : undefined} role={p.needsSeller ? 'alert' : undefined}>
              {p.labels.join(', ')}: {p.text}{' '}
              {!p.needsSeller && online && (
                <button type="button" className="link" onClick={() => p.shopIds.forEach((id) => syncNow(id))}>
                  Try now
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <span className="status-outbox" role="status">
        {waiting > 0 ? `${waiting} waiting to send` : 'Nothing waiting to send'}
        {waitingForShop > 0 &&
          ` (${waitingForShop} for a shop that is not connected now: connect it again under Shops to send ${waitingForShop === 1 ? 'it' : 'them'})`}
      </span>
      {counts && counts.parked > 0 && (
        <button
          type="button"
          className="status-parked"
          aria-expanded={parkedOpen}
          aria-controls="parked-replies"
          onClick={() => setParkedOpen(!parkedOpen)}
        >
          {counts.parked} not sent
        </button>
      )}
      {parkedOpen && counts && counts.parked > 0 && (
        <section id="parked-replies" className="parked-panel" aria-label="Replies not sent">
          <header>
            <h2>Replies the marketplace refused</h2>
            <button type="button" onClick={() => setParkedOpen(false)}>
              Close
            </button>
          </header>
          <ParkedList
            onOpenThread={
              onOpenThread &&
              ((selection) => {
                setParkedOpen(false);
                onOpenThread(selection);
              })
            }
          />
        </section>
      )}
    </footer>
  );
}

const unreadableText = (n: number): string => `${n} ${n === 1 ? 'record' : 'records'} unreadable`;

/** The same problem of several shops (e.g. the marketplace unreachable) said once, naming them all. */
function groupProblems(statuses: readonly ShopSyncStatus[]): { text: string; labels: string[]; shopIds: string[]; needsSeller: boolean }[] {
  const groups = new Map<string, { text: string; labels: string[]; shopIds: string[]; needsSeller: boolean }>();
  for (const s of statuses) {
    if (!s.problem) continue;
    const group = groups.get(s.problem) ?? { text: s.problem, labels: [], shopIds: [], needsSeller: s.needsSeller };
    group.labels.push(s.label);
    group.shopIds.push(s.shopId);
    groups.set(s.problem, group);
  }
  return [...groups.values()];
}
