// Starts the console's host side as web mode does (demo marketplace + gateway behind a real HTTP
// server on 127.0.0.1) for Node tests and benchmarks of the renderer's sync code: they then talk to
// `/platform/<shopId>/api/...` over real HTTP exactly as the renderer does in Chromium.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ky, { type KyInstance } from 'ky';
import type { DemoMarketplaceOptions } from '../../electron/demo-marketplace';
import { demoConnections, startConsoleHost } from '../../electron/host/console-host';
import type { StaticFiles } from '../../electron/host/static-files';
import { plainSecretBox } from '../../electron/shops/shop-store';
import { startWebServer } from '../../electron/web/web-server';
import { consoleRequestHeaders } from '../../shared/ipc';

export interface ConsoleStack {
  /** The console's origin (web mode). */
  url: string;
  /** The demo marketplace's own URL (for /__control and direct reads with a shop key). */
  demoUrl: string;
  /** ky reaching the gateway as the renderer does (prefix `/platform/`, the console header). */
  http: KyInstance;
  /** The demo shops as the console names them (`demo-<id>`), with market and key. */
  shops: { id: string; miraklId: number; market: string; key: string; label: string }[];
  close(): Promise<void>;
}

const noFiles: StaticFiles = { read: async () => null };

/** What else the stack's host serves: `files` are the pages on the console's origin (none by default). */
export interface ConsoleStackOptions {
  files?: StaticFiles;
  /** Wraps the host's request handler (e.g. to watch requests in flight). */
  wrapHandle?: (handle: (request: Request) => Promise<Response>) => (request: Request) => Promise<Response>;
}

/**
 * Starts demo marketplace, gateway and web server; `demo` overrides the demo options (faults on by
 * default); `options.files` are served on the console's origin beside the gateway (e.g. a benchmark page).
 */
export async function startConsoleStack(demo: DemoMarketplaceOptions = {}, options: ConsoleStackOptions = {}): Promise<ConsoleStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'console-stack-'));
  const host = await startConsoleHost({
    mode: 'web',
    version: 'test',
    dataDir,
    secrets: plainSecretBox,
    files: options.files ?? noFiles,
    demo: { faults: true, buyerPaceMs: null, ...demo },
    log: () => {},
  });
  const handle = options.wrapHandle ? options.wrapHandle(host.handle) : host.handle;
  const server = await startWebServer({ host: '127.0.0.1', port: 0, handle, log: () => {} });
  const running = host.demo;
  if (!running) throw new Error('The demo marketplace did not start.');
  return {
    url: server.url,
    demoUrl: running.url,
    http: ky.create({
      prefixUrl: `${server.url}/platform/`,
      headers: { ...consoleRequestHeaders, accept: 'application/json' },
      timeout: 30_000,
    }),
    shops: demoConnections(running).map((c) => ({ id: c.id, miraklId: c.miraklShopId ?? 0, market: c.market, key: c.key, label: c.label })),
    close: async () => {
      await server.close();
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Sets the demo marketplace's fault rules (see electron/demo-marketplace/README.md). */
export async function setFaults(stack: ConsoleStack, rules: Record<string, unknown>[]): Promise<void> {
  const response = await fetch(`${stack.demoUrl}/__control/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules }),
  });
  if (!response.ok) throw new Error(`Setting faults failed: ${response.status} ${await response.text()}`);
}
