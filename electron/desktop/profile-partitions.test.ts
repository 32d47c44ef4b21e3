// One session partition per profile in the desktop shell, with Electron's session API faked.
import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/ipc/result';
import { createProfilePartitions, partitionedDispatch, profilePartition } from './profile-partitions';

function fakeSessions() {
  const calls: string[] = [];
  const fromPartition = (partition: string) => ({
    partition,
    clearStorageData: async () => void calls.push(`clearStorageData ${partition}`),
    clearCache: async () => void calls.push(`clearCache ${partition}`),
  });
  return { calls, fromPartition };
}

describe('profilePartition', () => {
  it('names a persistent partition per profile, the default session for the default profile, and refuses anything else', () => {
    expect(profilePartition('p-anna')).toBe('persist:profile-p-anna');
    expect(profilePartition('default')).toBeUndefined();
    expect(() => profilePartition('../x')).toThrow(/not a profile id/);
    expect(() => profilePartition('')).toThrow(/not a profile id/);
  });
});

describe('createProfilePartitions', () => {
  it('prepares a profile’s partition session once (protocol, permissions) and wipes its storage and cache', async () => {
    const { calls, fromPartition } = fakeSessions();
    const prepared: string[] = [];
    const partitions = createProfilePartitions({ fromPartition, prepare: (s) => prepared.push(s.partition) });
    expect(partitions.sessionOf('p-anna')?.partition).toBe('persist:profile-p-anna');
    partitions.sessionOf('p-anna');
    partitions.sessionOf('p-ben');
    expect(partitions.sessionOf('default')).toBeUndefined();
    expect(prepared).toEqual(['persist:profile-p-anna', 'persist:profile-p-ben']);

    await partitions.wipe('p-anna');
    await partitions.wipe('default');
    expect(calls).toEqual(['clearStorageData persist:profile-p-anna', 'clearCache persist:profile-p-anna']);
  });
});

describe('partitionedDispatch', () => {
  function setup(windowProfile: string) {
    const passed: string[] = [];
    const moved: string[] = [];
    const wiped: string[] = [];
    const dispatch = partitionedDispatch(
      async (channel) => {
        passed.push(channel);
        return ok(null);
      },
      {
        windowProfile: () => windowProfile,
        moveWindow: (id) => moved.push(id),
        whoIs: async (session) => {
          if (session === 'session-of-anna-000') return { id: 'p-anna' };
          throw new Error('LOCKED');
        },
        wipe: async (id) => void wiped.push(id),
        log: () => undefined,
      },
    );
    return { dispatch, passed, moved, wiped };
  }

  it('moves the window when another profile is opened in it, without checking the PIN there; opens its own profile as usual', async () => {
    const { dispatch, passed, moved } = setup('default');
    const answer = await dispatch('workstation:open', { id: 'p-anna', pin: '2468' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'MOVED_TO_PROFILE_WINDOW' } });
    expect(moved).toEqual(['p-anna']);
    expect(passed).toEqual([]);
    expect(await dispatch('workstation:open', { id: 'default' })).toEqual(ok(null));
    expect(passed).toEqual(['workstation:open']);
  });

  it('wipes the removed profile’s partition after the host removed it, and passes other calls through', async () => {
    const { dispatch, passed, wiped } = setup('p-anna');
    await dispatch('workstation:remove', { session: 'session-of-anna-000' });
    await dispatch('workstation:remove', { session: 'not-a-session-0000' });
    await dispatch('shops:list', {});
    expect(wiped).toEqual(['p-anna']);
    expect(passed).toEqual(['workstation:remove', 'workstation:remove', 'shops:list']);
  });
});
