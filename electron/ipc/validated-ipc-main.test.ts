// Registering the IPC contract on a fake ipcMain: every channel is registered, and only frames of the
// console's own origin reach the dispatcher.
import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/ipc';
import type { IpcDispatcher } from './ipc-dispatcher';
import { isTrustedFrame, registerValidatedIpc, type IpcEventLike, type IpcMainLike } from './validated-ipc-main';

const trustedOrigin = 'app://console';

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    },
  };
  return { ipcMain, listeners };
}

function setup() {
  const { ipcMain, listeners } = fakeIpcMain();
  const dispatch = vi.fn<IpcDispatcher>(async (channel) => ({ ok: true, value: `handled ${channel}` }));
  registerValidatedIpc(ipcMain, dispatch, trustedOrigin);
  const invoke = (channel: string, frame: IpcEventLike['senderFrame'], input: unknown = {}) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no listener for ${channel}`);
    return listener({ senderFrame: frame }, input);
  };
  return { listeners, dispatch, invoke };
}

describe('registerValidatedIpc', () => {
  it('registers every channel of the contract, and only those', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual([...channelNames].sort());
    expect(listeners.size).toBe(channelNames.length);
  });

  it.each([
    ['another origin', { url: 'https://evil.example/' }],
    ['a null frame', null],
    ['a malformed URL', { url: 'not a url' }],
    ['an empty URL', { url: '' }],
    ['a look-alike host', { url: 'app://console.evil.com/index.html' }],
    ['a longer host', { url: 'app://consoles/' }],
    ['another scheme', { url: 'http://console/' }],
    ['a port', { url: 'app://console:8080/' }],
    ['a file URL', { url: 'file:///app/index.html' }],
    ['user info', { url: 'app://console@evil.com/' }],
  ])('refuses %s with UNTRUSTED_SENDER before the dispatcher', async (_name, frame) => {
    const { dispatch, invoke } = setup();
    for (const channel of channelNames) {
      const result = await invoke(channel, frame, { id: 'shop-1' });
      expect(result).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
      expect(typeof (result as { error: { message: unknown } }).error.message).toBe('string');
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('lets a frame of the console origin through to the dispatcher, with the channel and input', async () => {
    const { dispatch, invoke } = setup();
    const result = await invoke('shops:disconnect', { url: 'app://console/inbox?thread=1#top' }, { id: 'shop-1' });
    expect(result).toEqual({ ok: true, value: 'handled shops:disconnect' });
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(dispatch).toHaveBeenCalledWith('shops:disconnect', { id: 'shop-1' });
  });

  it('returns what the dispatcher returns, failures included', async () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const failure = { ok: false as const, error: { code: 'INVALID_INPUT', message: 'id: too short' } };
    registerValidatedIpc(ipcMain, async () => failure, trustedOrigin);
    expect(await listeners.get('shops:disconnect')?.({ senderFrame: { url: 'app://console/' } }, {})).toEqual(failure);
  });
});

describe('isTrustedFrame', () => {
  it('accepts the exact origin, whatever the path', () => {
    expect(isTrustedFrame('app://console/', trustedOrigin)).toBe(true);
    expect(isTrustedFrame('app://console/settings/shops', trustedOrigin)).toBe(true);
    expect(isTrustedFrame('http://127.0.0.1:5170/inbox', 'http://127.0.0.1:5170')).toBe(true);
  });

  it('refuses anything else', () => {
    expect(isTrustedFrame(undefined, trustedOrigin)).toBe(false);
    expect(isTrustedFrame('', trustedOrigin)).toBe(false);
    expect(isTrustedFrame('app://console.evil.com/', trustedOrigin)).toBe(false);
    expect(isTrustedFrame('http://127.0.0.1:5171/', 'http://127.0.0.1:5170')).toBe(false);
    expect(isTrustedFrame('::::', trustedOrigin)).toBe(false);
  });
});
