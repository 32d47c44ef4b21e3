import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { ConsoleDataProvider } from '../data/console-data-context';
import { callHostOrThrow } from '../host/host-client';
import { DesktopSettingsPanel, useOpenThreadRequests } from '../features/desktop';
import { sameThread, ThreadList, useInboxSelection, type ThreadKey } from '../features/inbox';
import { ShortcutSheet, shortcutMessages } from '../features/shortcuts';
import { StatusBar } from '../features/status';
import { ProfileMenu } from '../features/workstation';
import { systemClock } from './clock';
import { useConsoleRuntime } from './useConsoleRuntime';
import {
  AbsenceView,
  CasesView,
  ComplaintFilesView,
  DiagnosticsView,
  LazyView,
  preloadThreadPane,
  preloadViews,
  ReportsView,
  ShopSettings,
  SyncSettings,
  ThreadPane,
} from './lazy-views';
import { useMinuteClock } from './useMinuteClock';
import { useShops } from './useShops';
import { LanguageSelect } from './LanguageSelect';
import { messages } from './app.messages';
import { useT } from '../ui/i18n';
import { useKeyboardTriage } from './useKeyboardTriage';
import { useMoveOnAfterSend } from './useMoveOnAfterSend';
import { useReplyFocus } from './useReplyFocus';
import { useScrollToLatest } from './useScrollToLatest';

type View = 'inbox' | 'cases' | 'absence' | 'complaint-files' | 'reports' | 'settings' | 'diagnostics';

/** How long after the first rows the other views' chunks are fetched ahead. */
const preloadDelayMs = 1500;
/** When the first rows never come (no shop, another view): the chunks are fetched ahead this long after the start. */
const preloadFallbackMs = 3000;

/**
 * The console's frame: skip links, top bar, the page's one main landmark (inbox and the open thread,
 * the shop settings, or diagnostics) and the status bar; the keyboard shortcuts and the shortcut sheet.
 */
