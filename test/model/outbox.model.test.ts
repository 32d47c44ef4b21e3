// Model-based tests of the outbox against the demo marketplace's fault injection, over real HTTP
// through the console's gateway: seeded sequences of replies (some with identical text on purpose,
// some with a file) and of faults — the marketplace stores a reply then drops the connection, answers
// 5xx, throttles with Retry-After, answers too late for the client, resets — with windows reloaded
// between send and acknowledgement and two windows racing for the leader lock. After each sequence,
// the marketplace itself (M10 with the shop key, not through the console) must hold every reply
// exactly once, in the order written per thread, and every item must be sent with the id of its message.
//
// The world's one assumption, shared with the sender: a request the marketplace received is processed
// within `worldSettleMs` of (fake) time. The harness enforces it by letting such requests finish (in
// real time) before the clock moves past that window; the sender must not look before then.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessLocks } from '../../renderer/src/sync/leader';
import { discardParked, enqueue } from '../../renderer/src/sync/outbox/outbox.repository';
import { fakeClock, startModelStack, type ModelShop, type ModelStack } from './outbox-harness';
import { drive, Profile, seededRandom, type Step } from './outbox-world';

// The model checks the sender, not the reply guard (see enqueue below).
const unguarded = { checker: () => [] };

const seed = 20_261_123;
const numRuns = 1000;
const refusalRuns = 250;
const clientTimeoutMs = 80;
/** A "timeout" fault: the marketplace answers after the client gave up (and then processes it). */
const lateAnswerMs = 160;
const worldSettleMs = 30_000;

let stack: ModelStack;
let run = 0;

/** What the sequences exercised in all, so a schedule that never fires a fault cannot pass unnoticed. */
const coverage: Record<string, number> = {};
function count(what: Record<string, number>): void {
  for (const [key, n] of Object.entries(what)) coverage[key] = (coverage[key] ?? 0) + n;
}

beforeAll(async () => {
  stack = await startModelStack({ seed: 7, clock: fakeClock(Date.parse('2026-03-02T08:00:00Z')), clientTimeoutMs });
});
afterAll(async () => {
  await stack?.close();
});

type Operation = 'M12' | 'M10';
const operation = fc.constantFrom<Operation>('M12', 'M10');
const times = fc.integer({ min: 1, max: 2 });
/** One fault rule; `thread` (an index into the run's threads) narrows it to that thread's paths. */
const faultArb = fc.record({
  thread: fc.option(fc.nat(2), { nil: undefined }),
  rule: fc.oneof(
    fc.record({ fault: fc.constant('drop-after-commit'), operation, times }),
    fc.record({ fault: fc.constant('status'), status: fc.constantFrom(500, 502, 503, 504), operation, times }),
    fc.record({ fault: fc.constant('rate-limit'), retryAfterSeconds: fc.integer({ min: 0, max: 1 }), operation, times }),
    fc.record({ fault: fc.constant('reset'), operation, times }),
    fc.record({ fault: fc.constant('truncate'), operation, times }),
    fc.record({ fault: fc.constant('latency'), ms: fc.constant(lateAnswerMs), operation, times: fc.constant(1) }),
  ),
});
type FaultPlan = { thread: number | undefined; rule: Record<string, unknown> };

const stepArb: fc.Arbitrary<Step> = fc.record({
  race: fc.boolean(),
  kill: fc.option(
    fc.record({
      atWrite: fc.integer({ min: 1, max: 2 }),
      mode: fc.constantFrom('in-flight' as const, 'abort' as const, 'after-answer' as const),
    }),
    { nil: null, freq: 2 },
  ),
});

const replyArb = fc.record({ thread: fc.nat(2), sameAsEarlier: fc.boolean(), file: fc.boolean() });

/** A reply as planned: its thread, its text (maybe the same as an earlier one of the thread), a file. */
interface PlannedReply {
  thread: number;
  body: string;
  file: boolean;
  to: 'OPERATOR' | 'CUSTOMER';
}

function plannedBodies(
  tag: string,
  threads: number,
  replies: readonly { thread: number; sameAsEarlier: boolean; file: boolean }[],
): PlannedReply[] {
  const planned: PlannedReply[] = [];
  replies.forEach((r, i) => {
    const thread = r.thread % threads;
    const earlier = planned.find((p) => p.thread === thread);
    const body = r.sameAsEarlier && earlier ? earlier.body : `Run ${tag}, reply ${i}: dziękujemy, sprawdzamy zamówienie.`;
    planned.push({ thread, body, file: r.file && i % 3 === 0, to: 'OPERATOR' });
  });
  return planned;
}

interface RunSetup {
  profile: Profile;
  threads: { shop: ModelShop; id: string }[];
  itemIds: string[];
}

