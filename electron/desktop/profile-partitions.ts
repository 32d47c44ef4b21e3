import { fail, type IpcResult } from '../../shared/ipc/result';

/** The profile every workstation has; its window keeps Electron's default session (where its data always was). */
export const defaultProfileId = 'default';
const profileIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The session partition of a profile's window: `persist:profile-<id>`, so cookies, caches, the
 * service worker and IndexedDB of one profile are kept apart from every other's on disk; undefined
 * for the default profile (Electron's default session, so an existing install keeps its data).
 * Throws for an id that is not a profile id (it must never name another partition).
 */
export function profilePartition(profileId: string): string | undefined {
  if (!profileIdPattern.test(profileId)) throw new Error(`"${profileId}" is not a profile id.`);
  return profileId === defaultProfileId ? undefined : `persist:profile-${profileId}`;
}

/** The part of Electron's session this module uses to wipe one. */
export interface PartitionSessionLike {
  clearStorageData(): Promise<void>;
  clearCache(): Promise<void>;
}

/**
 * The profiles' sessions: `sessionOf` gives a profile's partition session, set up once by `prepare`
 * (the console's protocol and the permission handlers, which a new partition does not inherit from
 * the default session); `wipe` clears its storage (IndexedDB, local and session storage, cookies,
 * service workers, cache) and its HTTP cache. The default profile's session is never wiped here.
 * Electron's APIs are passed in (`session.fromPartition`), so this runs in plain Node tests.
 */
export function createProfilePartitions<S extends PartitionSessionLike>(deps: {
  fromPartition(partition: string): S;
  prepare(session: S): void;
}) {
  const prepared = new Set<string>();
  return {
    /** The session of `profileId`'s partition, prepared on first use; undefined for the default profile. */
    sessionOf(profileId: string): S | undefined {
      const partition = profilePartition(profileId);
      if (partition === undefined) return undefined;
      const session = deps.fromPartition(partition);
      if (!prepared.has(partition)) {
        deps.prepare(session);
        prepared.add(partition);
      }
      return session;
    },
    /** Clears everything `profileId`'s partition keeps on disk (nothing for the default profile). */
    async wipe(profileId: string): Promise<void> {
      const partition = profilePartition(profileId);
      if (partition === undefined) return;
      const session = deps.fromPartition(partition);
      await session.clearStorageData();
      await session.clearCache();
    },
  };
}

type Dispatch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

/**
 * The host's IPC dispatcher as the desktop window uses it, keeping one partition per profile:
 * - opening a profile other than the one whose partition the window is in is not answered there: the
 *   window is moved (`moveWindow`: a new window in that profile's partition, which asks again, and
 *   the old one closed), so no profile's data is ever stored in another's partition; answered
 *   MOVED_TO_PROFILE_WINDOW;
 * - removing (wiping) a profile also wipes its partition (`wipe`) once the host removed it.
 * Other calls pass through unchanged.
 */
export function partitionedDispatch(
  dispatch: Dispatch,
  deps: {
    windowProfile(): string;
    moveWindow(profileId: string): void;
    whoIs(session: string): Promise<{ id: string }>;
    wipe(profileId: string): Promise<void>;
    log(message: string, error?: unknown): void;
  },
): Dispatch {
  return async (channel, input) => {
    const fields = (input ?? {}) as { id?: unknown; session?: unknown };
    if (channel === 'workstation:open' && typeof fields.id === 'string' && profileIdPattern.test(fields.id)) {
      if (profilePartition(fields.id) !== profilePartition(deps.windowProfile())) {
        deps.moveWindow(fields.id);
        return fail('MOVED_TO_PROFILE_WINDOW', 'The profile opens in its own window.');
      }
    }
    if (channel === 'workstation:remove' && typeof fields.session === 'string') {
      const profile = await deps.whoIs(fields.session).catch(() => null);
      const result = await dispatch(channel, input);
      if (result.ok && profile)
        await deps.wipe(profile.id).catch((error: unknown) => deps.log('A wiped profile’s partition could not be cleared', error));
      return result;
    }
    return dispatch(channel, input);
  };
}
