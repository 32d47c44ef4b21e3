import { randomBytes, randomUUID } from 'node:crypto';
import type { AuditAction, AuditEntry, ProfileSummary } from '../../shared/ipc';
import { HandlerError } from '../ipc/ipc-dispatcher';
import type { TextFile } from '../storage/atomic-file';
import { hashPin, verifyPin } from './pin-kdf';

interface StoredProfile {
  id: string;
  name: string;
  pinHash: string | null;
  idleLockMinutes: number;
  shopIds?: string[] | null;
  retentionDays?: number;
}

interface StoredWorkstation {
  version: 1;
  profiles: StoredProfile[];
  audit: AuditEntry[];
}

/** The profile every console has from the start (no PIN): the one all data lived in before profiles. */
export const defaultProfileId = 'default';
/** Days cached buyer data is kept when the profile does not say otherwise. */
export const defaultRetentionDays = 180;
/** Wrong PINs in a row after which a profile refuses further tries for `lockoutMs`. */
export const maxPinFailures = 5;
export const lockoutMs = 60_000;
/** The audit log keeps this many newest entries. */
export const maxAuditEntries = 10_000;

export interface WorkstationStoreOptions {
  file: TextFile;
  now?: () => Date;
  /** Hashes a PIN (tests pass a cheaper scrypt cost). */
  hash?: (pin: string) => Promise<string>;
}

/**
 * The workstation's shared store, kept by the host (main process or local web server), never in a
 * renderer: the profiles and their PIN hashes, the open sessions, and the team's audit log. PINs are
 * checked here, so a renderer can neither read a hash nor open a profile without its PIN; the
 * gateway asks `admits` before forwarding a profile's data calls.
 */