async function setUp(
  tag: string,
  shopIndexes: readonly number[],
  replies: readonly PlannedReply[],
  random: () => number,
): Promise<RunSetup> {
  run += 1;
  await stack.resetMarketplace();
  const threads = [];
  for (const index of shopIndexes) {
    const shop = stack.shops[index % stack.shops.length] as ModelShop;
    threads.push({ shop, id: await stack.newOperatorThread(shop, `${tag}-${threads.length}`) });
  }
  const profile = new Profile(`outbox-model-${run}`, stack, inProcessLocks(), random);
  const itemIds: string[] = [];
  for (const [i, reply] of replies.entries()) {
    const thread = threads[reply.thread] as RunSetup['threads'][number];
    const id = `${tag}-item-${i}`;
    const attachments = reply.file
      ? [{ name: `note-${i}.txt`, type: 'text/plain', blob: new Blob([`note ${i}`], { type: 'text/plain' }) }]
      : [];
    await enqueue(
      profile.db,
      { shopId: thread.shop.id, kind: 'reply', threadId: thread.id, payload: { body: reply.body, to: [{ type: reply.to }] }, attachments },
      id,
      stack.clock.now(),
      // The model checks the sender (each reply exactly once), not the reply guard: its replies repeat on
      // purpose, which the guard would warn about (the guard has its own tests and corpus).
      unguarded,
    );
    itemIds.push(id);
  }
  return { profile, threads, itemIds };
}

function faultRules(faults: readonly FaultPlan[], threads: RunSetup['threads']): Record<string, unknown>[] {
  return faults.map(({ thread, rule }) => {
    const target = thread === undefined ? undefined : threads[thread % threads.length];
    return target ? { ...rule, path: `/threads/${target.id}(/|$)` } : rule;
  });
}

/** Ends a run: no faults, nothing in flight (a killed window's request included), the database gone. */
async function tearDown(setup: RunSetup | null): Promise<void> {
  count(await stack.faultsApplied());
  if (setup) count(setup.profile.seen);
  await stack.setFaults([]);
  await stack.settle(Number.POSITIVE_INFINITY);
  await setup?.profile.close();
}

/** The shop's replies in a thread as the marketplace holds them (after the thread's own first message). */
async function repliesOnMarketplace(thread: RunSetup['threads'][number]): Promise<{ id: string; body: string; fromType: string }[]> {
  const messages = await stack.threadMessages(thread.shop, thread.id);
  return messages.slice(1);
}

