// The desktop shell, kept thin: every decision lives in modules that run in plain Node tests
// (console-host, gateway, IPC dispatcher, window-security); this file only hands them Electron's APIs.
import { app, BrowserWindow, ipcMain, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startConsoleHost } from '../host/console-host';
import { directoryFiles } from '../host/static-files';
import { registerValidatedIpc } from '../ipc/validated-ipc-main';
import { safeStorageBox } from './safe-storage-box';
import { hardenWebContents } from './window-security';
import { lockOnOsEvents } from '../workstation/os-lock';

const scheme = 'app';
const appOrigin = `${scheme}://console`;
const here = dirname(fileURLToPath(import.meta.url));

// The console is served from its own origin instead of file://, so the CSP, same-origin fetches to
// the gateway and IndexedDB all behave as in a browser.
protocol.registerSchemesAsPrivileged([{ scheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);

if (!app.requestSingleInstanceLock()) app.quit();

const log = (message: string, error?: unknown) => console.error(message, error ?? '');

async function main(): Promise<void> {
  await app.whenReady();
  const host = await startConsoleHost({
    mode: 'desktop',
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    secrets: safeStorageBox(safeStorage),
    files: directoryFiles(join(here, '..', 'renderer')),
    demo: { buyerPaceMs: 45_000 },
    log,
  });
  protocol.handle(scheme, (request) => host.handle(request));
  registerValidatedIpc(ipcMain, host.dispatch, appOrigin);
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appOrigin, (url) => void shell.openExternal(url)));
  app.on('before-quit', () => void host.close());
  lockOnOsEvents(
    powerMonitor,
    () => host.workstation.lockAll(),
    () => BrowserWindow.getAllWindows().forEach((w) => w.webContents.reload()),
  );

  const openWindow = () => {
    const window = new BrowserWindow({
      width: 1280,
      height: 820,
      title: 'Seller Console',
      show: false,
      webPreferences: {
        preload: join(here, '..', 'preload', 'index.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: true,
      },
    });
    window.once('ready-to-show', () => window.show());
    void window.loadURL(`${appOrigin}/`);
    return window;
  };
  let window = openWindow();
  app.on('second-instance', () => {
    if (window.isDestroyed()) window = openWindow();
    window.focus();
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
