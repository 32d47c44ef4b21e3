import { describe, expect, it } from 'vitest';
import { memoryTextFile as memoryFile } from '../storage/atomic-file';
import { hashPin } from './pin-kdf';
import { lockedGateway } from './workstation-handlers';
import { createWorkstationStore, lockoutMs, maxPinFailures } from './workstation-store';

const cheap = (pin: string) => hashPin(pin, { N: 1024, r: 8, p: 1 });

function setup() {
  let time = new Date('2026-11-28T10:00:00Z').getTime();
  const file = memoryFile();
  const store = createWorkstationStore({ file, hash: cheap, now: () => new Date(time) });
  return { store, file, advance: (ms: number) => (time += ms) };
}

describe('the workstation store', () => {
  it('starts with the default profile, without a PIN', async () => {
    const { store } = setup();
    expect(await store.list()).toEqual([
      { id: 'default', name: '', hasPin: false, idleLockMinutes: 15, shopIds: null, retentionDays: 180 },
    ]);
  });

  it('keeps profiles with a PIN hash on disk, never the PIN, and refuses a duplicate name', async () => {
    const { store, file } = setup();
    const anna = await store.create({ name: 'Anna', pin: '2468', idleLockMinutes: 5, retentionDays: 30 });
    expect(anna).toMatchObject({ name: 'Anna', hasPin: true, idleLockMinutes: 5, retentionDays: 30 });
    expect(anna.id).toMatch(/^p-[0-9a-f]{8}$/);
    expect(file.text).toContain('scrypt$');
    expect(file.text).not.toContain('2468');
    await expect(store.create({ name: 'anna' })).rejects.toMatchObject({ code: 'NAME_TAKEN' });
    const reloaded = createWorkstationStore({ file, hash: cheap });
    expect((await reloaded.list()).map((p) => p.name)).toEqual(['', 'Anna']);
  });

  it('opens a PIN profile only with its PIN, and locks it out after repeated wrong PINs', async () => {
    const { store, advance } = setup();
    const anna = await store.create({ name: 'Anna', pin: '2468' });
    await expect(store.open(anna.id, '0000')).rejects.toMatchObject({ code: 'WRONG_PIN' });
    await expect(store.open(anna.id, undefined)).rejects.toMatchObject({ code: 'WRONG_PIN' });
    for (let i = 2; i < maxPinFailures; i++) await expect(store.open(anna.id, '0000')).rejects.toMatchObject({ code: 'WRONG_PIN' });
    await expect(store.open(anna.id, '2468')).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    advance(lockoutMs + 1);
    const opened = await store.open(anna.id, '2468');
    expect(opened.session.length).toBeGreaterThanOrEqual(32);
  });

  it("admits a PIN profile's data calls only with an open session, until it is locked", async () => {
    const { store } = setup();
    const anna = await store.create({ name: 'Anna', pin: '2468' });
    expect(await store.admits(null, null)).toBe(true);
    expect(await store.admits(anna.id, null)).toBe(false);
    const { session } = await store.open(anna.id, '2468');
    const other = await store.open('default', undefined);
    expect(await store.admits(anna.id, session)).toBe(true);
    expect(await store.admits(anna.id, other.session)).toBe(false);
    expect(await store.admits('p-unknown', session)).toBe(false);
    await store.lock(session);
    expect(await store.admits(anna.id, session)).toBe(false);
    const again = await store.open(anna.id, '2468');
    store.lockAll();
    expect(await store.admits(anna.id, again.session)).toBe(false);
  });

  it("refuses a profile's data calls to a shop it may not use", async () => {
    const { store } = setup();
    const ben = await store.create({ name: 'Ben', shopIds: ['demo-2002'] });
    expect(ben.shopIds).toEqual(['demo-2002']);
    expect(await store.admits(ben.id, null, 'demo-2002')).toBe(true);
    expect(await store.admits(ben.id, null, 'demo-2001')).toBe(false);
    const gateway = lockedGateway(async () => new Response('ok'), store);
    const refused = await gateway(
      new Request('http://console/platform/demo-2001/api/inbox/threads', { headers: { 'x-console-profile': ben.id } }),
    );
    expect(refused.status).toBe(423);
  });

  it('the locked gateway answers 423 without forwarding a locked profile’s request', async () => {
    const { store } = setup();
    const anna = await store.create({ name: 'Anna', pin: '2468' });
    const forwarded: string[] = [];
    const gateway = lockedGateway(async (request) => {
      forwarded.push(request.url);
      return new Response('ok');
    }, store);
    const locked = await gateway(
      new Request('http://console/platform/demo-2001/api/inbox/threads', { headers: { 'x-console-profile': anna.id } }),
    );
    expect(locked.status).toBe(423);
    expect(forwarded).toEqual([]);
    const { session } = await store.open(anna.id, '2468');
    const open = await gateway(
      new Request('http://console/platform/demo-2001/api/inbox/threads', {
        headers: { 'x-console-profile': anna.id, 'x-console-session': session },
      }),
    );
    expect(open.status).toBe(200);
    expect(forwarded).toHaveLength(1);
  });

  it('records audit entries stamped by the host with the session’s profile, newest first, and only for an open session', async () => {
    const { store, advance } = setup();
    const anna = await store.create({ name: 'Anna', pin: '2468' });
    const ben = await store.create({ name: 'Ben' });
    const a = await store.open(anna.id, '2468');
    const b = await store.open(ben.id, undefined);
    await store.record(a.session, 'reply-sent', 'demo-2001/t-1', '');
    advance(1000);
    await store.record(b.session, 'case-changed', 'return:demo-2001:r-9', 'return-accepted');
    expect(await store.audit(a.session)).toEqual([
      {
        at: '2026-11-28T10:00:01.000Z',
        profileId: ben.id,
        profileName: 'Ben',
        action: 'case-changed',
        subject: 'return:demo-2001:r-9',
        detail: 'return-accepted',
      },
      {
        at: '2026-11-28T10:00:00.000Z',
        profileId: anna.id,
        profileName: 'Anna',
        action: 'reply-sent',
        subject: 'demo-2001/t-1',
        detail: '',
      },
    ]);
    await store.lock(a.session);
    await expect(store.record(a.session, 'reply-sent', 'x', '')).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(store.audit(a.session)).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('removes a profile with its sessions; the default profile stays', async () => {
    const { store } = setup();
    const ben = await store.create({ name: 'Ben' });
    const b = await store.open(ben.id, undefined);
    await store.remove(b.session);
    expect((await store.list()).map((p) => p.id)).toEqual(['default']);
    await expect(store.record(b.session, 'reply-sent', 'x', '')).rejects.toMatchObject({ code: 'LOCKED' });
    const d = await store.open('default', undefined);
    await store.remove(d.session);
    expect((await store.list()).map((p) => p.id)).toEqual(['default']);
  });
});
