// Offline cache and sync: the initial sync of 10,000 threads with 100,000 messages from the demo
// marketplace, in real Chromium IndexedDB (where the app runs), against writing the same records
// with the bare IndexedDB API in the same run; then an incremental round with nothing changed, whose
// cost is counted in requests per shop and kind. Where the time goes is measured stage by stage.
//
// The page (test/bench/browser/) is bundled with vite and served by a console host on the same
// origin as the gateway, so the engine reaches `/platform/<shop>/api/...` with the console header
// through the real gateway and demo marketplace, exactly as the app does.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { directoryFiles } from '../../electron/host/static-files';
import { chromiumArgs, findChromium } from '../e2e/chromium';
import { startConsoleStack, type ConsoleStack } from '../support/console-stack';
import type { BenchReport } from './bench-report';
import type {
  BenchShop,
  InitialSyncResult,
  LongTasks,
  PassesResult,
  ProfileResult,
  RawWriteResult,
  TypingResult,
} from './browser/sync-bench-api';

const here = dirname(fileURLToPath(import.meta.url));
const THREADS = 10_000;
// The demo seeds an average of this many messages per thread: 100,006 messages for 10,000 threads
// with seed 1 (`--bench` in the demo CLI uses 11, i.e. 110,006; the issue asks for 100,000).
const MESSAGES_PER_THREAD = 10;
const ROUNDS = 3;
const PAGE_SIZE = 100;
const GOAL_RATIO = 1.5;
/** Issue 15: the initial sync within this many times the download and parsing of the same pages. */
const DOWNLOAD_GOAL_RATIO = 2;
/** Bundles the benchmark page (the renderer's sync engine, Dexie, ky) into `dir` with an index.html. */
async function bundlePage(dir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(here, 'browser'),
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    envDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: dir,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: join(here, 'browser', 'sync-bench.ts'), formats: ['iife'], name: 'syncBenchPage', fileName: () => 'sync-bench.js' },
    },
  });
  // The console's CSP allows only its own scripts: the page loads the bundle as a file.
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html>\n<meta charset="utf-8">\n<title>sync benchmark</title>\n<script src="/sync-bench.js"></script>\n',
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;
const longTasks = (t: LongTasks): string => `${t.count} long tasks, longest ${ms(t.maxMs)}, ${ms(t.totalMs)} in all`;
const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
const perShop = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([shop, n]) => `${shop} ${n}`)
    .join(', ');

interface Measured {
  syncs: InitialSyncResult[];
  raws: RawWriteResult[];
  downloads: { ms: number; pages: number }[];
  loaded: { batches: number; threads: number; messages: number; attachments: number };
  firsts: PassesResult;
  incrementals: PassesResult[];
  typing: { sync: InitialSyncResult; result: TypingResult };
  profile: ProfileResult;
}

/**
 * One more initial sync into a fresh database while Playwright types into a textarea on the page
 * (a key every 40 ms, as a quick typist), as a seller writing a reply while the console syncs: the
 * key events' durations (Event Timing) and the long tasks meanwhile.
 */
async function typingDuringSync(page: Page, shops: BenchShop[]): Promise<Measured['typing']> {
  const name = 'bench-sync-typing';
  await page.evaluate(() => window.syncBench.startTyping());
  let done = false;
  const syncing = page
    .evaluate(([db, list]) => window.syncBench.initialSync(db, list), [name, shops] as const)
    .finally(() => {
      done = true;
    });
  while (!done) await page.keyboard.type('Dzień dobry, ', { delay: 40 });
  const sync = await syncing;
  const result = await page.evaluate(() => window.syncBench.typingResult());
  await page.evaluate((db) => window.syncBench.deleteDatabase(db), name);
  return { sync, result };
}

