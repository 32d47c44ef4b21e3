import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../ui/i18n';
import { messages } from './app.messages';

// The views besides the inbox load on demand, each in its own chunk, so the first screen's script is
// the inbox's alone. Each loader is kept so the chunk can also be fetched ahead (preloadViews).
const loaders = {
  cases: () => import('../features/cases').then((m) => ({ default: m.CasesView })),
  absence: () => import('../features/absence').then((m) => ({ default: m.AbsenceView })),
  complaintFiles: () => import('../features/complaint-files').then((m) => ({ default: m.ComplaintFilesView })),
  reports: () => import('../features/reports').then((m) => ({ default: m.ReportsView })),
  diagnostics: () => import('../features/diagnostics').then((m) => ({ default: m.DiagnosticsView })),
  shopSettings: () => import('../features/settings').then((m) => ({ default: m.ShopSettings })),
  syncSettings: () => import('../features/settings').then((m) => ({ default: m.SyncSettings })),
  threadPane: () => import('./ThreadPane').then((m) => ({ default: m.ThreadPane })),
};

/** The Cases view, loaded on demand. */
export const CasesView = lazy(loaders.cases);
/** The absence notices view, loaded on demand. */
export const AbsenceView = lazy(loaders.absence);
/** The complaint files view, loaded on demand. */
export const ComplaintFilesView = lazy(loaders.complaintFiles);
/** The reports view (with its charting library), loaded on demand. */
export const ReportsView = lazy(loaders.reports);
/** The diagnostics view, loaded on demand. */
export const DiagnosticsView = lazy(loaders.diagnostics);
/** The shop settings, loaded on demand. */
export const ShopSettings = lazy(loaders.shopSettings);
/** The sync settings, loaded on demand. */
export const SyncSettings = lazy(loaders.syncSettings);
/** The open thread with its composer (and the reply guard's language and phone data), loaded on demand. */
export const ThreadPane = lazy(loaders.threadPane);

/**
 * Fetches the open thread's chunk (with the composer's reply guard) at once: the inbox's next step is
 * opening a thread, and the chunk then loads beside the first read of the cache instead of after a click.
 */
export function preloadThreadPane(): void {
  loaders.threadPane().catch(() => undefined);
}

/**
 * Fetches every on-demand chunk ahead, once the first screen is up (call it after the inbox's first
 * rows), so opening a thread or a view later rarely shows the loading state. Failures are left to the
 * view's own load, which retries when it is shown.
 */
export function preloadViews(): void {
  for (const load of Object.values(loaders)) load().catch(() => undefined);
}

/** A view loaded on demand, with a visible, announced loading state while its chunk arrives. */
export function LazyView({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Suspense
      fallback={
        <div className="panel-message" role="status">
          {t(messages.loadingView)}
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
