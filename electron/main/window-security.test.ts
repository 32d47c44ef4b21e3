// Window hardening with a fake webContents: navigation stays on the console's origin, new windows are
// always denied (https links go to the system browser), webviews are never attached.
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenWebContents, type PermissionSessionLike, type WebContentsLike } from './window-security';

const appOrigin = 'app://console';

type NavigationListener = (event: { preventDefault(): void }, url: string) => void;
type AttachListener = (event: { preventDefault(): void }) => void;
type FrameListener = (details: { preventDefault(): void; url: string }) => void;

function fakeContents() {
  const listeners = new Map<string, Array<NavigationListener | AttachListener | FrameListener>>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: WebContentsLike = {
    on(event: string, listener: NavigationListener | AttachListener | FrameListener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  const openExternal = vi.fn<(url: string) => void>();
  hardenWebContents(contents, appOrigin, openExternal);

  /** Emits a navigation-like event; true when a listener prevented it. */
  function emit(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    const registered = listeners.get(event) ?? [];
    expect(registered.length).toBeGreaterThan(0);
    let prevented = false;
    const preventDefault = () => (prevented = true);
    for (const listener of registered) {
      if (event === 'will-frame-navigate') (listener as FrameListener)({ preventDefault, url });
      else (listener as NavigationListener)({ preventDefault }, url);
    }
    return prevented;
  }
  function attachWebview(): boolean {
    const registered = listeners.get('will-attach-webview') ?? [];
    expect(registered.length).toBeGreaterThan(0);
    let prevented = false;
    for (const listener of registered) (listener as AttachListener)({ preventDefault: () => (prevented = true) });
    return prevented;
  }
  function open(url: string) {
    if (!openHandler) throw new Error('no window open handler was set');
    return openHandler({ url });
  }
  return { emit, attachWebview, open, openExternal };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)('%s to another origin is prevented', (event) => {
    const { emit } = fakeContents();
    for (const url of [
      'https://evil.example/',
      'http://console/',
      'app://console.evil.com/',
      'app://consoles/',
      'app://console:1234/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'not a url',
      '',
    ]) {
      expect(emit(event, url), url).toBe(true);
    }
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)('%s within the console origin is allowed', (event) => {
    const { emit } = fakeContents();
    expect(emit(event, 'app://console/')).toBe(false);
    expect(emit(event, 'app://console/inbox/thread/42?x=1#top')).toBe(false);
  });

  it('always denies window.open, handing https links to openExternal', () => {
    const { open, openExternal } = fakeContents();
    expect(open('https://help.example.com/article?id=1')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://help.example.com/article?id=1');
  });

  it.each([
    'http://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://console/other',
    'data:text/html,x',
    'mailto:a@b.c',
    'https://user:pass@example.com/',
    'https:\\\\evil.example\\',
    'seller-console://thread/1/2',
    '',
  ])('denies window.open(%j) without opening anything', (url) => {
    const { open, openExternal } = fakeContents();
    expect(open(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents attaching a webview', () => {
    expect(fakeContents().attachWebview()).toBe(true);
  });

  it('normalises the address it hands to openExternal', () => {
    const { open, openExternal } = fakeContents();
    open('HTTPS://Help.Example.com');
    expect(openExternal).toHaveBeenCalledWith('https://help.example.com/');
  });
});

describe('denyAllPermissions', () => {
  it('denies every permission request and every permission check', () => {
    let request: Parameters<PermissionSessionLike['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSessionLike['setPermissionCheckHandler']>[0] | undefined;
    denyAllPermissions({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) });
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'some-future-permission']) {
      const callback = vi.fn<(granted: boolean) => void>();
      request?.(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check?.(null, permission)).toBe(false);
    }
    expect(request).toBeDefined();
    expect(check).toBeDefined();
  });
});
