// The soak's verdicts: each check compares what the console did with what the marketplace holds,
// read independently of the console's code (demo control surface, gateway reads, bare IndexedDB).
import type { CachedThread, ConsoleProblem } from './soak-console';
import type { MarketThread, SoakMarketplace } from './soak-marketplace';

export interface SentReply {
  shopId: string;
  threadId: string;
  body: string;
  at: number;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

const firstFew = (items: string[], n = 5): string =>
  items.length <= n ? items.join('; ') : `${items.slice(0, n).join('; ')}; … ${items.length - n} more`;

/** Every reply sent through the UI is at the marketplace exactly once, as a shop message of its thread. */
export async function checkReplies(market: SoakMarketplace, replies: readonly SentReply[]): Promise<CheckResult> {
  const byThread = new Map<string, SentReply[]>();
  for (const r of replies) byThread.set(`${r.shopId}/${r.threadId}`, [...(byThread.get(`${r.shopId}/${r.threadId}`) ?? []), r]);
  const wrong: string[] = [];
  let once = 0;
  for (const group of byThread.values()) {
    const first = group[0];
    if (!first) continue;
    const bodies = await market.shopMessageBodies(first.shopId, first.threadId);
    for (const r of group) {
      const count = bodies.get(r.body) ?? 0;
      if (count === 1) once += 1;
      else wrong.push(`${count}× "${r.body}" (${r.shopId}/${r.threadId}, sent ${new Date(r.at).toISOString()})`);
    }
  }
  return {
    name: 'every reply at the marketplace exactly once',
    ok: wrong.length === 0,
    detail:
      wrong.length === 0
        ? `${once} of ${replies.length} replies found once`
        : `${wrong.length} of ${replies.length} wrong: ${firstFew(wrong)}`,
  };
}

/**
 * The differences between the cache and the marketplace: threads missing on either side, and
 * threads whose update time, recorded message count or stored message rows differ from the
 * marketplace's. Empty when they are equal.
 */
export function cacheDifferences(market: readonly MarketThread[], cached: readonly CachedThread[]): string[] {
  const key = (t: { shopId: string; id: string }): string => `${t.shopId}/${t.id}`;
  const inCache = new Map(cached.map((t) => [key(t), t]));
  const atMarket = new Map(market.map((t) => [key(t), t]));
  const differences: string[] = [];
  for (const [k, m] of atMarket) {
    const c = inCache.get(k);
    if (!c) differences.push(`${k} missing from the cache`);
    else if (c.messageCount !== m.totalCount || c.storedMessages !== m.totalCount || c.dateUpdated !== m.dateUpdated) {
      differences.push(
        `${k}: marketplace ${m.totalCount} messages at ${m.dateUpdated}, cache says ${c.messageCount} and stores ${c.storedMessages} at ${c.dateUpdated}`,
      );
    }
  }
  for (const k of inCache.keys()) if (!atMarket.has(k)) differences.push(`${k} in the cache but not at the marketplace`);
  return differences;
}

/** The heap after the soak is at most 10 % above its level after the first minute (a fall is no leak). */
export function checkHeap(firstMinute: number | null, end: number | null): CheckResult {
  if (firstMinute === null || end === null)
    return { name: 'heap at end within 10 % of the first minute', ok: false, detail: 'not measured' };
  const ratio = end / firstMinute;
  return {
    name: 'heap at end within 10 % of the first minute',
    ok: ratio <= 1.1,
    detail: `${mb(firstMinute)} → ${mb(end)} MB (×${ratio.toFixed(3)})`,
  };
}

/** When a fault burst was on: from the PUT of its rules to the DELETE. */
export interface BurstWindow {
  from: number;
  to: number;
}

// A request that arrived during a burst can still fail after it: an answer held 35 s by a latency
// rule comes back as the gateway's 504 after 30 s. Later than this, no injected fault explains it.
const burstTailMs = 40_000;

/** The console entries that do not fail the soak: a favicon 404, or a gateway failure during (or just after) a burst. */
function setAside(problem: ConsoleProblem, windows: readonly BurstWindow[]): boolean {
  if (problem.source === 'favicon') return true;
  return problem.source === 'gateway failure' && windows.some((w) => problem.at >= w.from && problem.at <= w.to + burstTailMs);
}

/** How many console entries were set aside, per reason. */
export function setAsideFigures(problems: readonly ConsoleProblem[], windows: readonly BurstWindow[]): string {
  const kept = problems.filter((p) => setAside(p, windows));
  return `${kept.filter((p) => p.source === 'gateway failure').length} network logs of injected faults, ${kept.filter((p) => p.source === 'favicon').length} favicon 404`;
}

/** The console entries that fail the soak (see setAside), for the progress lines and the check. */
export function realProblems(problems: readonly ConsoleProblem[], windows: readonly BurstWindow[]): ConsoleProblem[] {
  return problems.filter((p) => !setAside(p, windows));
}

/**
 * No console error and no uncaught error in the page. Chromium's logs of failed gateway requests
 * count too when no burst explains them (e.g. a 502 while no fault was set).
 */
export function checkProblems(problems: readonly ConsoleProblem[], windows: readonly BurstWindow[], start: number): CheckResult {
  const real = realProblems(problems, windows);
  return {
    name: 'no console error or page error',
    ok: real.length === 0,
    detail:
      real.length === 0
        ? `none (set aside: ${setAsideFigures(problems, windows)})`
        : `${real.length}: ${firstFew(
            real.map((p) => `[${p.kind} at ${clock(p.at - start)}] ${p.text.split('\n')[0] ?? ''}`),
            8,
          )}`,
  };
}

/** Elapsed time as mm:ss. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export const mb = (bytes: number): string => (bytes / 1_048_576).toFixed(1);

/** Prints rows as a two-column table. */
export function printTable(title: string, rows: readonly [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${title}`);
  console.log(`${'-'.repeat(width + 2)}+${'-'.repeat(40)}`);
  for (const [label, value] of rows) console.log(` ${label.padEnd(width)} | ${value}`);
}
