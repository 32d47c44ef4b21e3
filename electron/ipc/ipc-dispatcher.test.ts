// The IPC dispatcher: channel lookup, zod validation of inputs, and how every outcome becomes an
// IpcResult (never a thrown error, never a stack).
import { describe, expect, it, vi } from 'vitest';
import type { ShopSummary } from '../../shared/ipc';
import { createIpcDispatcher, HandlerError, type IpcHandlers } from './ipc-dispatcher';
import { createWorkstationHandlers } from '../workstation/workstation-handlers';
import { createTeamStore } from '../workstation/team-store';
import { createWorkstationStore, type WorkstationStore } from '../workstation/workstation-store';

const summary: ShopSummary = {
  id: 'shop-1',
  label: 'My shop',
  market: 'FR',
  baseUrl: 'https://example.mirakl.net',
  miraklShopId: 2001,
  kind: 'mirakl',
};

function workstationHandlers() {
  const file = { read: async () => null, write: async () => undefined };
  const workstation: WorkstationStore = createWorkstationStore({ file });
  return createWorkstationHandlers(workstation, createTeamStore({ file, profiles: workstation }));
}

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  return {
    ...workstationHandlers(),
    'app:info': async () => ({ mode: 'web', version: '1.2.3', demo: true }),
    'shops:list': async () => [summary],
    'shops:connect': async () => summary,
    'shops:disconnect': async () => null,
    'desktop:attention': async () => null,
    'desktop:settings': async () => ({ available: false, startAtLogin: false, notifyLeadMinutes: 0 }),
    'desktop:settings:set': async () => ({ available: false, startAtLogin: false, notifyLeadMinutes: 0 }),
    'desktop:take-open-thread': async () => null,
    ...overrides,
  };
}

const validConnect = {
  label: '  My shop ',
  baseUrl: 'https://example.mirakl.net',
  key: 'abcdefgh-1234',
  miraklShopId: 2001,
  market: 'fr',
};

describe('createIpcDispatcher', () => {
  it('calls the handler and wraps its value', async () => {
    const dispatch = createIpcDispatcher(handlers(), vi.fn());
    expect(await dispatch('app:info', {})).toEqual({ ok: true, value: { mode: 'web', version: '1.2.3', demo: true } });
    expect(await dispatch('shops:list', {})).toEqual({ ok: true, value: [summary] });
    expect(await dispatch('shops:disconnect', { id: 'shop-1' })).toEqual({ ok: true, value: null });
  });

  it('treats a missing input as {}', async () => {
    const dispatch = createIpcDispatcher(handlers(), vi.fn());
    expect(await dispatch('app:info', undefined)).toMatchObject({ ok: true });
    expect(await dispatch('shops:list', null)).toMatchObject({ ok: true });
  });

  it('gives the handler the parsed input (trimmed, upper-cased), not the raw one', async () => {
    const connect = vi.fn(async () => summary);
    const dispatch = createIpcDispatcher(handlers({ 'shops:connect': connect }), vi.fn());
    await dispatch('shops:connect', validConnect);
    expect(connect).toHaveBeenCalledWith({ ...validConnect, label: 'My shop', market: 'FR' });
  });

  it('answers UNKNOWN_CHANNEL for a channel outside the contract, naming it', async () => {
    const dispatch = createIpcDispatcher(handlers(), vi.fn());
    for (const channel of ['shops:delete', '', 'constructor', '__proto__', 'toString']) {
      const result = await dispatch(channel, {});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('UNKNOWN_CHANNEL');
        expect(result.error.message).toContain(`"${channel}"`);
      }
    }
  });

  it.each([
    ['shops:connect', { ...validConnect, baseUrl: 'ftp://example.com' }, 'baseUrl'],
    ['shops:connect', { ...validConnect, baseUrl: 'http://example.com' }, 'baseUrl'],
    ['shops:connect', { ...validConnect, key: 'short' }, 'key'],
    ['shops:connect', { ...validConnect, label: '   ' }, 'label'],
    ['shops:connect', { ...validConnect, market: 'France' }, 'market'],
    ['shops:connect', { ...validConnect, miraklShopId: -3 }, 'miraklShopId'],
    ['shops:disconnect', {}, 'id'],
    ['shops:disconnect', { id: '' }, 'id'],
    ['shops:disconnect', { id: 42 }, 'id'],
  ])('answers INVALID_INPUT to %s %j, naming the field %s', async (channel, input, field) => {
    const handler = vi.fn(async () => summary);
    const dispatch = createIpcDispatcher(handlers({ 'shops:connect': handler, 'shops:disconnect': vi.fn(async () => null) }), vi.fn());
    const result = await dispatch(channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message.startsWith(`${field}: `)).toBe(true);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses unknown keys on strict channels, naming the key', async () => {
    const info = vi.fn(async () => ({ mode: 'web' as const, version: '1', demo: false }));
    const dispatch = createIpcDispatcher(handlers({ 'app:info': info }), vi.fn());
    const result = await dispatch('app:info', { extra: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toContain('extra');
    expect(info).not.toHaveBeenCalled();
  });

  it('refuses a non-object input', async () => {
    const dispatch = createIpcDispatcher(handlers(), vi.fn());
    expect(await dispatch('shops:disconnect', 'shop-1')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('passes a HandlerError code and message through without logging', async () => {
    const log = vi.fn();
    const dispatch = createIpcDispatcher(
      handlers({
        'shops:disconnect': async () => {
          throw new HandlerError('DEMO_SHOP', 'Demo shops cannot be removed.');
        },
      }),
      log,
    );
    expect(await dispatch('shops:disconnect', { id: 'demo-1' })).toEqual({
      ok: false,
      error: { code: 'DEMO_SHOP', message: 'Demo shops cannot be removed.' },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('turns any other failure into INTERNAL, logs it, and leaks neither message nor stack', async () => {
    const log = vi.fn();
    const boom = new Error('ENOENT: /home/seller/.config/secret-path/shops.json');
    const dispatch = createIpcDispatcher(
      handlers({
        'shops:list': async () => {
          throw boom;
        },
      }),
      log,
    );
    const result = await dispatch('shops:list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.message).not.toContain('secret-path');
      expect(result.error.message).not.toMatch(/\bat .*:\d+:\d+/);
    }
    expect(JSON.stringify(result)).not.toContain(boom.stack ?? 'never');
    expect(Object.keys(result).sort()).toEqual(['error', 'ok']);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toContain('shops:list');
    expect(log.mock.calls[0]?.[1]).toBe(boom);
  });

  it('turns a thrown non-Error into INTERNAL too', async () => {
    const log = vi.fn();
    const dispatch = createIpcDispatcher(
      handlers({
        'app:info': async () => {
          throw 'plain string';
        },
      }),
      log,
    );
    expect(await dispatch('app:info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('app:info'), 'plain string');
  });
});

describe('HandlerError', () => {
  it('is an Error with a code and a name', () => {
    const error = new HandlerError('X', 'why');
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('X');
    expect(error.message).toBe('why');
    expect(error.name).toBe('HandlerError');
  });
});
