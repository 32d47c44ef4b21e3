// The sender against a small in-memory marketplace whose every answer the test scripts: each
// scenario below was a way to send a reply twice or lose one (see the model tests in test/model/).
import { describe, expect, it } from 'vitest';
import type { WriteAnswer } from '../../api/platform';
import type { PlatformFailure } from '../../api/platform-failure';
import { ConsoleDatabase } from '../../data/db';
import type { OutboxItem } from '../../data/records';
import type { OutboxPlatform } from './outbox-platform';
import { defaultSettleMs, drainOutbox, type OutboxSenderDeps } from './outbox.sender';
import { enqueue } from './outbox.repository';

const t0 = Date.parse('2026-11-23T10:00:00Z');
let dbCount = 0;

type Answer = WriteAnswer<'M12'>;
type Step = 'ok' | 'ok-without-id' | 'lands-later' | 'stored-then-dropped' | PlatformFailure | { answer: Answer };
const unknown500: PlatformFailure = { kind: 'server', status: 500, code: 'HTTP_500', message: 'Injected fault: 500', fromGateway: false };
const ok = (value: unknown) => ({ ok: true as const, value: value as never });
const failed = (failure: PlatformFailure) => ({ ok: false as const, failure });

/** A marketplace with threads of shop messages; writes follow `script` (then 'ok'), reads `readScript` (then the truth). */
function marketplace() {
  let clock = t0;
  const messages: { id: string; threadId: string; body: string; fromType: string; dateCreated: string }[] = [];
  const writes: { code: string; input: unknown }[] = [];
  const reads: string[] = [];
  const script: Step[] = [];
  const readScript: (PlatformFailure | 'stale')[] = [];
  const late: (() => void)[] = [];
  let hangNext = false;
  let releaseHung: ((answer: Answer) => void) | null = null;
  const store = (input: unknown): string => {
    const { params, body } = input as { params?: { thread_id?: string }; body: { body: string } };
    const id = `m${messages.length + 1}`;
    messages.push({
      id,
      threadId: params?.thread_id ?? '',
      body: body.body,
      fromType: 'SHOP_USER',
      dateCreated: new Date(clock).toISOString(),
    });
    return id;
  };
  const platform: OutboxPlatform = {
    async write(_shop, code, input) {
      writes.push({ code, input });
      if (hangNext) {
        hangNext = false;
        return new Promise<Answer>((resolve) => (releaseHung = resolve)).then(ok);
      }
      const step = script.shift() ?? 'ok';
      if (step === 'ok') return ok({ status: 201, readable: true, body: { message_id: store(input) } });
      if (step === 'ok-without-id') return (store(input), ok({ status: 201, readable: false }));
      if (step === 'lands-later') {
        late.push(() => store(input));
        return failed({ kind: 'timeout', status: null, code: 'TIMEOUT', message: 'The marketplace did not answer in time.' });
      }
      if (step === 'stored-then-dropped') {
        store(input);
        return failed({ kind: 'server', status: 502, code: 'UPSTREAM_UNREACHABLE', message: 'The connection dropped.', fromGateway: true });
      }
      if ('answer' in step) return ok(step.answer);
      return failed(step);
    },
    async call(_shop, code, input) {
      reads.push(code);
      const step = readScript.shift();
      if (step && step !== 'stale') return failed(step);
      const threadId = (input as { params?: { thread_id?: string } }).params?.thread_id;
      const visible = step === 'stale' ? messages.slice(0, -1) : messages;
      return ok({
        messages: visible
          .filter((m) => m.threadId === threadId)
          .map((m) => ({ id: m.id, body: m.body, date_created: m.dateCreated, from: { type: m.fromType } })),
      });
    },
  };
  return {
    platform,
    writes,
    reads,
    script,
    readScript,
    messages,
    landLateWrites: () => late.splice(0).forEach((land) => land()),
    hangNextWrite: () => (hangNext = true),
    releaseHungWrite: (answer: Answer) => releaseHung?.(answer),
    setClock: (ms: number) => (clock = ms),
  };
}

