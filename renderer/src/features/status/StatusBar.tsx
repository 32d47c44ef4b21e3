import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import { outboxCounts } from '../../data/outbox.queries';
import { quarantinedCountByShop, syncCursors } from '../../data/sync-state.queries';
import { AbsenceStatusNotice } from '../absence';
import { shopSyncStatuses, type ShopSyncStatus } from './sync-status';
import { useT } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
import { useOnline } from '../../ui/useOnline';
import { messages } from './status.messages';
import './status-bar.css';

// The refused replies' list (with the composer and its reply guard) loads when the seller opens it.
const ParkedList = lazy(() => import('../outbox').then((m) => ({ default: m.ParkedList })));

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
  const t = useT();
  const { formatShortTime } = useFormat();
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
  const statuses = shopSyncStatuses(shops, counts?.cursors ?? [], shortTime, t, online, counts?.unreadable);
  const problems = groupProblems(statuses);

  return (
    <footer className="status-bar" aria-label={t(messages.region)}>
      <span className={`status-online ${online ? 'online' : 'offline'}`} role="status">
        {t(online ? messages.online : messages.offline)}
      </span>
      <ul className="status-shops" aria-label={t(messages.shops)}>
        {statuses.map((s) => (
          <li key={s.shopId} className={s.problem ? (s.needsSeller ? 'problem needs-seller' : 'problem') : undefined}>
            <strong>{s.label}</strong>{' '}
            {s.loadingThreads !== null ? (
              <span role="status">
                {s.loadingThreads > 0 ? t(messages.loadingCount, { count: s.loadingThreads }) : t(messages.loading)}
              </span>
            ) : s.lastSuccessAt ? (
              <span>{t(messages.synced, { time: shortTime(s.lastSuccessAt) })}</span>
            ) : null}
            {s.unreadable > 0 && (
              <>
                {', '}
                {onOpenDiagnostics ? (
                  <button type="button" className="link" onClick={onOpenDiagnostics}>
                    {t(messages.unreadable, { count: s.unreadable })}
                  </button>
                ) : (
                  t(messages.unreadable, { count: s.unreadable })
                )}
              </>
            )}
            {s.problem && <span aria-hidden="true"> ⚠</span>}
          </li>
        ))}
      </ul>
      {problems.length > 0 && (
        <ul className="status-problems" aria-label={t(messages.problems)}>
          {problems.map((p) => (
            <li key={p.text} className={p.needsSeller ? 'needs-seller' : undefined} role={p.needsSeller ? 'alert' : undefined}>
              {p.labels.join(', ')}: {p.text}{' '}
              {!p.needsSeller && online && (
                <button type="button" className="link" onClick={() => p.shopIds.forEach((id) => syncNow(id))}>
                  {t(messages.tryNow)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <AbsenceStatusNotice />
      <span className="status-outbox" role="status">
        {waiting > 0 ? t(messages.waiting, { count: waiting }) : t(messages.nothingWaiting)}
        {waitingForShop > 0 && t(messages.waitingForShop, { count: waitingForShop })}
      </span>
      {counts && counts.parked > 0 && (
        <button
          type="button"
          className="status-parked"
          aria-expanded={parkedOpen}
          aria-controls="parked-replies"
          onClick={() => setParkedOpen(!parkedOpen)}
        >
          {t(messages.notSent, { count: counts.parked })}
        </button>
      )}
      {parkedOpen && counts && counts.parked > 0 && (
        <section id="parked-replies" className="parked-panel" aria-label={t(messages.repliesNotSent)}>
          <header>
            <h2>{t(messages.refusedReplies)}</h2>
            <button type="button" onClick={() => setParkedOpen(false)}>
              {t(messages.close)}
            </button>
          </header>
          <Suspense fallback={<p role="status">{t(messages.loadingList)}</p>}>
            <ParkedList
              onOpenThread={
                onOpenThread &&
                ((selection) => {
                  setParkedOpen(false);
                  onOpenThread(selection);
                })
              }
            />
          </Suspense>
        </section>
      )}
    </footer>
  );
}

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
