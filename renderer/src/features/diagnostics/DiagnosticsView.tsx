import { useLiveQuery } from 'dexie-react-hooks';
import { useConsoleData } from '../../data/console-data-context';
import type { SyncCursorRecord } from '../../data/records';
import { clearQuarantined, quarantineNewestFirst, syncCursors } from '../../data/sync-state.queries';
import { failureText } from '../../ui/failure-text';
import { useT } from '../../ui/i18n';
import type { Translate } from '../../ui/translate';
import { useFormat } from '../../ui/useFormat';
import { messages } from './diagnostics.messages';
import { prettyPayload } from './pretty-payload';
import './diagnostics.css';

const kindOrder = ['threads', 'orders', 'returns', 'reasons', 'account'];

/**
 * What the sync engine could not do, for the seller or whoever supports them: the records the
 * marketplace sent that could not be understood (kept in the quarantine so sync went on), with
 * their payloads, and each shop's sync state per kind. A quarantine entry can be cleared; a shop
 * can be fetched again from scratch, which gives records the marketplace now sends right another
 * chance.
 */
export function DiagnosticsView() {
  const { db, shops, resyncShop } = useConsoleData();
  const data = useLiveQuery(
    async () => ({
      quarantine: await quarantineNewestFirst(db),
      cursors: await syncCursors(db),
    }),
    [db],
  );
  const labels = new Map(shops.map((s) => [s.id, s.label]));
  const t = useT();
  const { formatDateTime } = useFormat();
  const when = (iso: string | undefined): string => (iso ? formatDateTime(iso) : '—');
  if (!data)
    return (
      <div className="panel-message" role="status">
        {t(messages.reading)}
      </div>
    );

  const cursorsOf = (shopId: string): SyncCursorRecord[] =>
    data.cursors.filter((c) => c.shopId === shopId).sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  return (
    <section className="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t(messages.title)}</h2>

      <h3>{t(messages.syncState)}</h3>
      {shops.map((shop) => (
        <div key={shop.id} className="diagnostics-shop">
          <div className="diagnostics-shop-header">
            <h4>{shop.label}</h4>
            <button type="button" onClick={() => void resyncShop(shop.id)}>
              {t(messages.fetchAgain)}
            </button>
          </div>
          <table>
            <thead>
              <tr>
                <th scope="col">{t(messages.kind)}</th>
                <th scope="col">{t(messages.lastSuccess)}</th>
                <th scope="col">{t(messages.lastAttempt)}</th>
                <th scope="col">{t(messages.lastError)}</th>
                <th scope="col">{t(messages.notBefore)}</th>
              </tr>
            </thead>
            <tbody>
              {cursorsOf(shop.id).map((c) => (
                <tr key={c.kind} className={c.lastError ? 'failing' : undefined}>
                  <th scope="row">
                    {t(messages.kindName, { kind: c.kind })}
                    {c.pendingPageToken && <span className="muted">{t(messages.loadingSoFar, { count: c.pendingCount ?? 0 })}</span>}
                  </th>
                  <td>{when(c.lastSuccessAt)}</td>
                  <td>{when(c.lastAttemptAt)}</td>
                  <td>{c.lastError ? lastErrorText(c, t) : '—'}</td>
                  <td>{when(c.notBefore)}</td>
                </tr>
              ))}
              {cursorsOf(shop.id).length === 0 && (
                <tr>
                  <td colSpan={5} className="muted">
                    {t(messages.notSynced)}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      ))}

      <h3>{t(messages.unreadableTitle, { count: data.quarantine.length })}</h3>
      {data.quarantine.length === 0 ? (
        <p className="muted">{t(messages.noneUnreadable)}</p>
      ) : (
        <ul className="quarantine-list">
          {data.quarantine.map((q) => (
            <li key={q.id} className="quarantine-entry">
              <div className="quarantine-meta">
                <span className="badge">{labels.get(q.shopId) ?? q.shopId}</span>
                <span>{t(messages.recordKind, { kind: q.kind })}</span>
                <time dateTime={q.receivedAt}>{formatDateTime(q.receivedAt)}</time>
                <button
                  type="button"
                  aria-label={t(messages.clearRecord, {
                    kind: t(messages.recordKind, { kind: q.kind }),
                    shop: labels.get(q.shopId) ?? q.shopId,
                  })}
                  onClick={() => q.id !== undefined && void clearQuarantined(db, q.id)}
                >
                  {t(messages.clear)}
                </button>
              </div>
              <p className="quarantine-problem">{q.problem}</p>
              <details>
                <summary>{t(messages.whatWasSent)}</summary>
                <pre>{prettyPayload(q.payload, t)}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A cursor's last error in the UI language, with what kind of problem it is. */
function lastErrorText(cursor: SyncCursorRecord, t: Translate): string {
  const error = failureText(cursor.lastError ?? '', t);
  return cursor.lastErrorKind ? t(messages.errorWithKind, { error, errorKind: cursor.lastErrorKind }) : error;
}
