// The world the outbox's model tests run in: the demo marketplace with fault injection behind the
// console's gateway and web-mode server, over real HTTP on 127.0.0.1, with one fake clock shared by
// the marketplace (message dates, request log) and the sender (attempt times, Retry-After, backoff),
// so waits cost no real time. The only real time that passes is what requests take.
import ky, { type KyInstance } from 'ky';
import { callMarketplace } from '../../electron/demo-marketplace/demo-client';
import { startConsoleStack } from '../support/console-stack';
import { consoleRequestHeaders } from '../../shared/ipc';

/** A demo shop as the console names it (`demo-<id>`) and as the marketplace knows it. */
export interface ModelShop {
  id: string;
  miraklId: number;
  key: string;
}

/** A clock that moves only when the test moves it. */
export interface FakeClock {
  now(): Date;
  ms(): number;
  set(ms: number): void;
}

export function fakeClock(startMs: number): FakeClock {
  let current = startMs;
  return {
    now: () => new Date(current),
    ms: () => current,
    set: (ms) => {
      current = Math.max(current, ms);
    },
  };
}

export interface ModelStack {
  clock: FakeClock;
  shops: ModelShop[];
  demoUrl: string;
  /** ky reaching the gateway as the renderer does, with the short timeout the model uses. */
  senderHttp: KyInstance;
  /** Resolves once `count` requests in all have reached the console's host (counted from start). */
  arrived(count: number): Promise<void>;
  /** How many requests have reached the console's host so far. */
  arrivals(): number;
  /**
   * Waits (in real time) until every request that reached the host at fake time `startedBy` or
   * earlier has finished, including its forward to the marketplace. With `startedBy` = now −
   * settle window, this is the model's assumption about the world: a request the marketplace
   * received is processed within that window of (fake) time, whatever happened to its client.
   */
  settle(startedBy: number): Promise<void>;
  setFaults(rules: Record<string, unknown>[]): Promise<void>;
  /** How many requests each fault kind hit under the current rules (read before the rules change). */
  faultsApplied(): Promise<Record<string, number>>;
  /**
   * Restores the seeded data (faults and request log are kept): a run starts on a clean marketplace,
   * e.g. with the 50-attachments-per-entity quota of the shop's operator threads unused.
   */
  resetMarketplace(): Promise<void>;
  /** GETs JSON straight from the marketplace with the shop's key (`path` with its query, e.g. `/api/account`). */
  get(shop: ModelShop, path: string): Promise<unknown>;
  /** The marketplace's log of `/api` requests since the last clear: operation, path, status (0 = no answer), fault. */
  requestLog(): Promise<{ operation: string | null; method: string; path: string; status: number; fault: string | null }[]>;
  clearRequestLog(): Promise<void>;
  /** A new seller↔operator thread (M14 straight to the marketplace), fresh for one run. */
  newOperatorThread(shop: ModelShop, tag: string): Promise<string>;
  /** A thread's messages straight from the marketplace (M10 with the shop key), oldest first. */
  threadMessages(shop: ModelShop, threadId: string): Promise<{ id: string; body: string; fromType: string }[]>;
  close(): Promise<void>;
}

/**
 * Starts marketplace (faults on, no buyer activity, `threads` seeded threads), gateway and web server,
 * the marketplace on `clock`. `clientTimeoutMs` is the sender's ky timeout.
 */
export async function startModelStack(options: {
  seed: number;
  clock: FakeClock;
  clientTimeoutMs: number;
  threads?: number;
}): Promise<ModelStack> {
  const inFlight = new Map<number, number>();
  let arrivals = 0;
  let waiters: (() => void)[] = [];
  const notify = (): void => {
    const ready = waiters;
    waiters = [];
    for (const wake of ready) wake();
  };
  const watch =
    (inner: (request: Request) => Promise<Response>) =>
    async (request: Request): Promise<Response> => {
      const id = ++arrivals;
      inFlight.set(id, options.clock.ms());
      notify();
      try {
        return await inner(request);
      } finally {
        inFlight.delete(id);
        notify();
      }
    };
  const changed = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
  const stack = await startConsoleStack(
    { seed: options.seed, now: options.clock.now, threads: options.threads ?? 24 },
    { wrapHandle: watch },
  );
  const demo = { url: stack.demoUrl };
  const shops = stack.shops.map((c) => ({ id: c.id, miraklId: c.miraklId, key: c.key }));
  const control = async (method: string, path: string, json?: unknown): Promise<void> => {
    const response = await callMarketplace(demo.url, method, path, { json });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status}`);
  };

  return {
    clock: options.clock,
    shops,
    demoUrl: demo.url,
    senderHttp: ky.create({
      prefixUrl: `${stack.url}/platform/`,
      headers: { ...consoleRequestHeaders, accept: 'application/json' },
      timeout: options.clientTimeoutMs,
    }),
    async arrived(count) {
      while (arrivals < count) await changed();
    },
    arrivals: () => arrivals,
    async settle(startedBy) {
      while ([...inFlight.values()].some((started) => started <= startedBy)) await changed();
    },
    setFaults: (rules) => control('PUT', '/__control/faults', { rules }),
    resetMarketplace: () => control('POST', '/__control/reset'),
    async faultsApplied() {
      const response = await callMarketplace(demo.url, 'GET', '/__control/faults');
      const applied: Record<string, number> = {};
      for (const rule of (response.json as { rules: { fault: string; applied: number }[] }).rules)
        applied[rule.fault] = (applied[rule.fault] ?? 0) + rule.applied;
      return applied;
    },
    async get(shop, path) {
      const response = await callMarketplace(demo.url, 'GET', path, { key: shop.key });
      if (response.status !== 200) throw new Error(`GET ${path} failed: ${response.status}`);
      return response.json;
    },
    async requestLog() {
      const response = await callMarketplace(demo.url, 'GET', '/__control/requests');
      return (response.json as { requests: Awaited<ReturnType<ModelStack['requestLog']>> }).requests;
    },
    clearRequestLog: () => control('DELETE', '/__control/requests'),
    async newOperatorThread(shop, tag) {
      const response = await callMarketplace(demo.url, 'POST', '/api/inbox/threads', {
        key: shop.key,
        multipart: {
          jsonParts: {
            thread_input: {
              body: `Model run ${tag}: a thread of its own.`,
              entity: { type: 'SELLER_OPERATOR' },
              topic: { type: 'FREE_TEXT', value: `Model ${tag}` },
            },
          },
        },
      });
      const threadId = (response.json as { thread_id?: string } | undefined)?.thread_id;
      if (response.status !== 201 || !threadId) throw new Error(`M14 failed: ${response.status}`);
      return threadId;
    },
    async threadMessages(shop, threadId) {
      const response = await callMarketplace(demo.url, 'GET', `/api/inbox/threads/${threadId}`, { key: shop.key });
      if (response.status !== 200) throw new Error(`M10 failed: ${response.status}`);
      const thread = response.json as { messages: { id: string; body: string; from: { type: string } }[] };
      return thread.messages.map((m) => ({ id: m.id, body: m.body, fromType: m.from.type }));
    },
    close: () => stack.close(),
  };
}
