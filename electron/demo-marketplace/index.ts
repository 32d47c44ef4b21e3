import type { AddressInfo } from 'node:net';
import { startBuyerPace } from './buyer-pace';
import { RequestLog } from './control';
import { FaultEngine } from './faults';
import { PageTokens } from './page-token';
import { createMarketplaceServer } from './server';
import { MarketplaceState } from './state';

export interface DemoMarketplaceOptions {
  /** 0 = any free port (default 0). */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 1; the same seed and the same `now` at start give byte-identical data. */
  seed?: number;
  /** Base secret; each shop's key is derived from it deterministically (default 'demo'). */
  key?: string;
  /** The marketplace's clock (default () => new Date()); seeded data is placed relative to it at start. */
  now?: () => Date;
  /** Total threads across shops (default 300). */
  threads?: number;
  /** Average messages per thread (default 4). */
  messagesPerThread?: number;
  /** When set, a buyer writes a new message to some thread every N ms; null = off (default). */
  buyerPaceMs?: number | null;
  /** Enables the /__control fault-injection surface (default false; 404 when off). */
  faults?: boolean;
}

export interface DemoShop {
  id: number;
  name: string;
  market: 'PL' | 'LV' | 'PT' | 'HR';
  key: string;
}

export interface RunningDemoMarketplace {
  url: string;
  shops: DemoShop[];
  close(): Promise<void>;
}

/**
 * Starts the embedded demo marketplace: a Mirakl Seller API subset server on `host:port` with
 * seeded data (4 shops in PL, LV, PT, HR), optional buyer activity and, with `faults`, the
 * `/__control` surface. Resolves once listening; rejects when the port cannot be bound. close()
 * stops the timers, drops open connections and stops listening.
 */
export async function startDemoMarketplace(options: DemoMarketplaceOptions = {}): Promise<RunningDemoMarketplace> {
  const seed = options.seed ?? 1;
  const key = options.key ?? 'demo';
  const clock = options.now ?? ((): Date => new Date());
  const now = (): number => clock().getTime();
  const state = new MarketplaceState(
    { seed, key, startMs: now(), threads: options.threads ?? 300, messagesPerThread: options.messagesPerThread ?? 4 },
    now,
  );
  const tokens = new PageTokens(`${key}:${seed}:page-tokens`);
  const faults = options.faults ? new FaultEngine(seed) : null;
  let stopPace = (): void => {};
  const restartPace = (): void => {
    stopPace();
    if (options.buyerPaceMs) stopPace = startBuyerPace(state, options.buyerPaceMs, seed);
  };
  restartPace();
  const timers = new Set<NodeJS.Timeout>();
  const server = createMarketplaceServer({ state, tokens, faults, restartPace }, new RequestLog(), timers);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    shops: state.data.shops.map((s) => ({ id: s.id, name: s.name, market: s.market, key: s.key })),
    close: async () => {
      stopPace();
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
