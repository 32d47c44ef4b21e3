import { profileHeaderName, sessionHeaderName } from '../../shared/ipc';
import type { IpcHandlers } from '../ipc/ipc-dispatcher';
import type { WorkstationStore } from './workstation-store';

type WorkstationChannel = Extract<keyof IpcHandlers, `workstation:${string}`>;

/** The workstation channels of the IPC contract, on the host's workstation store. */
export function createWorkstationHandlers(store: WorkstationStore): Pick<IpcHandlers, WorkstationChannel> {
  return {
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
