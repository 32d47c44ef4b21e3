// Full-text search at scale (issue 15): a cache of 100,000 threads with about a million messages,
// seeded in real Chromium IndexedDB through the data layer's write function (storeThreadsPage, the
// one sync uses, search index included) from the demo marketplace's M11 pages copied under new
// thread ids; then the time searchThreads takes to answer its first results for a few queries,
// against two baselines measured in the same run: reading as many records with the bare IndexedDB
// API (the floor of any answer), and the search without an index (a scan of every message).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { directoryFiles } from '../../electron/host/static-files';
import { chromiumArgs, findChromium } from '../e2e/chromium';
import { startConsoleStack, type ConsoleStack } from '../support/console-stack';
import type { BenchReport } from './bench-report';

const here = dirname(fileURLToPath(import.meta.url));
/** Threads served by the demo marketplace; the cache holds COPIES copies of each. */
const THREADS = 10_000;
const COPIES = 10;
const LIMIT = 50;
const RUNS = 5;
const GOAL_MS = 100;

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
      lib: {
        entry: join(here, 'browser', 'search-bench.ts'),
        formats: ['iife'],
        name: 'searchBenchPage',
        fileName: () => 'search-bench.js',
      },
    },
  });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html>\n<meta charset="utf-8">\n<title>search benchmark</title>\n<script src="/search-bench.js"></script>\n',
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** Runs the search benchmark (several minutes: seeding a million messages dominates). */
export async function bench(): Promise<BenchReport> {
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'search-bench-'));
  let stack: ConsoleStack | null = null;
  let browser: Browser | null = null;
  try {
    await bundlePage(dir);
    stack = await startConsoleStack(
      { seed: 1, threads: THREADS, messagesPerThread: 10, buyerPaceMs: null, faults: false },
      { files: directoryFiles(dir) },
    );
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...chromiumArgs] });
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${stack.url}/index.html`);
    await page.waitForFunction(() => typeof window.searchBench === 'object');
    const shops = stack.shops.map((s) => ({ id: s.id, market: s.market }));
    const shopIds = shops.map((s) => s.id);
    const name = 'bench-search';
    const seeded = await page.evaluate(([db, list, copies]) => window.searchBench.seed(db, list, copies), [name, shops, COPIES] as const);
    const queries = [
      { label: 'Polish word with diacritics', query: 'zamówienia' },
      { label: 'the same word without diacritics', query: 'zamowienia' },
      { label: 'an inflected prefix', query: 'zamówien' },
      { label: 'two words, one a prefix', query: 'gwarancj odkurzacz' },
      { label: 'an order id', query: seeded.orderId },
    ];
    const measured = [];
    for (const q of queries) {
      const first = await page.evaluate(([db, ids, query, limit, runs]) => window.searchBench.first(db, ids, query, limit, runs), [
        name,
        shopIds,
        q.query,
        LIMIT,
        RUNS,
      ] as const);
      const all = await page.evaluate(([db, ids, query]) => window.searchBench.all(db, ids, query), [name, shopIds, q.query] as const);
      measured.push({ ...q, first, all });
    }
    const bare = await page.evaluate(([db, ids, limit, runs]) => window.searchBench.bareRead(db, ids, limit, runs), [
      name,
      shopIds,
      LIMIT,
      RUNS,
    ] as const);
    const scan = await page.evaluate(([db, query]) => window.searchBench.scan(db, query), [name, 'zamowienia'] as const);
    await page.evaluate((db) => window.searchBench.deleteDatabase(db), name);
    if (pageErrors.length > 0) throw new Error(`The benchmark page failed: ${pageErrors.join('; ')}`);
    const bareMs = median(bare.ms);
    const worstFirst = Math.max(...measured.map((m) => median(m.first.ms)));
    return {
      name: `search: first results over ${seeded.threads.toLocaleString('en')} threads and ${seeded.messages.toLocaleString('en')} messages in Chromium IndexedDB, against bare reads and an unindexed scan`,
      lines: [
        {
          label: `seeded through storeThreadsPage (search index included), ${seeded.threads / 100} pages of 100 threads`,
          value: `${(seeded.ms / 1000).toFixed(1)} s`,
        },
        { label: `baseline: bare IndexedDB getAll of ${LIMIT} threadMessages records (median of ${RUNS})`, value: ms(bareMs) },
        ...measured.flatMap((m) => [
          {
            label: `first ${LIMIT} results, ${m.label} "${m.query}" (median of ${RUNS}; runs ${m.first.ms.map((v) => v.toFixed(0)).join(', ')} ms; ${m.first.found} found)`,
            value: `${ms(median(m.first.ms))}, ${(median(m.first.ms) / bareMs).toFixed(1)}x the bare read`,
          },
          { label: `every result, "${m.query}" (once)`, value: `${ms(m.all.ms)}, ${m.all.found} threads` },
        ]),
        {
          label: `baseline: search without an index, every message folded and scanned for "zamowienia" (once; ${scan.found} threads)`,
          value: ms(scan.ms),
        },
        { label: 'ratio worst first results / unindexed scan', value: `${(worstFirst / scan.ms).toFixed(4)}x` },
        { label: 'whole benchmark (seeding, bundling, Chromium)', value: `${((performance.now() - started) / 1000).toFixed(0)} s` },
      ],
      goals: [
        {
          text: `the cache holds ${(THREADS * COPIES).toLocaleString('en')} threads and at least 1,000,000 messages`,
          met: seeded.threads === THREADS * COPIES && seeded.messages >= 1_000_000,
        },
        { text: `every query answers its first results within ${GOAL_MS} ms (median)`, met: worstFirst <= GOAL_MS },
        {
          text: 'every query finds something (first results and all results agree on there being matches)',
          met: measured.every((m) => m.first.found > 0 && m.all.found >= m.first.found),
        },
      ],
    };
  } finally {
    await browser?.close();
    await stack?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
