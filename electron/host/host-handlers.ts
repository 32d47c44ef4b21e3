import { HandlerError, type IpcHandlers } from '../ipc/ipc-dispatcher';
import { toSummary, type ShopDirectory } from '../shops/shop-connection';
import type { ShopStore } from '../shops/shop-store';
import { checkShopKey } from '../shops/shop-key-check';
import { createWorkstationHandlers } from '../workstation/workstation-handlers';
import { createTeamStore, type TeamStore } from '../workstation/team-store';
import { createWorkstationStore, type WorkstationStore } from '../workstation/workstation-store';
import { memoryTextFile } from '../storage/atomic-file';

export interface HostHandlerDeps {
  mode: 'desktop' | 'web';
  version: string;
  demo: boolean;
  /** Where shop keys are kept (told to the renderer so it can say so); see AppInfo.keyStorage. */
  keyStorage?: 'keychain' | 'session' | 'file';
  directory: ShopDirectory;
  store: ShopStore;
  fetch?: typeof fetch;
  /** The profiles, sessions and audit log (default: an in-memory store, for tests). */
  workstation?: WorkstationStore;
  /** Assignments, internal notes and presence (default: in memory, on `workstation`). */
  team?: TeamStore;
}

/** The implementation of the IPC contract shared by the desktop and web hosts. */
export function createHostHandlers(deps: HostHandlerDeps): IpcHandlers {
  const workstation = deps.workstation ?? createWorkstationStore({ file: memoryTextFile() });
  const team = deps.team ?? createTeamStore({ file: memoryTextFile(), profiles: workstation });
  return {
    ...createWorkstationHandlers(workstation, team),
    'app:info': async () => ({
      mode: deps.mode,
      version: deps.version,
      demo: deps.demo,
      ...(deps.keyStorage ? { keyStorage: deps.keyStorage } : {}),
    }),
    'shops:list': async () => (await deps.directory.list()).map(toSummary),
    'shops:connect': async (input) => {
      const baseUrl = input.baseUrl.replace(/\/+$/, '');
      await checkShopKey({ baseUrl, key: input.key, miraklShopId: input.miraklShopId }, deps.fetch);
      const shop = await deps.store.add({ ...input, baseUrl });
      return toSummary(shop);
    },
    // The desktop shell's channels: web mode has no tray, notifications or login items, so reports
    // are dropped and settings are unavailable (the desktop app overrides these, see console-host).
    'desktop:attention': async () => null,
    'desktop:settings': async () => ({ available: false, startAtLogin: false, notifyLeadMinutes: 0 }),
    'desktop:settings:set': async () => {
      throw new HandlerError('NOT_AVAILABLE', 'These settings exist only in the desktop app.');
    },
    'desktop:take-open-thread': async () => null,
    'shops:disconnect': async ({ id }) => {
      const shop = await deps.directory.get(id);
      if (shop?.kind === 'demo') throw new HandlerError('DEMO_SHOP', 'Demo shops come with the console and cannot be removed.');
      if (!(await deps.store.remove(id))) throw new HandlerError('UNKNOWN_SHOP', 'That shop is not connected.');
      return null;
    },
  };
}