export function App() {
  const info = useQuery({ queryKey: ['app-info'], queryFn: () => callHostOrThrow('app:info', {}), staleTime: Infinity });
  const shops = useShops();
  const runtime = useConsoleRuntime(shops.data);
  const selected = useInboxSelection((s) => s.selected);
  const setSelected = useInboxSelection((s) => s.select);
  const [view, setView] = useState<View>('inbox');
  const now = useMinuteClock(systemClock);
  const t = useT();
  const main = useRef<HTMLElement>(null);
  const listPane = useRef<HTMLDivElement>(null);
  const threadPane = useRef<HTMLElement>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const replyFocus = useReplyFocus();
  const moveOn = useMoveOnAfterSend(runtime?.data.db, replyFocus.request);
  const inbox = view === 'inbox' && !!runtime;
  const triage = useKeyboardTriage({
    inbox,
    listPane,
    threadPane,
    requestReply: replyFocus.request,
    openSheet: () => setSheetOpen(true),
    goTo: setView,
  });
  useScrollToLatest(threadPane, inbox && selected ? `${selected.shopId}/${selected.threadId}` : null);
  // The thread pane's and the other views' script is fetched and run ahead only once the first rows
  // are on screen: run earlier, it held up the first screen of a 100,000-thread cache by ~100 ms.
  const [listShown, setListShown] = useState(false);
  const onListShown = useCallback(() => setListShown(true), []);
  useEffect(() => {
    const timers = listShown
      ? [setTimeout(preloadThreadPane, 0), setTimeout(preloadViews, preloadDelayMs)]
      : [setTimeout(() => setListShown(true), preloadFallbackMs)];
    return () => timers.forEach((timer) => clearTimeout(timer));
  }, [listShown]);
  const openThread = (selection: ThreadKey) => {
    setView('inbox');
    setSelected(selection);
  };
  useOpenThreadRequests(openThread);
  const skip = (to: () => void) => (event: MouseEvent) => {
    event.preventDefault();
    to();
  };

  return (
    <ConsoleDataProvider value={runtime?.data ?? null}>
      <div className="app">
        <div className="skip-links">
          {inbox ? (
            <>
              <a href="#thread-list-pane" onClick={skip(triage.focusList)}>
                {t(messages.skipToList)}
              </a>
              <a href="#thread-pane" onClick={skip(triage.focusThread)}>
                {t(messages.skipToThread)}
              </a>
            </>
          ) : (
            <a href="#main-content" onClick={skip(() => main.current?.focus())}>
              {t(messages.skipToMain)}
            </a>
          )}
        </div>
        <header className="top-bar">
          <h1>{t(messages.title)}</h1>
          {info.data?.demo && <span className="badge demo">{t(messages.demoBadge)}</span>}
          <nav aria-label={t(messages.mainNavigation)}>
            <button type="button" aria-pressed={view === 'inbox'} onClick={() => setView('inbox')}>
              {t(messages.navInbox)}
            </button>
            <button type="button" aria-pressed={view === 'cases'} onClick={() => setView('cases')}>
              {t(messages.navCases)}
            </button>
            <button type="button" aria-pressed={view === 'absence'} onClick={() => setView('absence')}>
              {t(messages.navAbsence)}
            </button>
            <button type="button" aria-pressed={view === 'complaint-files'} onClick={() => setView('complaint-files')}>
              {t(messages.navComplaintFiles)}
            </button>
            <button type="button" aria-pressed={view === 'reports'} onClick={() => setView('reports')}>
              {t(messages.navReports)}
            </button>
            <button type="button" aria-pressed={view === 'settings'} onClick={() => setView('settings')}>
              {t(messages.navShops)}
            </button>
            <button type="button" aria-pressed={view === 'diagnostics'} onClick={() => setView('diagnostics')}>
              {t(messages.navDiagnostics)}
            </button>
          </nav>
          <LanguageSelect />
          <ProfileMenu />
          <button type="button" aria-haspopup="dialog" title={t(shortcutMessages.sheetTitle)} onClick={() => setSheetOpen(true)}>
            {t(shortcutMessages.openSheet)} <kbd aria-hidden="true">?</kbd>
          </button>
        </header>
        {shops.isError && (
          <div className="panel-message error" role="alert">
            {t(messages.serviceDown, { error: shops.error.message })}
          </div>
        )}
        {/* One main landmark whatever the view; it scrolls inside the frame, so the status bar stays at the bottom. */}
        <main id="main-content" ref={main} tabIndex={-1} className={inbox ? 'inbox' : 'view-scroll'}>
          <LazyView>
            {view === 'settings' && (
              <>
                {shops.data && <ShopSettings shops={shops.data} onClose={() => setView('inbox')} />}
                {runtime && <SyncSettings />}
                <DesktopSettingsPanel />
              </>
            )}
            {view === 'diagnostics' && runtime && <DiagnosticsView />}
            {view === 'cases' && runtime && <CasesView now={now} onOpenThread={openThread} />}
            {view === 'absence' && runtime && <AbsenceView now={now} onOpenThread={openThread} />}
            {view === 'complaint-files' && runtime && <ComplaintFilesView now={now} />}
            {view === 'reports' && runtime && <ReportsView now={now} />}
          </LazyView>
          {view === 'inbox' && shops.data && shops.data.length === 0 && (
            <div className="panel-message" role="status">
              {t(messages.noShop)}{' '}
              <button type="button" onClick={() => setView('settings')}>
                {t(messages.connectShop)}
              </button>
            </div>
          )}
          {inbox && (
            <>
              <div id="thread-list-pane" className="list-pane" ref={listPane} tabIndex={-1}>
                <ThreadList selected={selected} onSelect={setSelected} now={now} onShown={onListShown} />
              </div>
              <section id="thread-pane" className="thread-pane" ref={threadPane} tabIndex={-1} aria-label={t(messages.openThread)}>
                {selected ? (
                  <LazyView>
                    <ThreadPane
                      key={`${selected.shopId}/${selected.threadId}`}
                      shopId={selected.shopId}
                      threadId={selected.threadId}
                      onQueued={moveOn.onQueued}
                      attachReplyBox={replyFocus.attach}
                      noneDue={sameThread(moveOn.noneDueAfter, selected)}
                    />
                  </LazyView>
                ) : (
                  <div className="panel-message">{t(messages.chooseThread)}</div>
                )}
              </section>
            </>
          )}
        </main>
        {runtime && <StatusBar onOpenThread={openThread} onOpenDiagnostics={() => setView('diagnostics')} />}
        <ShortcutSheet open={sheetOpen} onClose={() => setSheetOpen(false)} />
      </div>
    </ConsoleDataProvider>
  );
}
