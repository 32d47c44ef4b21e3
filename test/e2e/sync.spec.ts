import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { e2ePorts } from '../../playwright.config';
import { findChromium } from './chromium';
import { consoleRequestHeaders } from '../../shared/ipc';

// The offline cache end to end, in real Chromium IndexedDB: a browser killed hard in the middle of
// the first sync leaves a cache that, once the console is opened again, ends up equal to the
// marketplace (nothing lost, nothing twice); and a record the marketplace sends broken is kept in
// the quarantine while every other thread is listed.

const consoleUrl = `http://127.0.0.1:${e2ePorts.console}`;
const demo = `http://127.0.0.1:${e2ePorts.demo}`;
const shopIds = ['demo-2001', 'demo-2002', 'demo-2003', 'demo-2004'];
/** The profile "default" (renderer/src/data/db.ts profileDatabaseName). */
const dbName = 'seller-console:default';

/** Per shop, per thread: "date_updated total/stored" (stored = the messages the cache holds for it). */
type ThreadFacts = Record<string, Record<string, string>>;

async function setFaults(request: APIRequestContext, rules: Record<string, unknown>[]): Promise<void> {
  const response = await request.put(`${demo}/__control/faults`, { data: { rules } });
  expect(response.ok(), await response.text()).toBe(true);
}

/** What the marketplace lists now, read through the console's gateway as the app reads it (M11 pages). */
async function marketplaceThreads(request: APIRequestContext): Promise<ThreadFacts> {
  const facts: ThreadFacts = {};
  for (const shopId of shopIds) {
    const threads: Record<string, string> = {};
    let token: string | undefined;
    do {
      const response = await request.get(`/platform/${shopId}/api/inbox/threads`, {
        params: token ? { page_token: token } : { limit: 100 },
        headers: { ...consoleRequestHeaders },
      });
      expect(response.ok(), await response.text()).toBe(true);
      const page = (await response.json()) as {
        data: { id: string; date_updated: string; metadata: { total_count: number } }[];
        next_page_token?: string | null;
      };
      for (const t of page.data) threads[t.id] = `${t.date_updated} ${t.metadata.total_count}/${t.metadata.total_count}`;
      token = page.next_page_token ?? undefined;
    } while (token);
    facts[shopId] = threads;
  }
  return facts;
}

/**
 * What the console's cache holds, read with the bare IndexedDB API in the page (null before the
 * console has created its database). Never creates the database: a version-less open of a missing
 * database would make an empty one under the console's name.
 */
async function cachedThreads(page: Page): Promise<ThreadFacts | null> {
  return page.evaluate(
    async ({ name, shops }) => {
      if (!(await indexedDB.databases()).some((d) => d.name === name)) return null;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      try {
        if (!db.objectStoreNames.contains('threads') || !db.objectStoreNames.contains('threadMessages')) return null;
        const tx = db.transaction(['threads', 'threadMessages'], 'readonly');
        const read = <T>(request: IDBRequest<T>): Promise<T> =>
          new Promise((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error ?? new Error('read failed'));
          });
        const threads = (await read(tx.objectStore('threads').getAll())) as {
          shopId: string;
          id: string;
          dateUpdated: string;
          messageCount: number;
        }[];
        // One record per thread (schema 7), its messages together: each message id counted once.
        const records = (await read(tx.objectStore('threadMessages').getAll())) as {
          shopId: string;
          threadId: string;
          messages: { id: string }[];
        }[];
        const stored = new Map<string, number>();
        for (const r of records) stored.set(`${r.shopId}\u0000${r.threadId}`, new Set(r.messages.map((m) => m.id)).size);
        const facts: Record<string, Record<string, string>> = Object.fromEntries(shops.map((s) => [s, {}]));
        for (const t of threads) {
          const shop = (facts[t.shopId] ??= {});
          shop[t.id] = `${t.dateUpdated} ${t.messageCount}/${stored.get(`${t.shopId}\u0000${t.id}`) ?? 0}`;
        }
        return facts;
      } finally {
        db.close();
      }
    },
    { name: dbName, shops: shopIds },
  );
}

const countThreads = (facts: ThreadFacts | null): number => Object.values(facts ?? {}).reduce((n, shop) => n + Object.keys(shop).length, 0);

interface OwnChromium {
  browser: Browser;
  context: BrowserContext;
  /** SIGKILL to every process of this Chromium (its own process group): no unload, no flush, no goodbye. */
  kill(): Promise<void>;
}

/**
 * Starts Chromium ourselves on a persistent profile and drives it over CDP. Playwright's
 * launchPersistentContext hides the browser process, and a hard kill is the point: this Chromium
 * runs in its own process group, so kill() takes down the browser, renderer and storage processes
 * together, as a crash or a power cut would.
 */
async function launchOwnChromium(userDataDir: string): Promise<OwnChromium> {
  const executable = findChromium() ?? chromium.executablePath();
  const child: ChildProcess = spawn(
    executable,
    [
      '--headless',
      // The tests may run as root, where Chromium refuses its sandbox (Playwright passes this too).
      '--no-sandbox',
      `--user-data-dir=${userDataDir}`,
      '--remote-debugging-port=0',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools endpoint:\n${stderr}`)), 30_000);
    // stderr is read to its end (a full pipe would stall Chromium); the endpoint is on its first lines.
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-20_000);
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited early:\n${stderr}`));
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context.');
  return {
    browser,
    context,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      await exited;
    },
  };
}

