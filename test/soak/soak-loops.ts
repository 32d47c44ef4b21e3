// The soak's activities while it runs, each its own loop on its own clock so a slow one (a reply
// typed while the page is busy) never delays the others (buyers keep writing every second). Every
// loop is bounded both by a count and by the soak's end time, and stops early when aborted.
import { clock, realProblems, type BurstWindow, type SentReply } from './soak-checks';
import type { SoakConsole } from './soak-console';
import { faultBursts, shopIds, type MarketThread, type SoakMarketplace } from './soak-marketplace';

export interface SoakTally {
  buyerMessages: number;
  buyerFailures: string[];
  replies: SentReply[];
  replyFailures: string[];
  notAnswerable: number;
  bursts: string[];
  burstWindows: BurstWindow[];
  burstFailures: string[];
  heapFirstMinute: number | null;
}

export interface SoakPlan {
  start: number;
  end: number;
  signal: AbortSignal;
  market: SoakMarketplace;
  console: SoakConsole;
  threads: readonly MarketThread[];
  runId: string;
}

const buyerPaceMs = 1_000;
const replyEveryMs = 10_000;
const burstEveryMs = 60_000;
/** Bursts start half-way through each minute, so the first-minute heap reading falls between them. */
const burstOffsetMs = 30_000;
const burstLengthMs = 12_000;
const firstMinuteMs = 60_000;

// One phrase per market, so the cache holds text in each shop's language as in real use.
const buyerWords: Record<string, string> = {
  'demo-2001': 'Czy jest już jakaś informacja o mojej paczce?',
  'demo-2002': 'Vai ir kādas ziņas par manu sūtījumu?',
  'demo-2003': 'Há novidades sobre a minha encomenda?',
  'demo-2004': 'Ima li novosti o mojoj pošiljci?',
};
const replyWords: Record<string, string> = {
  'demo-2001': 'Dzień dobry, sprawdzamy to i odpiszemy jeszcze dziś.',
  'demo-2002': 'Labdien, mēs to pārbaudām un atbildēsim vēl šodien.',
  'demo-2003': 'Olá, estamos a verificar e respondemos ainda hoje.',
  'demo-2004': 'Dobar dan, provjeravamo i javit ćemo se još danas.',
};

/** Waits until `at` (epoch ms) or the abort, whichever comes first; true when aborted. */
async function waitUntil(at: number, signal: AbortSignal): Promise<boolean> {
  const ms = at - Date.now();
  if (ms > 0 && !signal.aborted) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done);
    });
  }
  return signal.aborted;
}

const message = (error: unknown): string => (error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error));
const byShop = (threads: readonly MarketThread[], keep: (t: MarketThread) => boolean): string[][] =>
  shopIds.map((s) => threads.filter((t) => t.shopId === s && keep(t)).map((t) => t.id));

/** A buyer message every second, shops in turn, a pseudo-random buyer thread of that shop each time. */
async function buyers(plan: SoakPlan, tally: SoakTally): Promise<void> {
  const targets = byShop(plan.threads, (t) => t.hasBuyer);
  let seed = 0x5eed;
  const maxCount = Math.ceil((plan.end - plan.start) / buyerPaceMs);
  for (let i = 0; i < maxCount; i++) {
    const at = plan.start + i * buyerPaceMs;
    if (at >= plan.end || (await waitUntil(at, plan.signal))) return;
    const shopIndex = i % shopIds.length;
    const shopThreads = targets[shopIndex] ?? [];
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const threadId = shopThreads[seed % Math.max(1, shopThreads.length)];
    if (!threadId) continue;
    try {
      await plan.market.buyerMessage(threadId, `${buyerWords[shopIds[shopIndex] ?? ''] ?? ''} (${plan.runId} buyer ${i + 1})`);
      tally.buyerMessages += 1;
    } catch (error) {
      tally.buyerFailures.push(message(error));
    }
  }
}

/**
 * A reply every 10 seconds through the UI, shops in turn, going through each shop's answerable
 * threads. A slot missed because the previous reply took long is skipped, not caught up.
 */