async function setUp(bodies: [thread: string, body: string][]) {
  const market = marketplace();
  let now = t0;
  const db = new ConsoleDatabase(`sender-test-${++dbCount}`);
  const deps: OutboxSenderDeps = { db, platform: market.platform, now: () => new Date(now), random: () => 0.5 };
  for (const [i, [thread, body]] of bodies.entries()) {
    await enqueue(
      db,
      { shopId: 'demo-2001', kind: 'reply', threadId: thread, payload: { body, to: [{ type: 'CUSTOMER' }] } },
      `r${i}`,
      new Date(now),
    );
  }
  const at = (ms: number): void => {
    now = ms;
    market.setClock(ms);
  };
  const items = async (): Promise<OutboxItem[]> => db.outbox.orderBy('seq').toArray();
  return { market, db, deps, at, items };
}

describe('drainOutbox: no read-back before a lost write could have landed', () => {
  it('does not read back a timed-out write before settleMs; then finds it and never sends it again', async () => {
    const { market, deps, at, items } = await setUp([['t1', 'Wysłaliśmy paczkę dziś rano.']]);
    market.script.push('lands-later');
    const first = await drainOutbox(deps);
    expect(first.nextDueAt).toBeGreaterThanOrEqual(t0 + defaultSettleMs);
    at(t0 + 1_000);
    expect(await drainOutbox(deps)).toMatchObject({ sent: 0, confirmed: 0, retryLater: 0 });
    expect(market.reads).toEqual([]);
    market.landLateWrites();
    at(t0 + defaultSettleMs);
    expect(await drainOutbox(deps)).toMatchObject({ confirmed: 1 });
    expect(market.writes).toHaveLength(1);
    expect((await items())[0]).toMatchObject({ state: 'sent', deliveredMessageId: 'm1' });
  });

  it('reads back at once after a 5xx or a connection the marketplace closed (the request is over)', async () => {
    const { market, deps, at, items } = await setUp([['t1', 'Dziękujemy za cierpliwość.']]);
    market.script.push('stored-then-dropped');
    const first = await drainOutbox(deps);
    expect(first.nextDueAt).toBeLessThan(t0 + defaultSettleMs);
    at(first.nextDueAt ?? t0);
    expect(await drainOutbox(deps)).toMatchObject({ confirmed: 1 });
    expect(market.writes).toHaveLength(1);
    expect((await items())[0]?.deliveredMessageId).toBe('m1');
  });

  it('leaves an item a closed window was sending alone until settleMs after its claim', async () => {
    const { market, deps, db, at, items } = await setUp([['t1', 'Paczka jest w drodze.']]);
    market.hangNextWrite();
    void drainOutbox(deps); // the first window sends, and is closed before the answer comes
    await expect.poll(() => market.writes.length).toBe(1);
    const orphan = (await items())[0];
    expect(orphan?.state).toBe('sending');
    expect(Date.parse(orphan?.notBefore ?? '')).toBe(t0 + defaultSettleMs);

    const nextWindow: OutboxSenderDeps = { ...deps, db: new ConsoleDatabase(db.name) };
    at(t0 + 5_000);
    expect(await drainOutbox(nextWindow)).toMatchObject({ confirmed: 0, sent: 0, nextDueAt: t0 + defaultSettleMs });
    expect(market.reads).toEqual([]);
    at(t0 + defaultSettleMs);
    expect(await drainOutbox(nextWindow)).toMatchObject({ sent: 1 });
    expect(market.reads).toHaveLength(1);
    // The first window's answer arriving at last changes nothing.
    market.releaseHungWrite({ status: 201, readable: true, body: { message_id: 'm-late' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await items())[0]).toMatchObject({ state: 'sent', deliveredMessageId: 'm1' });
  });

  it('gives an orphan recorded without a wait (older versions) the settle time before its read-back', async () => {
    const { market, deps, db, at } = await setUp([['t1', 'Zwrot został przyjęty.']]);
    await db.outbox
      .where('id')
      .equals('r0')
      .modify({ state: 'sending', attempts: 1, firstAttemptAt: new Date(t0).toISOString() });
    expect(await drainOutbox(deps)).toMatchObject({ nextDueAt: t0 + defaultSettleMs });
    expect(market.reads).toEqual([]);
    at(t0 + defaultSettleMs);
    expect(await drainOutbox(deps)).toMatchObject({ sent: 1 });
    expect(market.reads).toHaveLength(1);
  });
});

describe('drainOutbox: a delivered copy is claimed by the item that made it', () => {
  it('looks the id up at once when the 2xx did not say it', async () => {
    const { market, deps, items } = await setUp([['t1', 'Dziękujemy!']]);
    market.script.push('ok-without-id');
    expect(await drainOutbox(deps)).toMatchObject({ sent: 1 });
    expect((await items())[0]).toMatchObject({ state: 'sent', deliveredMessageId: 'm1' });
    expect(market.reads).toHaveLength(1);
  });

  it('never sends a delivered item again while its lookup fails, and a later identical reply is not matched to its copy', async () => {
    const { market, deps, at, items } = await setUp([
      ['t1', 'Dziękujemy!'],
      ['t1', 'Dziękujemy!'],
    ]);
    market.script.push('ok-without-id', unknown500);
    market.readScript.push(unknown500);
    const first = await drainOutbox(deps);
    expect(first).toMatchObject({ sent: 0, retryLater: 1 });
    expect((await items())[0]).toMatchObject({ state: 'unknown', lastError: { code: 'UNIDENTIFIED' } });
    expect((await items())[1]?.state).toBe('queued');
    at(first.nextDueAt ?? t0);
    await drainOutbox(deps); // identifies r0; r1's write fails (500)
    at(t0 + 60_000);
    await drainOutbox(deps); // r1's read-back must not take r0's copy
    const [r0, r1] = await items();
    expect(market.messages.map((m) => m.body)).toEqual(['Dziękujemy!', 'Dziękujemy!']);
    expect(r0).toMatchObject({ state: 'sent', deliveredMessageId: 'm1' });
    expect(r1).toMatchObject({ state: 'sent', deliveredMessageId: 'm2' });
  });

  it('identifies an earlier delivered copy before a later read-back, when the lookup right after sending did not see it yet', async () => {
    const { market, deps, at, items } = await setUp([
      ['t1', 'Obrigado!'],
      ['t1', 'Obrigado!'],
    ]);
    // r0: taken without an id, and the marketplace does not show it yet; r1: a 500 (not taken).
    market.script.push('ok-without-id', unknown500);
    market.readScript.push('stale');
    await drainOutbox(deps);
    expect((await items())[0]).toMatchObject({ state: 'sent', deliveredMessageId: undefined });
    at(t0 + 60_000);
    await drainOutbox(deps);
    const [r0, r1] = await items();
    expect(market.messages).toHaveLength(2);
    expect(r0?.deliveredMessageId).toBe('m1');
    expect(r1).toMatchObject({ state: 'sent', deliveredMessageId: 'm2' });
  });
  it('identifies earlier copies first when a later identical reply also comes back without an id', async () => {
    const { market, deps, items } = await setUp([
      ['t1', 'Obrigado!'],
      ['t1', 'Obrigado!'],
    ]);
    // r0's lookup does not see it yet; r1 is also taken without an id: r0 is identified first.
    market.script.push('ok-without-id', 'ok-without-id');
    market.readScript.push('stale');
    expect(await drainOutbox(deps)).toMatchObject({ sent: 2 });
    expect((await items()).map((i) => i.deliveredMessageId)).toEqual(['m1', 'm2']);
  });
});

describe('drainOutbox: refusals, throttling and order', () => {
  it('parks a refusal with the reason, holds back the rest of its thread, and sends other threads', async () => {
    const { market, deps, items } = await setUp([
      ['t1', 'Pierwsza odpowiedź.'],
      ['t1', 'Druga odpowiedź.'],
      ['t2', 'Inny wątek.'],
    ]);
    market.script.push({ kind: 'refused', status: 400, code: 'HTTP_400', message: 'The operator has taken over this thread' });
    expect(await drainOutbox(deps)).toMatchObject({ parked: 1, sent: 1 });
    const [a, b, c] = await items();
    expect(a).toMatchObject({ state: 'parked', lastError: { status: 400, message: 'The operator has taken over this thread' } });
    expect(b?.state).toBe('queued');
    expect(c?.state).toBe('sent');
    expect(market.writes).toHaveLength(2);
  });

  it('retries a throttled write after Retry-After, as not taken (no read-back)', async () => {
    const { market, deps, at, items } = await setUp([['t1', 'Odpowiedź.']]);
    market.script.push({ kind: 'throttled', status: 429, code: 'THROTTLED', retryAfterMs: 1_000, message: 'Slow down' });
    expect(await drainOutbox(deps)).toMatchObject({ retryLater: 1, nextDueAt: t0 + 1_000 });
    expect((await items())[0]).toMatchObject({ state: 'queued', lastError: { code: 'THROTTLED' } });
    at(t0 + 1_000);
    expect(await drainOutbox(deps)).toMatchObject({ sent: 1 });
    expect(market.reads).toEqual([]);
  });

  it('parks an item whose payload cannot be sent, without sending it', async () => {
    const { market, deps, items } = await setUp([['t1', 'ok']]);
    expect(await drainOutbox(deps)).toMatchObject({ parked: 1 });
    expect((await items())[0]?.lastError).toMatchObject({
      code: 'INVALID',
      message: expect.stringMatching(/^This reply cannot be sent as it is/),
    });
    expect(market.writes).toEqual([]);
  });

  it('parks a return update the marketplace answers 200 with an error for, and reads back an answer it cannot read', async () => {
    const { market, deps, db, at, items } = await setUp([]);
    for (const [id, returnId] of [
      ['ra', 'R-1'],
      ['rb', 'R-2'],
    ] as const) {
      await enqueue(
        db,
        { shopId: 'demo-2001', kind: 'return-action', payload: { action: 'receive', returns: [{ id: returnId }] } },
        id,
        new Date(t0),
      );
    }
    market.script.push({
      answer: {
        status: 200,
        readable: true,
        body: { return_errors: [{ id: 'R-1', message: 'Return R-1 is CLOSED, expected IN_PROGRESS' }], return_success: [] },
      },
    });
    market.script.push({ answer: { status: 200, readable: false } });
    const report = await drainOutbox(deps);
    expect(report).toMatchObject({ parked: 1, retryLater: 1 });
    const [ra, rb] = await items();
    expect(ra).toMatchObject({
      state: 'parked',
      lastError: { code: 'RETURN_ERROR', message: 'Return R-1 is CLOSED, expected IN_PROGRESS', status: 200 },
    });
    expect(rb).toMatchObject({ state: 'unknown', lastError: { code: 'UNCLEAR_ANSWER' } });
    // The 200 ended the request: the read-back comes after the backoff, not the settle time.
    expect(Date.parse(rb?.notBefore ?? '')).toBeLessThan(t0 + defaultSettleMs);
    at(Date.parse(rb?.notBefore ?? ''));
    market.platform.call = async () => ok({ data: [{ id: 'R-2', state: 'RECEIVED' }] });
    expect(await drainOutbox(deps)).toMatchObject({ confirmed: 1 });
    expect(market.writes).toHaveLength(2);
  });

  it('stops between items when its signal aborts', async () => {
    const { market, deps } = await setUp([
      ['t1', 'Jeden.'],
      ['t2', 'Dwa.'],
    ]);
    const abort = new AbortController();
    const platform: OutboxPlatform = {
      ...market.platform,
      write: async (shop, code, input, options) => {
        abort.abort();
        return market.platform.write(shop, code, input, options);
      },
    };
    expect(await drainOutbox({ ...deps, platform }, abort.signal)).toMatchObject({ sent: 1 });
    expect(market.writes).toHaveLength(1);
  });
});

describe('drainOutbox: items of a shop that is not connected', () => {
  it('holds them back, untouched, and sends them once the shop is connected again', async () => {
    const { market, deps, items } = await setUp([['t1', 'Odpowiemy jutro rano.']]);
    let connected = false;
    const held = { ...deps, isSendable: () => connected };
    expect(await drainOutbox(held)).toMatchObject({ sent: 0, parked: 0, retryLater: 0 });
    expect(market.writes).toHaveLength(0);
    expect((await items())[0]).toMatchObject({ state: 'queued', attempts: 0 });
    connected = true;
    expect(await drainOutbox(held)).toMatchObject({ sent: 1 });
    expect(market.messages.map((m) => m.body)).toEqual(['Odpowiemy jutro rano.']);
  });
});
