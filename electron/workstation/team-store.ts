import type { TeamNote, TeamSubject } from '../../shared/ipc';
import { HandlerError } from '../ipc/ipc-dispatcher';
import type { TextFile } from '../storage/atomic-file';
import type { WorkstationStore } from './workstation-store';

interface StoredTeam {
  version: 1;
  assignments: Record<string, string>;
  notes: Record<string, TeamNote[]>;
}

/** How long "being answered by" stays without the profile saying so again. */
export const presenceTtlMs = 2 * 60_000;
/** Notes kept per subject (the newest). */
export const maxNotesPerSubject = 200;

/**
 * What the team shares across profiles, kept by the host beside the profiles (never in a profile's
 * database, which the other profiles cannot read): who a thread or case is assigned to, internal
 * notes (never sent to a buyer: no outbox path reads them), and who has a draft open where
 * (in memory only, fading after `presenceTtlMs`). Every call proves its profile with a session.
 */
export function createTeamStore(options: { file: TextFile; profiles: Pick<WorkstationStore, 'whoIs' | 'list'>; now?: () => Date }) {
  const now = options.now ?? (() => new Date());
  const presence = new Map<string, { subject: string; until: number }>();
  let cache: StoredTeam | null = null;
  let writes: Promise<unknown> = Promise.resolve();
  async function load(): Promise<StoredTeam> {
    if (cache) return cache;
    const text = await options.file.read();
    cache = text ? (JSON.parse(text) as StoredTeam) : { version: 1, assignments: {}, notes: {} };
    return cache;
  }
  function change(apply: (state: StoredTeam) => void): Promise<void> {
    const next = writes.then(async () => {
      const state = await load();
      apply(state);
      await options.file.write(JSON.stringify(state));
    });
    writes = next.catch(() => undefined);
    return next;
  }
  async function names(): Promise<Map<string, string>> {
    return new Map((await options.profiles.list()).map((p) => [p.id, p.name]));
  }

  return {
    async subject(session: string, subject: string): Promise<TeamSubject> {
      const me = await options.profiles.whoIs(session);
      const state = await load();
      const known = await names();
      const assigneeId = state.assignments[subject];
      const time = now().getTime();
      const answering = [...presence.entries()]
        .filter(([id, p]) => id !== me.id && p.subject === subject && p.until > time && known.has(id))
        .map(([id]) => ({ profileId: id, profileName: known.get(id) ?? '' }));
      return {
        assignee: assigneeId && known.has(assigneeId) ? { profileId: assigneeId, profileName: known.get(assigneeId) ?? '' } : null,
        notes: state.notes[subject] ?? [],
        answering,
      };
    },
    async assign(session: string, subject: string, profileId: string | null): Promise<void> {
      await options.profiles.whoIs(session);
      if (profileId !== null && !(await names()).has(profileId)) throw new HandlerError('UNKNOWN_PROFILE', 'That profile does not exist.');
      await change((state) => {
        if (profileId === null) delete state.assignments[subject];
        else state.assignments[subject] = profileId;
      });
    },
    async note(session: string, subject: string, text: string): Promise<void> {
      const me = await options.profiles.whoIs(session);
      await change((state) => {
        const notes = (state.notes[subject] ??= []);
        notes.push({ at: now().toISOString(), profileId: me.id, profileName: me.name, text });
        if (notes.length > maxNotesPerSubject) notes.splice(0, notes.length - maxNotesPerSubject);
      });
    },
    async presence(session: string, subject: string | null): Promise<void> {
      const me = await options.profiles.whoIs(session);
      if (subject === null) presence.delete(me.id);
      else presence.set(me.id, { subject, until: now().getTime() + presenceTtlMs });
    },
    async assignments(session: string): Promise<Record<string, string>> {
      await options.profiles.whoIs(session);
      return { ...(await load()).assignments };
    },
  };
}

export type TeamStore = ReturnType<typeof createTeamStore>;
