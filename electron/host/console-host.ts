import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { startDemoMarketplace, type DemoMarketplaceOptions, type RunningDemoMarketplace } from '../demo-marketplace';
import { createGateway } from '../gateway/gateway';
import { createIpcDispatcher, type IpcDispatcher, type IpcHandlers } from '../ipc/ipc-dispatcher';
import type { ShopConnection } from '../shops/shop-connection';
import { createShopDirectory, createShopStore, type SecretBox } from '../shops/shop-store';
import { atomicTextFile, memoryTextFile } from '../storage/atomic-file';
import { createAppRequestHandler } from './app-request-handler';
import { createHostHandlers } from './host-handlers';
import type { StaticFiles } from './static-files';
import { lockedGateway } from '../workstation/workstation-handlers';
import { createTeamStore } from '../workstation/team-store';
import { createWorkstationStore, type WorkstationStore } from '../workstation/workstation-store';

export interface ConsoleHostOptions {
  mode: 'desktop' | 'web';
  version: string;
  /** Where the host keeps its files (the connected shops). */
  dataDir: string;
  secrets: SecretBox;
  files: StaticFiles;
  /** Options of the embedded demo marketplace, or null to run without it. */
  demo: DemoMarketplaceOptions | null;
  log: (message: string, error?: unknown) => void;
  fetch?: typeof fetch;
  /** Channels the host implements itself (the desktop shell's), replacing the web defaults. */
  handlers?: Partial<IpcHandlers>;
}

export interface ConsoleHost {
  /** Answers every request to the console's origin (renderer files, gateway, web-mode IPC). */
  handle: (request: Request) => Promise<Response>;
  /** The IPC contract's implementation (the desktop app registers it on ipcMain). */
  dispatch: IpcDispatcher;
  /** The profiles, sessions and audit log (the desktop locks every profile when the OS locks). */
  workstation: WorkstationStore;
  demo: RunningDemoMarketplace | null;
  close(): Promise<void>;
}

/** The demo marketplace's shops as gateway connections. */
export function demoConnections(demo: RunningDemoMarketplace): ShopConnection[] {
  return demo.shops.map((shop) => ({
    id: `demo-${shop.id}`,
    label: shop.name,
    market: shop.market,
    baseUrl: demo.url,
    key: shop.key,
    miraklShopId: shop.id,
    kind: 'demo' as const,
  }));
}

/**
 * Wires one console host: starts the embedded demo marketplace (unless disabled), opens the shop
 * store in `dataDir`, and builds the gateway, the IPC dispatcher and the request handler on them.
 * Both the Electron main process and the web-mode server are this plus their own transport.
 */
export async function startConsoleHost(options: ConsoleHostOptions): Promise<ConsoleHost> {
  const demo = options.demo ? await startDemoMarketplace(options.demo) : null;
  // Without a real keychain the connected shops (and their keys) live in memory for this session only.
  const sessionOnly = options.secrets.persistence === 'session';
  const shopsFile = sessionOnly ? memoryTextFile() : atomicTextFile(join(options.dataDir, 'shops.json'));
  const store = createShopStore(shopsFile, options.secrets, randomUUID);
  const directory = createShopDirectory(demo ? demoConnections(demo) : [], store);
  const workstation = createWorkstationStore({ file: atomicTextFile(join(options.dataDir, 'workstation.json')) });
  const team = createTeamStore({ file: atomicTextFile(join(options.dataDir, 'team.json')), profiles: workstation });
  const gateway = lockedGateway(createGateway({ shops: directory, fetch: options.fetch }), workstation);
  const dispatch = createIpcDispatcher(
    withOverrides(
      createHostHandlers({
        mode: options.mode,
        version: options.version,
        demo: demo !== null,
        keyStorage: keyStorageOf(options.secrets),
        directory,
        store,
        fetch: options.fetch,
        workstation,
        team,
      }),
      options.handlers,
    ),
    options.log,
  );
  const handle = createAppRequestHandler({ files: options.files, gateway, ipc: options.mode === 'web' ? dispatch : undefined });
  return {
    handle,
    dispatch,
    workstation,
    demo,
    close: async () => {
      await demo?.close();
    },
  };
}

/** How a secret box keeps keys, in the words of the IPC contract (AppInfo.keyStorage). */
export function keyStorageOf(secrets: SecretBox): 'keychain' | 'session' | 'file' {
  if (secrets.persistence === 'session') return 'session';
  if (secrets.persistence === 'file') return 'file';
  return 'keychain';
}

function withOverrides(handlers: IpcHandlers, overrides: Partial<IpcHandlers> | undefined): IpcHandlers {
  return { ...handlers, ...overrides } as IpcHandlers;
}