export function createWorkstationStore(options: WorkstationStoreOptions) {
  const now = options.now ?? (() => new Date());
  const hash = options.hash ?? ((pin: string) => hashPin(pin));
  const sessions = new Map<string, string>();
  const failures = new Map<string, { count: number; until: number }>();
  let cache: StoredWorkstation | null = null;
  let writes: Promise<unknown> = Promise.resolve();

  async function load(): Promise<StoredWorkstation> {
    if (cache) return cache;
    const text = await options.file.read();
    const parsed = text ? (JSON.parse(text) as StoredWorkstation) : { version: 1 as const, profiles: [], audit: [] };
    if (!parsed.profiles.some((p) => p.id === defaultProfileId)) {
      parsed.profiles.unshift({ id: defaultProfileId, name: '', pinHash: null, idleLockMinutes: 15 });
    }
    cache = parsed;
    return parsed;
  }
  /** Applies a change and writes the file; changes are serialized so none is lost. */
  function change<T>(apply: (state: StoredWorkstation) => T | Promise<T>): Promise<T> {
    const next = writes.then(async () => {
      const state = await load();
      const result = await apply(state);
      await options.file.write(JSON.stringify(state));
      return result;
    });
    writes = next.catch(() => undefined);
    return next;
  }
  const summary = (p: StoredProfile): ProfileSummary => ({
    id: p.id,
    name: p.name,
    hasPin: p.pinHash !== null,
    idleLockMinutes: p.idleLockMinutes,
    shopIds: p.shopIds ?? null,
    retentionDays: p.retentionDays ?? defaultRetentionDays,
  });
  async function profileOf(session: string): Promise<StoredProfile> {
    const id = sessions.get(session);
    const profile = id ? (await load()).profiles.find((p) => p.id === id) : undefined;
    if (!profile) throw new HandlerError('LOCKED', 'The profile is locked. Open it again with its PIN.');
    return profile;
  }

  return {
    async list(): Promise<ProfileSummary[]> {
      return (await load()).profiles.map(summary);
    },
    async create(input: {
      name: string;
      pin?: string;
      idleLockMinutes?: number;
      shopIds?: string[] | null;
      retentionDays?: number;
    }): Promise<ProfileSummary> {
      const pinHash = input.pin ? await hash(input.pin) : null;
      return change((state) => {
        if (state.profiles.some((p) => p.name.toLowerCase() === input.name.toLowerCase())) {
          throw new HandlerError('NAME_TAKEN', 'Another profile already has that name.');
        }
        const profile = {
          id: `p-${randomUUID().slice(0, 8)}`,
          name: input.name,
          pinHash,
          idleLockMinutes: input.idleLockMinutes ?? 15,
          shopIds: input.shopIds ?? null,
          retentionDays: input.retentionDays ?? defaultRetentionDays,
        };
        state.profiles.push(profile);
        return summary(profile);
      });
    },
    async rename(session: string, name: string): Promise<ProfileSummary> {
      const id = (await profileOf(session)).id;
      return change((state) => {
        if (state.profiles.some((p) => p.id !== id && p.name.toLowerCase() === name.toLowerCase())) {
          throw new HandlerError('NAME_TAKEN', 'Another profile already has that name.');
        }
        const profile = state.profiles.find((p) => p.id === id)!;
        profile.name = name;
        return summary(profile);
      });
    },
    /** Opens a profile: checks the PIN (if any), answers a new session token. */
    async open(id: string, pin: string | undefined): Promise<{ session: string; profile: ProfileSummary }> {
      const profile = (await load()).profiles.find((p) => p.id === id);
      if (!profile) throw new HandlerError('UNKNOWN_PROFILE', 'That profile does not exist.');
      if (profile.pinHash) {
        const tries = failures.get(id);
        if (tries && tries.count >= maxPinFailures && now().getTime() < tries.until) {
          throw new HandlerError('TOO_MANY_ATTEMPTS', 'Too many wrong PINs. Wait a minute and try again.');
        }
        if (!(await verifyPin(pin ?? '', profile.pinHash))) {
          const count = (tries && now().getTime() < tries.until ? tries.count : 0) + 1;
          failures.set(id, { count, until: now().getTime() + lockoutMs });
          throw new HandlerError('WRONG_PIN', 'That PIN is not right.');
        }
        failures.delete(id);
      }
      const session = randomBytes(32).toString('base64url');
      sessions.set(session, id);
      return { session, profile: summary(profile) };
    },
    /** Ends a session (lock or switch); an unknown session is already locked. */
    async lock(session: string): Promise<void> {
      sessions.delete(session);
    },
    /** Locks every open profile (the OS locked or suspended). */
    lockAll(): void {
      sessions.clear();
    },
    /** Removes the session's profile and ends its sessions; the default profile stays (emptied). */
    async remove(session: string): Promise<void> {
      const id = (await profileOf(session)).id;
      for (const [token, owner] of sessions) if (owner === id) sessions.delete(token);
      if (id === defaultProfileId) return;
      await change((state) => {
        state.profiles = state.profiles.filter((p) => p.id !== id);
      });
    },
    /**
     * Whether the gateway may forward a data call claiming `profileId` with `session` to `shopId`:
     * never to a shop the profile may not use, and for a profile with a PIN only with its open session.
     */
    async admits(profileId: string | null, session: string | null, shopId: string | null = null): Promise<boolean> {
      const id = profileId ?? defaultProfileId;
      const profile = (await load()).profiles.find((p) => p.id === id);
      if (!profile) return false;
      if (shopId !== null && profile.shopIds && !profile.shopIds.includes(shopId)) return false;
      if (!profile.pinHash) return true;
      return session !== null && sessions.get(session) === id;
    },
    async record(session: string, action: AuditAction, subject: string, detail: string): Promise<void> {
      const profile = await profileOf(session);
      await change((state) => {
        state.audit.push({ at: now().toISOString(), profileId: profile.id, profileName: profile.name, action, subject, detail });
        if (state.audit.length > maxAuditEntries) state.audit.splice(0, state.audit.length - maxAuditEntries);
      });
    },
    /** The open profile of a session; rejects with LOCKED for a session that is not open. */
    async whoIs(session: string): Promise<ProfileSummary> {
      return summary(await profileOf(session));
    },
    async audit(session: string): Promise<AuditEntry[]> {
      await profileOf(session);
      return [...(await load()).audit].reverse();
    },
  };
}

export type WorkstationStore = ReturnType<typeof createWorkstationStore>;
