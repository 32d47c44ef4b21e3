import { checkExternalUrl } from './external-url-policy';

type Preventable = { preventDefault(): void };

/** The parts of Electron's webContents this module hardens (passed in, so tests run in plain Node). */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): void;
  on(event: 'will-frame-navigate', listener: (details: Preventable & { url: string }) => void): void;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The parts of Electron's session whose permission handlers this module sets. */
export interface PermissionSessionLike {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/**
 * Keeps a window on the console's own origin: navigation, frame navigation and redirects elsewhere
 * are cancelled, new windows are denied (an address that passes the external-URL policy is handed to
 * `openExternal`, which asks the seller before opening it; it is never opened inside the app), and
 * webviews cannot be attached.
 */
export function hardenWebContents(contents: WebContentsLike, appOrigin: string, openExternal: (url: string) => void): void {
  const stayHome = (event: Preventable, url: string) => {
    if (!sameOrigin(url, appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-frame-navigate', (details) => stayHome(details, details.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const verdict = checkExternalUrl(url);
    if (verdict.ok) openExternal(verdict.url);
    return { action: 'deny' };
  });
}

/**
 * Denies every permission a page asks for (camera, notifications, geolocation...) and answers every
 * permission check with "no": the console needs none, and both handlers deny by default so a new
 * permission Chromium adds later is denied too.
 */
export function denyAllPermissions(session: PermissionSessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === origin;
  } catch {
    return false;
  }
}
