// `npm run soak [-- --minutes 15 --port 5399 --demo-port 5398 --demo-seed 1 --no-build]`
//
// A long run of the built web-mode console in headless Chromium against the embedded demo
// marketplace: buyers write every second across the four shops, the seller replies every 10 s
// through the UI, and every minute the marketplace misbehaves for 12 s (5xx, resets, answers lost
// after the write, answers past the gateway's timeout, 429). Then buyers stop, faults are cleared,
// and the soak checks what a seller relies on: every reply arrived exactly once, the offline cache
// equals the marketplace, the page's heap did not grow, and the page logged no error. Prints a
// table of figures; exits 1 when a check fails, 2 on bad options. Not part of `npm test` (minutes long).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  cacheDifferences,
  checkHeap,
  checkProblems,
  checkReplies,
  clock,
  mb,
  printTable,
  realProblems,
  setAsideFigures,
  type CheckResult,
} from './soak-checks';
import { SoakConsole, type CacheSnapshot } from './soak-console';
import { runSoakLoops } from './soak-loops';
import { SoakMarketplace, type RequestLogEntry } from './soak-marketplace';
import { ensureBuilt, startSoakStack } from './soak-stack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '15' },
    port: { type: 'string', default: '5399' },
    'demo-port': { type: 'string', default: '5398' },
    'demo-seed': { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
  },
});

function option(name: string, text: string | undefined, valid: (n: number) => boolean): number {
  const value = Number(text);
  if (!Number.isFinite(value) || !valid(value)) {
    console.error(`--${name}: "${text}" is not allowed.`);
    process.exit(2);
  }
  return value;
}

