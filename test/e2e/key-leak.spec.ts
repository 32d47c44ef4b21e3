import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { e2ePorts } from '../../playwright.config';
import { deriveShopKey } from '../../electron/demo-marketplace/seed/shops.seed';
import { consoleRequestHeaders } from '../../shared/ipc';

// Shop keys never reach the renderer, logs or anything the page sees. This spec runs its own web-mode
// host (so it owns the host's stdout and stderr), drives the console through a first sync, a thread,
// the Shops view and a spell of marketplace faults, and collects every line and payload of the run:
// the host's output, the page's console and errors, every request and response the page sees (URL,
// headers, bodies), every IPC call's input and result, and the page's storage (IndexedDB, local and
// session storage, cookies). None may hold a demo shop's key, in clear or base64.

const consolePort = e2ePorts.console + 10;
const demoPort = e2ePorts.demo + 10;
const consoleUrl = `http://127.0.0.1:${consolePort}`;
const demoUrl = `http://127.0.0.1:${demoPort}`;

let host: ChildProcess;
let dataDir: string;
const hostOutput: string[] = [];

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'key-leak-'));
  host = spawn(
    process.execPath,
    [
      'out/main/web.js',
      ...['--port', String(consolePort), '--demo-port', String(demoPort), '--demo-seed', '3', '--demo-threads', '60'],
      ...['--buyer-pace-ms', '0', '--faults', '--data-dir', dataDir],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  host.stdout?.on('data', (chunk: Buffer) => hostOutput.push(chunk.toString('utf8')));
  host.stderr?.on('data', (chunk: Buffer) => hostOutput.push(chunk.toString('utf8')));
  await expect.poll(() => hostOutput.join('').includes('Seller console (web mode)'), { timeout: 30_000 }).toBe(true);
});

test.afterAll(async () => {
  host.kill('SIGTERM');
  await new Promise((resolve) => host.once('exit', resolve));
  await rm(dataDir, { recursive: true, force: true });
});

/** The demo shops' keys, from the ids the host printed, each checked against the marketplace. */
async function demoKeys(): Promise<string[]> {
  const ids = [...hostOutput.join('').matchAll(/^\s+shop (\d+) /gm)].map((m) => Number(m[1]));
  expect(ids.length).toBe(4);
  const keys = ids.map((id) => deriveShopKey('demo', id));
  for (const key of keys) {
    // The derivation is the marketplace's: a key it refuses would make this spec pass vacuously.
    const response = await fetch(`${demoUrl}/api/account`, { headers: { authorization: key } });
    expect(response.status, `the demo accepts key ${key.slice(0, 4)}…`).toBe(200);
  }
  return keys;
}

/** Records everything the page sees: console, errors, requests and responses with headers and bodies. */
function recordPage(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => seen.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('request', (request) => {
    seen.push(`request ${request.method()} ${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`);
  });
  page.on('response', (response) => {
    const entry = `response ${response.status()} ${response.url()} ${JSON.stringify(response.headers())}`;
    seen.push(entry);
    // Bodies are read as they arrive; a body that is gone (a redirect, an aborted load) is noted as such.
    void response.body().then(
      (body) => seen.push(`${entry} body: ${body.toString('utf8')}`),
      () => seen.push(`${entry} body: (not available)`),
    );
  });
  return seen;
}

/** The page's storage as text: every IndexedDB record, local and session storage. */
async function pageStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store, 'readonly').objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result as unknown[]);
          all.onerror = () => reject(all.error);
        });
        parts.push(`${info.name}/${store}: ${JSON.stringify(records)}`);
      }
      db.close();
    }
    return parts.join('\n');
  });
}

test('no demo shop key reaches the page, its storage, IPC payloads or the host logs', async ({ page, context }) => {
  test.setTimeout(120_000);
  const keys = await demoKeys();
  const seen = recordPage(page);

  // A spell of marketplace faults first, so the error paths (host logs, gateway errors) run too.
  const faults = await fetch(`${demoUrl}/__control/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules: [{ fault: 'status', status: 500, operation: 'M11', times: 2 }] }),
  });
  expect(faults.ok, await faults.text()).toBe(true);

  await page.goto(`${consoleUrl}/`);
  const rows = page.locator('.thread-row');
  await expect(rows.first()).toBeVisible({ timeout: 60_000 });
  await rows.first().click();
  await expect(page.locator('article.thread-view')).toBeVisible();

  // The Shops view: app:info and shops:list over IPC, and the note on where keys are kept.
  await page.getByRole('navigation').getByRole('button', { name: 'Shops' }).click();
  await expect(page.getByText(/never shown to this page/)).toBeVisible();
  const shopList = page.locator('.shop-list li');
  await expect(shopList).toHaveCount(4);

  // A connect attempt with a wrong key: the host's error path answers and logs without any key.
  const form = page.getByRole('form', { name: 'Connect a Mirakl shop' });
  await form.getByLabel('Name').fill('Leak probe');
  await form.getByLabel('Marketplace address').fill(demoUrl);
  await form.getByLabel('Shop API key').fill('WRONG-KEY-0123456789');
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(form.getByRole('alert')).toBeVisible({ timeout: 30_000 });

  // IPC payloads in web mode are the /ipc/<channel> requests and responses recorded above; call the
  // channels once more directly so their results are in the record even if the view cached them.
  for (const channel of ['app:info', 'shops:list']) {
    const result = await page.evaluate(
      async ({ name, headers }) => {
        const response = await fetch(`/ipc/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: '{}',
        });
        return `${response.status} ${await response.text()}`;
      },
      { name: channel, headers: { ...consoleRequestHeaders } },
    );
    seen.push(`ipc ${channel}: ${result}`);
  }
  const storage = await pageStorage(page);
  const cookies = JSON.stringify(await context.cookies());
  await page.close();

  const record = { page: seen.join('\n'), storage, cookies, host: hostOutput.join('') };
  // The record is real: it holds the sync's gateway traffic, IPC results, cached threads and host output.
  expect(record.page).toContain('/platform/demo-');
  expect(record.page).toMatch(/ipc shops:list: 200 .*demo-/);
  expect(record.storage.length).toBeGreaterThan(1000);
  expect(record.host).toContain('Seller console (web mode)');
  for (const key of keys) {
    for (const form of [key, Buffer.from(key).toString('base64'), key.replaceAll('-', '')]) {
      for (const [where, text] of Object.entries(record)) {
        expect(text.includes(form), `a demo key (${form.slice(0, 4)}…) appears in ${where}`).toBe(false);
      }
    }
  }
});
