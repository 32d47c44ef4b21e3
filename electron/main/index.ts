// The desktop shell, kept thin: every decision lives in modules that run in plain Node tests
// (console-host, gateway, IPC dispatcher, window-security, external-opener, desktop/*); this file only
// hands them Electron's APIs.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  nativeImage,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openThreadSignal } from '../../shared/ipc/channel-names';
import { deepLinkScheme, findDeepLink, parseDeepLink, type ThreadLink } from '../desktop/deep-link';
import { createDesktopShell } from '../desktop/desktop-shell';
import { mainText } from '../desktop/main-texts';
import { createProfilePartitions, defaultProfileId, partitionedDispatch, profilePartition } from '../desktop/profile-partitions';
import { parseWindowState, restoreWindowState } from '../desktop/window-state';
import { keepWindowState } from '../desktop/window-state-keeper';
import { startConsoleHost } from '../host/console-host';
import { directoryFiles } from '../host/static-files';
import { registerValidatedIpc } from '../ipc/validated-ipc-main';
import { atomicTextFile } from '../storage/atomic-file';
import { confirmOpenDialogOptions, createExternalOpener } from './external-opener';
import { chooseSecretBox } from './safe-storage-box';
import { denyAllPermissions, hardenWebContents } from './window-security';
import { lockOnOsEvents } from '../workstation/os-lock';

const scheme = 'app';
const appOrigin = `${scheme}://console`;
const here = dirname(fileURLToPath(import.meta.url));

// Every renderer runs in Chromium's sandbox, whatever a window's own webPreferences say.
app.enableSandbox();
// The console is served from its own origin instead of file://, so the CSP, same-origin fetches to
// the gateway and IndexedDB all behave as in a browser.
protocol.registerSchemesAsPrivileged([{ scheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);

if (!app.requestSingleInstanceLock()) app.quit();
app.setAsDefaultProtocolClient(deepLinkScheme);

const log = (message: string, error?: unknown) => console.error(message, error ?? '');

// A deep link may arrive before the console is ready (macOS 'open-url', or the first launch's argv).
let openLink: (link: ThreadLink) => void;
let earlyLink: ThreadLink | null = findDeepLink(process.argv.slice(1));
openLink = (link) => (earlyLink = link);
app.on('open-url', (event, url) => {
  event.preventDefault();
  const link = parseDeepLink(url);
  if (link) openLink(link);
});

async function main(): Promise<void> {
  await app.whenReady();
  const userData = app.getPath('userData');
  let window: BrowserWindow | null = null;
  const showWindow = () => {
    if (!window || window.isDestroyed()) window = openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  };
  const iconPath = join(process.resourcesPath ?? '', 'icon.png');
  const tray = existsSync(iconPath) ? new Tray(nativeImage.createFromPath(iconPath)) : null;
  tray?.on('click', showWindow);
  tray?.setToolTip(mainText('trayIdle', 'en'));
  const desktop = createDesktopShell({
    settingsFile: atomicTextFile(join(userData, 'desktop-settings.json')),
    setLoginItem: (openAtLogin) => app.setLoginItemSettings({ openAtLogin }),
    showNotification: ({ title, body, onClick }) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      notification.on('click', onClick);
      notification.show();
    },
    setBadge: (count, tooltip) => {
      app.setBadgeCount(count);
      tray?.setToolTip(tooltip);
    },
    signalOpenThread: () => {
      showWindow();
      window?.webContents.send(openThreadSignal);
    },
    now: () => Date.now(),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    log,
  });
  const host = await startConsoleHost({
    mode: 'desktop',
    version: app.getVersion(),
    dataDir: userData,
    secrets: chooseSecretBox(safeStorage, process.platform),
    files: directoryFiles(join(here, '..', 'renderer')),
    demo: { buyerPaceMs: 45_000 },
    log,
    handlers: desktop.handlers,
  });
  protocol.handle(scheme, (request) => host.handle(request));
  denyAllPermissions(session.defaultSession);
  // One session partition per profile (the default profile keeps the default session): the window
  // moves to a profile's partition when that profile is opened, and a wipe clears the partition.
  const partitions = createProfilePartitions({
    fromPartition: (partition) => session.fromPartition(partition),
    prepare: (profileSession) => {
      profileSession.protocol.handle(scheme, (request) => host.handle(request));
      denyAllPermissions(profileSession);
    },
  });
  let windowProfile = defaultProfileId;
  const dispatch = partitionedDispatch(host.dispatch, {
    windowProfile: () => windowProfile,
    moveWindow: (profileId) =>
      setImmediate(() => {
        const previous = window;
        desktop.forget(mainText('trayIdle', desktop.language()));
        windowProfile = profileId;
        window = openWindow();
        previous?.close();
      }),
    whoIs: (token) => host.workstation.whoIs(token),
    wipe: (profileId) => partitions.wipe(profileId),
    log,
  });
  registerValidatedIpc(ipcMain, dispatch, appOrigin);
  const openExternal = createExternalOpener({
    confirm: async (url) => {
      const options = confirmOpenDialogOptions(url, desktop.language());
      const parent = BrowserWindow.getFocusedWindow();
      const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
    openExternal: (url) => shell.openExternal(url),
    log,
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appOrigin, (url) => void openExternal(url)));
  app.on('before-quit', () => {
    desktop.dispose();
    void host.close();
  });
  lockOnOsEvents(
    powerMonitor,
    () => host.workstation.lockAll(),
    () => BrowserWindow.getAllWindows().forEach((w) => w.webContents.reload()),
  );

  const windowStateFile = atomicTextFile(join(userData, 'window-state.json'));
  const savedState = parseWindowState(await windowStateFile.read().catch(() => null));
  const openWindow = () => {
    const placement = restoreWindowState(
      savedState,
      screen.getAllDisplays().map((display) => display.workArea),
    );
    partitions.sessionOf(windowProfile);
    const created = new BrowserWindow({
      ...placement.bounds,
      title: 'Seller Console',
      show: false,
      webPreferences: {
        partition: profilePartition(windowProfile),
        preload: join(here, '..', 'preload', 'index.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: true,
        // A middle click must not open a link in a new window (Electronegativity AUXCLICK_JS_CHECK).
        disableBlinkFeatures: 'Auxclick',
      },
    });
    keepWindowState(
      created,
      windowStateFile,
      { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as NodeJS.Timeout) },
      log,
    );
    created.once('ready-to-show', () => {
      if (placement.maximized) created.maximize();
      created.show();
    });
    // The profile the window is for, for a page that has not chosen one yet (a new partition's first load).
    void created.loadURL(`${appOrigin}/?profile=${encodeURIComponent(windowProfile)}`);
    return created;
  };
  window = openWindow();
  openLink = (link) => desktop.openThread(link);
  if (earlyLink) openLink(earlyLink);
  earlyLink = null;
  app.on('second-instance', (_event, argv) => {
    const link = findDeepLink(argv.slice(1));
    if (link) openLink(link);
    else showWindow();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

main().catch((error: unknown) => {
  log('The console could not start', error);
  app.exit(1);
});