const minutes = option('minutes', values.minutes, (n) => n > 0 && n <= 24 * 60);
const port = option('port', values.port, (n) => Number.isInteger(n) && n > 0 && n < 65_536);
const demoPort = option('demo-port', values['demo-port'], (n) => Number.isInteger(n) && n > 0 && n < 65_536 && n !== port);
const seed = option('demo-seed', values['demo-seed'], (n) => Number.isInteger(n) && n >= 0);
// Bounds of the settling phase: the outbox may wait 30 s before a read-back, then back off; the
// inbox is polled every minute, later after failures (capped exponential backoff).
const settleOutboxMs = 180_000;
const settleCacheMs = 180_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const waitingToSend = (cache: CacheSnapshot | null): number =>
  cache ? (cache.outbox.queued ?? 0) + (cache.outbox.sending ?? 0) + (cache.outbox.unknown ?? 0) : Number.NaN;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(0)} s`;

function requestFigures(log: readonly RequestLogEntry[]): string {
  const tally = (key: (r: RequestLogEntry) => string | null): string => {
    const counts = new Map<string, number>();
    for (const r of log) {
      const k = key(r);
      if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  };
  const faulted = log.filter((r) => r.fault !== null).length;
  return `${log.length}${log.length >= 20_000 ? '+ (log cap)' : ''}: ${tally((r) => r.operation ?? '?')}; faulted ${faulted}: ${tally((r) => r.fault)}`;
}

/**
 * For the first errors, what reached the marketplace in the 10 s before: a gateway failure with no
 * request of its own in the log never reached the marketplace (lost between gateway and demo).
 */
function printRequestsNear(times: readonly number[], log: readonly RequestLogEntry[], start: number): void {
  for (const at of times.slice(0, 3)) {
    const near = log.filter((r) => Date.parse(r.time) >= at - 10_000 && Date.parse(r.time) <= at + 1_000);
    console.log(`\nMarketplace requests in the 10 s before the error at ${clock(at - start)}:`);
    for (const r of near)
      console.log(
        `  ${clock(Date.parse(r.time) - start)} ${r.method} ${r.path} ${r.operation ?? '?'} → ${r.status}${r.fault ? ` (${r.fault})` : ''}`,
      );
    if (near.length === 0) console.log('  none');
  }
}

async function main(): Promise<number> {
  ensureBuilt(root, !values['no-build']);
  const stack = await startSoakStack({ root, port, demoPort, seed });
  const abort = new AbortController();
  const onSignal = (): void => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let browser: SoakConsole | null = null;
  try {
    const market = new SoakMarketplace(stack.consoleUrl, stack.demoUrl);
    const threads = await market.threads();
    const logBefore = (await market.requests()).length;
    console.log(`Console ${stack.consoleUrl}, demo ${stack.demoUrl}: ${threads.length} threads; soaking for ${minutes} min…`);
    browser = await SoakConsole.open(stack.consoleUrl);
    const runId = `soak-${Date.now().toString(36)}`;
    const start = Date.now();
    const tally = await runSoakLoops({
      start,
      end: start + minutes * 60_000,
      signal: abort.signal,
      market,
      console: browser,
      threads,
      runId,
    });
    const soakMs = Date.now() - start;
    if (abort.signal.aborted) throw new Error('Stopped by a signal before the checks.');
    const soakLog = (await market.requests()).slice(logBefore);

    // Settle: buyers have stopped (their loop ended), faults are cleared; the console must deliver
    // what waits and catch up by itself (its own sender and its own poll, no Refresh click).
    await market.clearFaults();
    const settleStart = Date.now();
    let cache = await browser.readCache();
    while (waitingToSend(cache) !== 0 && Date.now() - settleStart < settleOutboxMs) {
      await sleep(2_000);
      cache = await browser.readCache();
    }
    const outboxSettledMs = Date.now() - settleStart;
    let differences: string[] = ['not compared'];
    let marketNow = await market.threads();
    while (Date.now() - settleStart < settleOutboxMs + settleCacheMs) {
      cache = await browser.readCache();
      marketNow = await market.threads();
      differences = cache ? cacheDifferences(marketNow, cache.threads) : ['no cache database'];
      if (differences.length === 0) break;
      await sleep(5_000);
    }
    const cacheSettledMs = Date.now() - settleStart;
    const heapEnd = await browser.heapUsed().catch(() => null);
    const status = await browser.statusText().catch((e: unknown) => `(unreadable: ${String(e)})`);

    const checks: CheckResult[] = [
      {
        name: 'every reply slot sent through the UI',
        ok: tally.replyFailures.length === 0 && tally.replies.length > 0,
        detail:
          tally.replyFailures.length === 0
            ? `${tally.replies.length} sent`
            : `${tally.replyFailures.length} failed: ${tally.replyFailures.slice(0, 3).join('; ')}`,
      },
      {
        name: 'nothing waiting to send, nothing refused',
        ok: waitingToSend(cache) === 0 && (cache?.outbox.parked ?? 0) === 0,
        detail: `outbox ${JSON.stringify(cache?.outbox ?? null)} after ${seconds(outboxSettledMs)}; status bar: ${status}`,
      },
      await checkReplies(market, tally.replies),
      {
        name: 'cache equals the marketplace',
        ok: differences.length === 0,
        detail:
          differences.length === 0
            ? `${marketNow.length} threads equal after ${seconds(cacheSettledMs)} (${cache?.database})`
            : `${differences.length} differences after ${seconds(cacheSettledMs)}: ${differences.slice(0, 5).join('; ')}`,
      },
      checkHeap(tally.heapFirstMinute, heapEnd),
      checkProblems(browser.problems, tally.burstWindows, start),
      {
        name: 'fault bursts set and cleared',
        ok: tally.burstFailures.length === 0,
        detail: tally.burstFailures.length === 0 ? `${tally.bursts.length} bursts` : tally.burstFailures.join('; '),
      },
    ];

    const ratio = tally.heapFirstMinute && heapEnd ? (heapEnd / tally.heapFirstMinute).toFixed(3) : 'n/a';
    const messages = cache?.threads.reduce((n, t) => n + t.storedMessages, 0) ?? 0;
    printTable('Soak figures', [
      ['duration', `${(soakMs / 60_000).toFixed(2)} min soaking + ${seconds(cacheSettledMs)} settling`],
      [
        'replies sent (UI)',
        `${tally.replies.length} (${tally.replyFailures.length} failed, ${tally.notAnswerable} threads not answerable)`,
      ],
      ['buyer messages', `${tally.buyerMessages} (${tally.buyerFailures.length} refused)`],
      ['fault bursts', `${tally.bursts.length}`],
      ['marketplace requests (soaking)', requestFigures(soakLog)],
      [
        'M12 answers',
        [...new Set(soakLog.filter((r) => r.operation === 'M12').map((r) => r.status))]
          .sort((a, b) => a - b)
          .map((s) => `${s}×${soakLog.filter((r) => r.operation === 'M12' && r.status === s).length}`)
          .join(', '),
      ],
      [
        'heap MB (1st min → end)',
        `${tally.heapFirstMinute === null ? 'n/a' : mb(tally.heapFirstMinute)} → ${heapEnd === null ? 'n/a' : mb(heapEnd)} (×${ratio})`,
      ],
      [
        'console errors',
        `${realProblems(browser.problems, tally.burstWindows).length} (set aside: ${setAsideFigures(browser.problems, tally.burstWindows)})`,
      ],
      ['outbox settled / cache equal', `${seconds(outboxSettledMs)} / ${seconds(cacheSettledMs)}`],
      ['cache at end', `${cache?.threads.length ?? 0} threads, ${messages} messages`],
    ]);
    printTable(
      'Checks',
      checks.map((c) => [`${c.ok ? 'PASS' : 'FAIL'} ${c.name}`, c.detail]),
    );
    printRequestsNear(
      realProblems(browser.problems, tally.burstWindows).map((p) => p.at),
      await market.requests(),
      start,
    );
    const failed = checks.filter((c) => !c.ok).length;
    console.log(failed === 0 ? '\nSoak passed.' : `\nSoak FAILED: ${failed} check(s).`);
    return failed === 0 ? 0 : 1;
  } catch (error) {
    console.error(`\nSoak stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.error(`Console server output (last lines):\n${stack.output().split('\n').slice(-30).join('\n')}`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await browser?.close().catch(() => {});
    await stack.stop();
  }
}

process.exit(
  await main().catch((error: unknown) => {
    // Before the soak started (build, ports, server start): the message says what to do.
    console.error(`Soak not started: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }),
);