test.afterEach(async ({ request }) => {
  await request.delete(`${demo}/__control/faults`);
});

test('a browser killed during the first sync comes back to a cache equal to the marketplace', async ({ request }) => {
  test.setTimeout(90_000);
  const userDataDir = await mkdtemp(join(tmpdir(), 'console-sync-e2e-'));
  let running: OwnChromium | null = null;
  try {
    const total = countThreads(await marketplaceThreads(request));
    // Each shop's threads come in two M11 pages (125 threads): slowing M11 spreads the first sync
    // over several seconds, so the kill lands after some pages are stored and before the others.
    await setFaults(request, [{ operation: 'M11', fault: 'latency', ms: 1500 }]);
    running = await launchOwnChromium(userDataDir);
    const page = running.context.pages()[0] ?? (await running.context.newPage());
    await page.goto(`${consoleUrl}/`);
    await expect(page.locator('.thread-row').first()).toBeVisible({ timeout: 30_000 });
    // Read and kill at once: the next shop's page is still on its way (1.5 s).
    const stored = countThreads(await cachedThreads(page));
    await running.kill();
    running = null;
    expect(stored, 'some threads are cached when the browser is killed').toBeGreaterThan(0);
    expect(stored, 'the first sync is not over when the browser is killed').toBeLessThan(total);
    test.info().annotations.push({ type: 'killed', description: `after ${stored} of ${total} threads were cached` });

    await setFaults(request, []);
    running = await launchOwnChromium(userDataDir);
    const reopened = running.context.pages()[0] ?? (await running.context.newPage());
    await reopened.goto(`${consoleUrl}/`);
    // The cache survived the kill: the threads stored before it are listed at once.
    expect(countThreads(await cachedThreads(reopened))).toBeGreaterThanOrEqual(stored);
    await expect(reopened.locator('.thread-row').first()).toBeVisible();
    // The sync resumes and settles; then the cache is the marketplace: the same threads per shop,
    // each at its latest update, with every message stored once.
    // (20 s: far more than the resume needs, and less than the interval the known bug waits.)
    await expect
      .poll(async () => cachedThreads(reopened), { timeout: 20_000, intervals: [250, 500, 1000] })
      .toEqual(await marketplaceThreads(request));
    await expect(reopened.locator('.list-header')).toContainText(`${countThreads(await marketplaceThreads(request))} threads`);
  } finally {
    await running?.kill();
    await rm(userDataDir, { recursive: true, force: true });
  }
});

test('a thread the marketplace sends broken is quarantined, and every other thread is listed', async ({ page, request }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // The first M11 answer breaks the schema in its first thread (id as a number, a message without
  // its date, no total_count): the newest thread of the first shop synced.
  const marketplace = await marketplaceThreads(request);
  await setFaults(request, [{ operation: 'M11', fault: 'schema-violation', times: 1 }]);
  await page.goto('/');
  await expect(page.locator('.thread-row').first()).toBeVisible({ timeout: 30_000 });

  // The first sync of every shop completes (the next inbox poll is a minute away).
  const total = countThreads(marketplace);
  await expect.poll(async () => countThreads(await cachedThreads(page)), { timeout: 30_000 }).toBe(total - 1);
  await expect(page.locator('.list-header')).toContainText(`${total - 1} threads`);

  const quarantine = await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    try {
      return await new Promise<{ shopId: string; kind: string; problem: string; payload: { id?: unknown } }[]>((resolve, reject) => {
        const all = db.transaction('quarantine', 'readonly').objectStore('quarantine').getAll();
        all.onsuccess = () => resolve(all.result as { shopId: string; kind: string; problem: string; payload: { id?: unknown } }[]);
        all.onerror = () => reject(all.error ?? new Error('read failed'));
      });
    } finally {
      db.close();
    }
  }, dbName);
  expect(quarantine).toHaveLength(1);
  const [kept] = quarantine;
  expect(kept).toMatchObject({ kind: 'thread', payload: { id: 404_404 } });
  expect(kept?.problem).toMatch(/id/);

  // The one thread missing from the cache is that shop's newest (the first of its first page);
  // every other thread of every shop is cached and listed.
  const cached = await cachedThreads(page);
  const shopId = kept?.shopId ?? '';
  const first = await request.get(`/platform/${shopId}/api/inbox/threads`, { params: { limit: 1 }, headers: { ...consoleRequestHeaders } });
  const newest = ((await first.json()) as { data: { id: string }[] }).data[0]?.id ?? '';
  const { [newest]: _missing, ...others } = marketplace[shopId] ?? {};
  expect(cached).toEqual({ ...marketplace, [shopId]: others });
  await expect(page.locator(`.thread-row[data-thread-id="${newest}"]`)).toHaveCount(0);
  // Nothing crashed in the page. (The Diagnostics view that shows the quarantine is not reachable
  // from the app's navigation yet; once it is, this test should open it and find the record.)
  expect(pageErrors).toEqual([]);
});