async function measure(page: Page, shops: BenchShop[]): Promise<Measured> {
  // Sync and bare writes take turns, so the disk's background work (compacting deleted databases)
  // weighs on both alike. The bare writes use the records the first sync stored, held in the page.
  const syncs: InitialSyncResult[] = [];
  const raws: RawWriteResult[] = [];
  const downloads: { ms: number; pages: number }[] = [];
  let loaded: Measured['loaded'] | null = null;
  for (let i = 0; i < ROUNDS; i += 1) {
    const name = `bench-sync-${i}`;
    downloads.push(await page.evaluate((list) => window.syncBench.download(list), shops));
    syncs.push(await page.evaluate(([db, list]) => window.syncBench.initialSync(db, list), [name, shops] as const));
    loaded ??= await page.evaluate(([db, list, size]) => window.syncBench.loadRecords(db, list, size), [name, shops, PAGE_SIZE] as const);
    if (i < ROUNDS - 1) await page.evaluate((db) => window.syncBench.deleteDatabase(db), name);
    raws.push(await page.evaluate((db) => window.syncBench.rawWrite(db), `bench-raw-${i}`));
    await page.evaluate((db) => window.syncBench.deleteDatabase(db), `bench-raw-${i}`);
  }
  const synced = `bench-sync-${ROUNDS - 1}`;

  // Orders and returns have not been synced yet: their first pass, then incremental rounds of all three.
  const firsts = await page.evaluate(([db, list]) => window.syncBench.passes(db, list, ['orders', 'returns']), [synced, shops] as const);
  const incrementals: PassesResult[] = [];
  for (let i = 0; i < ROUNDS; i += 1)
    incrementals.push(
      await page.evaluate(([db, list]) => window.syncBench.passes(db, list, ['threads', 'orders', 'returns']), [synced, shops] as const),
    );
  await page.evaluate((db) => window.syncBench.deleteDatabase(db), synced);

  const typing = await typingDuringSync(page, shops);
  const profile = await page.evaluate((list) => window.syncBench.profile(list), shops);
  return {
    syncs,
    raws,
    downloads,
    loaded: loaded ?? { batches: 0, threads: 0, messages: 0, attachments: 0 },
    firsts,
    incrementals,
    typing,
    profile,
  };
}

