import { useLiveQuery } from 'dexie-react-hooks';
import { formatDateTime } from '../../ui/format';
import { useConsoleData } from '../../data/console-data-context';
import type { SyncCursorRecord } from '../../data/records';
import { clearQuarantined, quarantineNewestFirst, syncCursors } from '../../data/sync-state.queries';
import { prettyPayload } from './pretty-payload';
import './diagnostics.css';

const kindOrder = ['threads', 'orders', 'returns', 'reasons', 'account'];

function when(iso: string | undefined): string {
  return iso ? formatDateTime(iso) : '—';
}

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
  if (!data)
    return (
      <div className="panel-message" role="status">
        Reading the offline cache…
      </div>
    );

  const cursorsOf = (shopId: string): SyncCursorRecord[] =>
    data.cursors.filter((c) => c.shopId === shopId).sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  return (
    <section className="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">Diagnostics</h2>

      <h3>Sync state</h3>
      {shops.map((shop) => (
        <div key={shop.id} className="diagnostics-shop">
          <div className="diagnostics-shop-header">
            <h4>{shop.label}</h4>
            <button type="button" onClick={() => void resyncShop(shop.id)}>
              Fetch everything again
            </button>
          </div>
          <table>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Last success</th>
                <th scope="col">Last attempt</th>
                <th scope="col">Last error</th>
                <th scope="col">Next try not before</th>
              </tr>
            </thead>
            <tbody>
              {cursorsOf(shop.id).map((c) => (
                <tr key={c.kind} className={c.lastError ? 'failing' : undefined}>
                  <th scope="row">
                    {c.kind}
                    {c.pendingPageToken && <span className="muted"> (loading, {c.pendingCount ?? 0} so far)</span>}
                  </th>
                  <td>{when(c.lastSuccessAt)}</td>
                  <td>{when(c.lastAttemptAt)}</td>
                  <td>{c.lastError ? `${c.lastError}${c.lastErrorKind ? ` (${c.lastErrorKind})` : ''}` : '—'}</td>
                  <td>{when(c.notBefore)}</td>
                </tr>
              ))}
              {cursorsOf(shop.id).length === 0 && (
                <tr>
                  <td colSpan={5} className="muted">
                    Not synced yet.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      ))}

      <h3>Records that could not be read ({data.quarantine.length})</h3>
      {data.quarantine.length === 0 ? (
        <p className="muted">None: everything the marketplace sent was understood.</p>
      ) : (
        <ul className="quarantine-list">
          {data.quarantine.map((q) => (
            <li key={q.id} className="quarantine-entry">
              <div className="quarantine-meta">
                <span className="badge">{labels.get(q.shopId) ?? q.shopId}</span>
                <span>{q.kind}</span>
                <time dateTime={q.receivedAt}>{formatDateTime(q.receivedAt)}</time>
                <button
                  type="button"
                  aria-label={`Clear this ${q.kind} record of ${labels.get(q.shopId) ?? q.shopId}`}
                  onClick={() => q.id !== undefined && void clearQuarantined(db, q.id)}
                >
                  Clear
                </button>
              </div>
              <p className="quarantine-problem">{q.problem}</p>
              <details>
                <summary>What the marketplace sent</summary>
                <pre>{prettyPayload(q.payload)}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
