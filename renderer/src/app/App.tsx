import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConsoleDataProvider } from '../data/console-data-context';
import { callHostOrThrow } from '../host/host-client';
import { DiagnosticsView } from '../features/diagnostics';
import { ThreadList, useInboxSelection } from '../features/inbox';
import { ShopSettings, SyncSettings } from '../features/settings';
import { StatusBar } from '../features/status';
import { systemClock } from './clock';
import { ThreadPane } from './ThreadPane';
import { useConsoleRuntime } from './useConsoleRuntime';
import { useMinuteClock } from './useMinuteClock';
import { useShops } from './useShops';
import { LanguageSelect } from './LanguageSelect';
import { messages } from './app.messages';
import { useT } from '../ui/i18n';

type View = 'inbox' | 'settings' | 'diagnostics';

/** The console's frame: top bar, inbox and the open thread, or the shop settings. */
export function App() {
  const info = useQuery({ queryKey: ['app-info'], queryFn: () => callHostOrThrow('app:info', {}), staleTime: Infinity });
  const shops = useShops();
  const runtime = useConsoleRuntime(shops.data);
  const selected = useInboxSelection((s) => s.selected);
  const setSelected = useInboxSelection((s) => s.select);
  const [view, setView] = useState<View>('inbox');
  const now = useMinuteClock(systemClock);
  const t = useT();

  return (
    <ConsoleDataProvider value={runtime?.data ?? null}>
      <div className="app">
        <header className="top-bar">
          <h1>{t(messages.title)}</h1>
          {info.data?.demo && <span className="badge demo">{t(messages.demoBadge)}</span>}
          <nav aria-label={t(messages.mainNavigation)}>
            <button type="button" aria-pressed={view === 'inbox'} onClick={() => setView('inbox')}>
              {t(messages.navInbox)}
            </button>
            <button type="button" aria-pressed={view === 'settings'} onClick={() => setView('settings')}>
              {t(messages.navShops)}
            </button>
            <button type="button" aria-pressed={view === 'diagnostics'} onClick={() => setView('diagnostics')}>
              {t(messages.navDiagnostics)}
            </button>
          </nav>
          <LanguageSelect />
        </header>
        {shops.isError && (
          <div className="panel-message error" role="alert">
            {t(messages.serviceDown, { error: shops.error.message })}
          </div>
        )}
        {/* Every view is the page's main landmark and scrolls inside the frame, so the status bar stays at the bottom. */}
        {view === 'settings' && (
          <main className="view-scroll">
            {shops.data && <ShopSettings shops={shops.data} onClose={() => setView('inbox')} />}
            {runtime && <SyncSettings />}
          </main>
        )}
        {view === 'diagnostics' && runtime && (
          <main className="view-scroll">
            <DiagnosticsView />
          </main>
        )}
        {view === 'inbox' && shops.data && shops.data.length === 0 && (
          <main className="view-scroll">
            <div className="panel-message" role="status">
              {t(messages.noShop)}{' '}
              <button type="button" onClick={() => setView('settings')}>
                {t(messages.connectShop)}
              </button>
            </div>
          </main>
        )}
        {view === 'inbox' && runtime && (
          <main className="inbox">
            <ThreadList selected={selected} onSelect={setSelected} now={now} />
            <div className="thread-pane">
              {selected ? (
                <ThreadPane key={`${selected.shopId}/${selected.threadId}`} shopId={selected.shopId} threadId={selected.threadId} />
              ) : (
                <div className="panel-message">{t(messages.chooseThread)}</div>
              )}
            </div>
          </main>
        )}
        {runtime && (
          <StatusBar
            onOpenThread={(selection) => {
              setView('inbox');
              setSelected(selection);
            }}
            onOpenDiagnostics={() => setView('diagnostics')}
          />
        )}
      </div>
    </ConsoleDataProvider>
  );
}