function report(m: Measured, shopCount: number, seconds: number): BenchReport {
  const syncMs = median(m.syncs.map((s) => s.ms));
  const rawMs = median(m.raws.map((r) => r.ms));
  const ratio = syncMs / rawMs;
  const downloadMs = median(m.downloads.map((d) => d.ms));
  const downloadRatio = syncMs / downloadMs;
  const last = m.syncs[m.syncs.length - 1] as InitialSyncResult;
  const p = m.profile;
  const incrementalRequests = (kind: string): number[] => m.incrementals.flatMap((r) => Object.values(r.requests[kind] ?? {}));
  const onePerShop = (kind: string): boolean =>
    m.incrementals.every((r) => Object.keys(r.requests[kind] ?? {}).length === shopCount) &&
    incrementalRequests(kind).every((n) => n === 1);
  const incrementalMs = (kind: string): number => median(m.incrementals.map((r) => r.ms[kind] ?? Number.NaN));
  const sameRecords =
    m.loaded.threads === last.threads &&
    m.loaded.messages === last.messages &&
    m.raws.every((r) => r.threads === last.threads && r.messages === last.messages);
  return {
    name: `sync: initial sync of ${THREADS.toLocaleString('en')} threads (${shopCount} shops) in Chromium IndexedDB, against bare IndexedDB writes`,
    lines: [
      {
        label: 'initial sync stored (last run)',
        value: `${last.threads} threads, ${last.messages} messages, ${last.attachments} attachments, ${last.quarantined} quarantined`,
      },
      { label: 'initial sync requests (per shop)', value: `${total(last.requests)} (${perShop(last.requests)})` },
      {
        label: `initial sync, syncThreads for every shop (median of ${ROUNDS}; runs ${m.syncs.map((s) => ms(s.ms)).join(', ')})`,
        value: ms(syncMs),
      },
      {
        label: `bare IndexedDB, same records in ${m.loaded.batches} page-sized readwrite transactions (median of ${ROUNDS}; runs ${m.raws.map((r) => ms(r.ms)).join(', ')})`,
        value: ms(rawMs),
      },
      { label: 'ratio sync / bare IndexedDB writes', value: `${ratio.toFixed(2)}x` },
      {
        label: `baseline: GET + JSON of the same ${m.downloads[0]?.pages ?? 0} M11 pages through the gateway, one after another (median of ${ROUNDS}; runs ${m.downloads.map((d) => ms(d.ms)).join(', ')})`,
        value: ms(downloadMs),
      },
      { label: 'ratio sync (search index included) / download and parse', value: `${downloadRatio.toFixed(2)}x` },
      ...m.syncs.map((s, i) => ({
        label: `long tasks on the page during initial sync run ${i + 1} (100 pages stored)`,
        value: longTasks(s.longTasks),
      })),
      {
        label: `typing into a textarea during one more initial sync (${ms(m.typing.sync.ms)}): ${m.typing.result.keys} keys`,
        value: `slowest key event ${ms(m.typing.result.maxEventMs)}, ${m.typing.result.eventsOver50} events over 50 ms; ${longTasks(m.typing.result.longTasks)}`,
      },
      {
        label: 'first orders (OR11) and returns (RT11) passes, every shop',
        value: `orders ${total(m.firsts.requests.orders ?? {})} requests, ${m.firsts.stored.orders ?? 0} stored, ${ms(m.firsts.ms.orders ?? 0)}; returns ${total(m.firsts.requests.returns ?? {})} requests, ${m.firsts.stored.returns ?? 0} stored, ${ms(m.firsts.ms.returns ?? 0)}`,
      },
      ...['threads', 'orders', 'returns'].map((kind) => ({
        label: `incremental ${kind} pass, nothing changed, every shop (median of ${ROUNDS})`,
        value: `${ms(incrementalMs(kind))}; requests per shop: ${perShop(m.incrementals[m.incrementals.length - 1]?.requests[kind] ?? {})}`,
      })),
      {
        label: `profile: GET + JSON of the ${p.pages} M11 pages one after another (${(p.jsonBytes / 1e6).toFixed(1)} MB of JSON)`,
        value: ms(p.fetchMs),
      },
      { label: 'profile: zod validation of every page (median of 3)', value: ms(p.validateMs) },
      { label: 'profile: threadRecords for every thread, deadlines included (median of 3)', value: ms(p.deriveMs) },
      { label: `profile: of which replyDueAt alone, ${p.replyDueAtCalls} waiting threads (median of 3)`, value: ms(p.replyDueAtMs) },
      { label: 'profile: search tokens and segments of every page, prepareThreadsPage (median of 3)', value: ms(p.tokenizeMs) },
      { label: "profile: Dexie writes, the engine's page preparation and transactions (one run)", value: ms(p.dexieWriteMs) },
      { label: 'profile: bare IndexedDB writes of the same records (one run, right after)', value: ms(p.rawWriteMs) },
      { label: 'whole benchmark (seeding, bundling, Chromium, every run)', value: `${seconds.toFixed(0)} s` },
    ],
    goals: [
      {
        text: `initial sync stores all ${THREADS.toLocaleString('en')} threads and at least 100,000 messages, nothing quarantined`,
        met: m.syncs.every((s) => s.threads === THREADS && s.messages >= 100_000 && s.quarantined === 0),
      },
      { text: 'the bare IndexedDB baseline writes the same record count', met: sameRecords },
      { text: `initial sync within ${GOAL_RATIO}x of the bare IndexedDB write time`, met: ratio <= GOAL_RATIO },
      {
        text: `initial sync, search index included, within ${DOWNLOAD_GOAL_RATIO}x of downloading and parsing the same pages (issue 15)`,
        met: downloadRatio <= DOWNLOAD_GOAL_RATIO,
      },
      {
        text: 'no long task over 50 ms while a sync pass stores 100 pages (every run; issue 15)',
        met: m.syncs.every((s) => s.longTasks.count === 0),
      },
      {
        text: 'no long task over 50 ms while typing during a sync pass (issue 15)',
        met: m.typing.result.longTasks.count === 0 && m.typing.result.keys > 0,
      },
      { text: 'incremental threads pass with nothing changed: 1 request per shop', met: onePerShop('threads') },
      {
        text: 'incremental orders and returns passes with nothing changed: 1 request each per shop',
        met: onePerShop('orders') && onePerShop('returns'),
      },
    ],
  };
}

/** Runs the sync benchmark (about a minute or two: seeding 10,000 threads, 3 rounds of each measurement). */
export async function bench(): Promise<BenchReport> {
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'sync-bench-'));
  let stack: ConsoleStack | null = null;
  let browser: Browser | null = null;
  try {
    await bundlePage(dir);
    stack = await startConsoleStack(
      { seed: 1, threads: THREADS, messagesPerThread: MESSAGES_PER_THREAD, buyerPaceMs: null, faults: false },
      { files: directoryFiles(dir) },
    );
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...chromiumArgs] });
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${stack.url}/index.html`);
    await page.waitForFunction(() => typeof window.syncBench === 'object');
    const shops = stack.shops.map((s) => ({ id: s.id, market: s.market }));
    const measured = await measure(page, shops);
    if (pageErrors.length > 0) throw new Error(`The benchmark page failed: ${pageErrors.join('; ')}`);
    return report(measured, shops.length, (performance.now() - started) / 1000);
  } finally {
    await browser?.close();
    await stack?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
