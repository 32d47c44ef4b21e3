import { caseKeyOfSubject, profileHeaderName, sessionHeaderName } from '../../shared/ipc';
import type { IpcHandlers } from '../ipc/ipc-dispatcher';
import type { TeamStore } from './team-store';
import type { WorkstationStore } from './workstation-store';

type WorkstationChannel = Extract<keyof IpcHandlers, `workstation:${string}` | `team:${string}`>;

/** The workstation and team channels of the IPC contract, on the host's workstation and team stores. */
export function createWorkstationHandlers(store: WorkstationStore, team: TeamStore): Pick<IpcHandlers, WorkstationChannel> {
  return {
    'team:subject': ({ session, subject }) => team.subject(session, subject),
    'team:assign': async ({ session, subject, profileId }) => {
      await team.assign(session, subject, profileId);
      // A case's assignment is a change to the case: the audit log says who assigned it to whom.
      const caseKey = caseKeyOfSubject(subject);
      if (caseKey !== null) {
        const assignee = profileId === null ? undefined : (await store.list()).find((p) => p.id === profileId);
        await store.record(session, 'case-assigned', caseKey, assignee ? assignee.name || assignee.id : 'unassigned');
      }
      return null;
    },
    'team:note': async ({ session, subject, text }) => {
      await team.note(session, subject, text);
      return null;
    },
    'team:presence': async ({ session, subject }) => {
      await team.presence(session, subject);
      return null;
    },
    'team:assignments': ({ session }) => team.assignments(session),
    'workstation:profiles': () => store.list(),
    'workstation:create': (input) => store.create(input),
    'workstation:rename': ({ session, name }) => store.rename(session, name),
    'workstation:open': ({ id, pin }) => store.open(id, pin),
    'workstation:lock': async ({ session }) => {
      await store.lock(session);
      return null;
    },
    'workstation:remove': async ({ session }) => {
      await store.remove(session);
      return null;
    },
    'workstation:audit-record': async ({ session, action, subject, detail }) => {
      await store.record(session, action, subject, detail);
      return null;
    },
    'workstation:audit-list': ({ session }) => store.audit(session),
  };
}

/**
 * Wraps the gateway so a locked profile's data calls are refused (423) before they reach a
 * marketplace: the request names its profile and session in headers (none: the default profile), and
 * a profile's calls to a shop it may not use are refused the same way.
 */
export function lockedGateway(
  gateway: (request: Request) => Promise<Response>,
  store: Pick<WorkstationStore, 'admits'>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const shopId = decodeURIComponent(new URL(request.url).pathname.split('/')[2] ?? '') || null;
    const admitted = await store.admits(request.headers.get(profileHeaderName), request.headers.get(sessionHeaderName), shopId);
    if (!admitted) {
      return Response.json(
        { message: 'The profile is locked. Open it again with its PIN.' },
        { status: 423, headers: { 'cache-control': 'no-store' } },
      );
    }
    return gateway(request);
  };
}