async function replies(plan: SoakPlan, tally: SoakTally): Promise<void> {
  const targets = byShop(plan.threads, (t) => t.answerable);
  const maxCount = Math.ceil((plan.end - plan.start) / replyEveryMs);
  let next = plan.start + 2_000;
  for (let i = 0; i < maxCount; i++) {
    if (next >= plan.end || (await waitUntil(next, plan.signal))) return;
    const shopId = shopIds[i % shopIds.length] ?? '';
    const shopThreads = targets[i % shopIds.length] ?? [];
    const threadId = shopThreads[Math.floor(i / shopIds.length) % Math.max(1, shopThreads.length)];
    if (threadId) {
      const body = `${replyWords[shopId] ?? ''} (${plan.runId} reply ${i + 1})`;
      const at = Date.now();
      try {
        if (await plan.console.sendReply(threadId, body)) tally.replies.push({ shopId, threadId, body, at });
        else tally.notAnswerable += 1;
      } catch (error) {
        tally.replyFailures.push(`reply ${i + 1} to ${shopId}/${threadId}: ${message(error)}`);
      }
    }
    next += replyEveryMs;
    while (next < Date.now()) next += replyEveryMs;
  }
}

/** Every minute one burst of faults (in turn from faultBursts) for 12 s, then the faults are cleared. */
async function faults(plan: SoakPlan, tally: SoakTally): Promise<void> {
  const maxCount = Math.ceil((plan.end - plan.start) / burstEveryMs);
  for (let i = 0; i < maxCount; i++) {
    const at = plan.start + burstOffsetMs + i * burstEveryMs;
    if (at + burstLengthMs > plan.end || (await waitUntil(at, plan.signal))) return;
    const burst = faultBursts[i % faultBursts.length];
    if (!burst) return;
    const from = Date.now();
    try {
      await plan.market.setFaults(burst.rules);
      tally.bursts.push(burst.name);
      console.log(`  ${elapsed(plan)} fault burst ${i + 1}: ${burst.name}`);
      await waitUntil(Date.now() + burstLengthMs, plan.signal);
    } catch (error) {
      tally.burstFailures.push(message(error));
    } finally {
      await plan.market.clearFaults().catch((error: unknown) => tally.burstFailures.push(message(error)));
      tally.burstWindows.push({ from, to: Date.now() });
    }
  }
}

/** The heap after the first minute (or half-way through a shorter soak), and a progress line each minute. */
async function watch(plan: SoakPlan, tally: SoakTally): Promise<void> {
  const firstAt = plan.start + Math.min(firstMinuteMs, (plan.end - plan.start) / 2);
  if (await waitUntil(firstAt, plan.signal)) return;
  // Unmeasured (null) fails the heap check at the end; the soak itself goes on.
  tally.heapFirstMinute = await plan.console.heapUsed().catch(() => null);
  const maxCount = Math.ceil((plan.end - plan.start) / 60_000) + 1;
  for (let minute = 1; minute <= maxCount; minute++) {
    const at = plan.start + minute * 60_000;
    if (at > plan.end || (await waitUntil(at, plan.signal))) return;
    // Progress lines fall on full minutes, between bursts (which start half-way through a minute).
    const errors = realProblems(plan.console.problems, tally.burstWindows).length;
    console.log(
      `  ${elapsed(plan)} ${tally.buyerMessages} buyer messages, ${tally.replies.length} replies, ${tally.replyFailures.length} reply failures, ${errors} console errors`,
    );
  }
}

function elapsed(plan: SoakPlan): string {
  return `[${clock(Date.now() - plan.start)}]`;
}

/** Runs the soak's loops until the plan's end (or its abort) and answers what they did. */
export async function runSoakLoops(plan: SoakPlan): Promise<SoakTally> {
  const tally: SoakTally = {
    buyerMessages: 0,
    buyerFailures: [],
    replies: [],
    replyFailures: [],
    notAnswerable: 0,
    bursts: [],
    burstWindows: [],
    burstFailures: [],
    heapFirstMinute: null,
  };
  await Promise.all([buyers(plan, tally), replies(plan, tally), faults(plan, tally), watch(plan, tally)]);
  return tally;
}