describe('outbox model: exactly once, in order, against injected faults over HTTP', () => {
  it(`delivers every reply exactly once in order per thread (${numRuns} seeded fault sequences)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(3), { minLength: 1, maxLength: 3 }),
        fc.array(replyArb, { minLength: 1, maxLength: 5 }),
        fc.array(faultArb, { maxLength: 4 }),
        fc.array(stepArb, { maxLength: 4 }),
        fc.integer(),
        async (shopIndexes, replySpecs, faults, steps, randomSeed) => {
          const tag = `m${run + 1}`;
          const replies = plannedBodies(tag, shopIndexes.length, replySpecs);
          let setup: RunSetup | null = null;
          try {
            setup = await setUp(tag, shopIndexes, replies, seededRandom(randomSeed));
            await stack.setFaults(faultRules(faults as FaultPlan[], setup.threads));
            await drive(setup.profile, stack, steps, { settleMs: worldSettleMs, faultRounds: 12, maxRounds: 60 });
            count(await stack.faultsApplied());
            await stack.setFaults([]);
            await stack.settle(Number.POSITIVE_INFINITY);

            const items = await setup.profile.db.outbox.orderBy('seq').toArray();
            for (const [t, thread] of setup.threads.entries()) {
              const onMarketplace = await repliesOnMarketplace(thread);
              const written = items.filter((i) => i.threadId === thread.id);
              // Exactly once each, in the order written (identical texts included).
              const trace = `thread ${t}: items ${written.map((i) => `${i.id}=${i.state}/${i.deliveredMessageId ?? '-'}/attempts ${i.attempts}/${i.lastError?.status ?? ''} ${i.lastError?.message ?? ''}`).join(', ')}; marketplace ${onMarketplace.map((m) => m.id).join(', ')}`;
              expect(
                onMarketplace.map((m) => m.body),
                trace,
              ).toEqual(replies.filter((r) => r.thread === t).map((r) => r.body));
              expect(onMarketplace.every((m) => m.fromType === 'SHOP_USER')).toBe(true);
              // Every item sent, with the id of its own message.
              expect(written.map((i) => i.state)).toEqual(written.map(() => 'sent'));
              expect(written.map((i) => i.deliveredMessageId)).toEqual(onMarketplace.map((m) => m.id));
            }
          } finally {
            await tearDown(setup);
          }
        },
      ),
      { numRuns, seed, endOnFailure: true },
    );
    // Every kind of trouble happened many times over (counts of requests hit, windows, passes).
    for (const fault of ['drop-after-commit', 'status', 'rate-limit', 'reset', 'truncate', 'latency'])
      expect(coverage[fault] ?? 0, fault).toBeGreaterThan(100);
    expect(coverage.kills).toBeGreaterThan(200);
    expect(coverage.races).toBeGreaterThan(200);
    expect(coverage.confirmed, 'items found by a read-back instead of being sent again').toBeGreaterThan(200);
  }, 600_000);
});

/** Why a reply is refused: addressed to the buyer on an operator thread, blank, or a 4xx the thread always gets. */
type Refusal = 'customer' | 'blank' | 'injected';

const plainWords = (message: string): boolean =>
  message.length >= 10 &&
  message.length <= 300 &&
  /[a-z]{3,} [a-z]{2,}/i.test(message) &&
  !/[{}<>]|\bat \S+:\d+|Error:|undefined|null/.test(message);

describe('outbox model: refused replies', () => {
  it(`parks what the marketplace refuses (4xx) with its reason in plain words, never delivers it, and holds back the rest of its thread (${refusalRuns} sequences)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(3), { minLength: 1, maxLength: 3 }),
        fc.array(
          fc.record({ reply: replyArb, refusal: fc.option(fc.constantFrom<Refusal>('customer', 'blank'), { nil: null, freq: 2 }) }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.option(fc.record({ thread: fc.nat(2), status: fc.constantFrom(400, 403, 404, 422) }), { nil: null }),
        fc.array(faultArb, { maxLength: 3 }),
        fc.array(stepArb, { maxLength: 3 }),
        fc.integer(),
        async (shopIndexes, specs, injected, faults, steps, randomSeed) => {
          const tag = `r${run + 1}`;
          const replies = plannedBodies(
            tag,
            shopIndexes.length,
            specs.map((s) => ({ ...s.reply, sameAsEarlier: false })),
          );
          const refusals: (Refusal | null)[] = specs.map((s) => s.refusal);
          replies.forEach((r, i) => {
            if (refusals[i] === 'customer') r.to = 'CUSTOMER';
            if (refusals[i] === 'blank') r.body = ' \n\t ';
          });
          const injectedThread = injected ? injected.thread % shopIndexes.length : null;
          let setup: RunSetup | null = null;
          try {
            setup = await setUp(tag, shopIndexes, replies, seededRandom(randomSeed));
            const thread = injectedThread === null ? undefined : setup.threads[injectedThread];
            // The injected refusal comes first, so it answers every reply to its thread until lifted.
            const refusalRule =
              thread && injected ? [{ operation: 'M12', fault: 'status', status: injected.status, path: `/threads/${thread.id}/` }] : [];
            await stack.setFaults([...refusalRule, ...faultRules(faults as FaultPlan[], setup.threads)]);
            await drive(setup.profile, stack, steps, { settleMs: worldSettleMs, faultRounds: 12, maxRounds: 60 });
            await stack.setFaults(refusalRule);

            // Per thread: what comes before the first refusal is delivered, it is parked, the rest waits.
            const items = await setup.profile.db.outbox.orderBy('seq').toArray();
            for (const [t, th] of setup.threads.entries()) {
              const indexes = replies.flatMap((r, i) => (r.thread === t ? [i] : []));
              const refusedAt = indexes.findIndex((i) => refusals[i] !== null || t === injectedThread);
              const delivered = refusedAt === -1 ? indexes : indexes.slice(0, refusedAt);
              expect((await repliesOnMarketplace(th)).map((m) => m.body)).toEqual(delivered.map((i) => replies[i]?.body));
              if (refusedAt === -1) continue;
              const parked = items.find((i) => i.id === setup?.itemIds[indexes[refusedAt] as number]);
              expect(parked?.state).toBe('parked');
              expect(parked?.lastError?.status).toBeGreaterThanOrEqual(400);
              expect(parked?.lastError?.status).toBeLessThan(500);
              expect(plainWords(parked?.lastError?.message ?? ''), parked?.lastError?.message).toBe(true);
              for (const later of indexes.slice(refusedAt + 1))
                expect(items.find((i) => i.id === setup?.itemIds[later])?.state).toBe('queued');
            }

            // The seller discards each refused reply; the held-back ones then go, in order.
            await stack.setFaults([]);
            for (let pass = 0; pass < replies.length; pass++) {
              const parked = await setup.profile.db.outbox.where('state').equals('parked').toArray();
              if (parked.length === 0) break;
              for (const item of parked) expect(await discardParked(setup.profile.db, item.id)).toBe(true);
              await drive(setup.profile, stack, [], { settleMs: worldSettleMs, faultRounds: 0, maxRounds: 20 });
            }
            for (const [t, th] of setup.threads.entries()) {
              const expected = replies.filter(
                (r, i) =>
                  r.thread === t && refusals[i] === null && !(t === injectedThread && i === replies.findIndex((x) => x.thread === t)),
              );
              expect((await repliesOnMarketplace(th)).map((m) => m.body)).toEqual(expected.map((r) => r.body));
            }
          } finally {
            await tearDown(setup);
          }
        },
      ),
      { numRuns: refusalRuns, seed: seed + 1, endOnFailure: true },
    );
  }, 600_000);
});
