// Every kind of outbox item through the one sender, against the demo marketplace over real HTTP
// (through the gateway), with the faults that leave a write's outcome unknown: the handlers' requests
// must be what the marketplace accepts, and their read-backs must recognise what it stored, so that
// each write takes effect exactly once (counted in the marketplace's own request log).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxItem, OutboxKind } from '../../renderer/src/data/records';
import { inProcessLocks } from '../../renderer/src/sync/leader';
import { enqueue, type NewOutboxItemOf } from '../../renderer/src/sync/outbox/outbox.repository';
import { fakeClock, startModelStack, type ModelShop, type ModelStack } from './outbox-harness';
import { drive, Profile, seededRandom } from './outbox-world';

let stack: ModelStack;
let shop: ModelShop;
let run = 0;

beforeAll(async () => {
  stack = await startModelStack({ seed: 3, clock: fakeClock(Date.parse('2026-03-02T08:00:00Z')), clientTimeoutMs: 150, threads: 60 });
  shop = stack.shops[0] as ModelShop;
});
afterAll(async () => {
  await stack?.close();
});
beforeEach(async () => {
  await stack.setFaults([]);
  await stack.resetMarketplace();
  await stack.clearRequestLog();
});

/**
 * Enqueues `items` in one fresh profile, sets `faults`, and drives the sender until nothing is
 * pending; every fault must have fired (else the test would prove nothing about it).
 */
/** An item to send, of any kind, for the test's shop. */
type ShopItem<K extends OutboxKind = OutboxKind> = K extends OutboxKind ? Omit<NewOutboxItemOf<K>, 'shopId'> : never;

async function send(items: ShopItem[], faults: Record<string, unknown>[]): Promise<OutboxItem[]> {
  run += 1;
  const profile = new Profile(`outbox-kinds-${run}`, stack, inProcessLocks(), seededRandom(run));
  try {
    for (const [i, item] of items.entries())
      await enqueue(profile.db, { shopId: shop.id, ...item }, `k${run}-${i}`, stack.clock.now(), { checker: () => [] });
    await stack.setFaults(faults);
    await drive(profile, stack, [], { settleMs: 30_000, faultRounds: 20, maxRounds: 40 });
    const applied = await stack.faultsApplied();
    for (const rule of faults)
      expect(applied[String(rule.fault)] ?? 0, `${String(rule.operation)} ${String(rule.fault)}`).toBeGreaterThan(0);
    await stack.setFaults([]);
    await stack.settle(Number.POSITIVE_INFINITY);
    return await profile.db.outbox.orderBy('seq').toArray();
  } finally {
    await profile.close();
  }
}

/** How many requests of `operation` the marketplace processed (answered, or stored and then dropped). */
async function processed(operation: string): Promise<number> {
  return (await stack.requestLog()).filter(
    (r) => r.operation === operation && (r.status < 400 || r.fault === 'drop-after-commit' || r.fault === 'latency'),
  ).length;
}

type Json = Record<string, unknown>;

describe('support thread and absence notice (M14, read back with M11)', () => {
  async function operatorThreadsWith(body: string): Promise<{ id: string; first: string }[]> {
    const page = (await stack.get(shop, '/api/inbox/threads?entity_type=SELLER_OPERATOR&with_messages=true&limit=100')) as {
      data: { id: string; messages: { id: string; body: string }[] }[];
    };
    return page.data.filter((t) => t.messages[0]?.body === body).map((t) => ({ id: t.id, first: t.messages[0]?.id ?? '' }));
  }

  it('creates the thread once when the answer is lost, once when it comes too late, and recognises each', async () => {
    const lost = 'Dzień dobry, prosimy o korektę prowizji za zamówienie.';
    const late = 'Sklep będzie zamknięty od 24 do 27 grudnia.';
    const items = await send(
      [
        {
          kind: 'support-thread',
          payload: { body: lost, entity: { type: 'SELLER_OPERATOR' }, topic: { type: 'FREE_TEXT', value: 'Prowizja' } },
        },
        {
          kind: 'absence-notice',
          payload: { body: late, entity: { type: 'SELLER_OPERATOR' }, topic: { type: 'FREE_TEXT', value: 'Urlop' } },
        },
      ],
      [
        { operation: 'M14', fault: 'drop-after-commit', times: 1 },
        { operation: 'M14', fault: 'latency', ms: 400, times: 1 },
        { operation: 'M11', fault: 'status', status: 500, times: 1 },
      ],
    );
    const [lostThread] = await operatorThreadsWith(lost);
    const [lateThread] = await operatorThreadsWith(late);
    expect(await operatorThreadsWith(lost)).toHaveLength(1);
    expect(await operatorThreadsWith(late)).toHaveLength(1);
    expect(items.map((i) => [i.state, i.deliveredMessageId])).toEqual([
      ['sent', lostThread?.first],
      ['sent', lateThread?.first],
    ]);
    expect(await processed('M14')).toBe(2);
  });

  it('parks a thread the marketplace refuses, in its words', async () => {
    const [item] = await send(
      [{ kind: 'support-thread', payload: { body: '   ', entity: { type: 'SELLER_OPERATOR' }, topic: { type: 'FREE_TEXT', value: 'x' } } }],
      [],
    );
    expect(item).toMatchObject({ state: 'parked', lastError: { status: 400, message: expect.stringMatching(/at least 3 characters/) } });
  });
});

describe('incident resolution (OR64, read back with OR11)', () => {
  async function openIncident(): Promise<{ orderId: string; lineId: string }> {
    const page = (await stack.get(shop, '/api/orders?has_incident=true&max=100')) as {
      orders: { order_id: string; order_lines: { order_line_id: string; order_line_state: string }[] }[];
    };
    for (const order of page.orders) {
      const line = order.order_lines.find((l) => l.order_line_state === 'INCIDENT_OPEN');
      if (line) return { orderId: order.order_id, lineId: line.order_line_id };
    }
    throw new Error('The demo data has no open incident.');
  }
  async function lineState(orderId: string, lineId: string): Promise<string | undefined> {
    const page = (await stack.get(shop, `/api/orders?order_ids=${orderId}`)) as {
      orders: { order_lines: { order_line_id: string; order_line_state: string }[] }[];
    };
    return page.orders[0]?.order_lines.find((l) => l.order_line_id === lineId)?.order_line_state;
  }

  it('resolves once although the answer is lost, and parks a second resolution of the same line with the reason', async () => {
    const { orderId, lineId } = await openIncident();
    const payload = { order_id: orderId, order_line_id: lineId, reason_code: 'REPLACEMENT_SENT' };
    const [first, second] = await send(
      [
        { kind: 'incident-resolution', payload },
        { kind: 'incident-resolution', payload },
      ],
      [{ operation: 'OR64', fault: 'drop-after-commit', times: 1 }],
    );
    expect(first?.state).toBe('sent');
    expect(second).toMatchObject({ state: 'parked', lastError: { status: 400, message: `Order line ${lineId} has no open incident` } });
    expect(await lineState(orderId, lineId)).not.toBe('INCIDENT_OPEN');
    expect(await processed('OR64')).toBe(1);
  });
});

describe('return actions (RT21, RT25, RT26, RT27, read back with RT11)', () => {
  async function returnIn(state: string): Promise<Json> {
    const page = (await stack.get(shop, `/api/returns?return_state=${state}&limit=100`)) as { data: Json[] };
    const found = page.data[0];
    if (!found) throw new Error(`The demo data has no return in ${state}.`);
    return found;
  }

  it('takes a return from acceptance to closed in order, each step once, whatever happens to the answers', async () => {
    const ret = await returnIn('WAITING_ACCEPTANCE');
    const lines = (ret.return_lines as { order_line_id: string }[]).map((l) => ({ order_line_id: l.order_line_id, compliant: true }));
    const id = ret.id as string;
    const items = await send(
      [
        { kind: 'return-action', payload: { action: 'accept', returns: [{ id, accepted: true }] } },
        { kind: 'return-action', payload: { action: 'receive', returns: [{ id }] } },
        { kind: 'return-action', payload: { action: 'compliance', returns: [{ id, return_lines: lines }] } },
        { kind: 'return-action', payload: { action: 'close', returns: [{ id }] } },
      ],
      [
        { operation: 'RT21', fault: 'drop-after-commit', times: 1 },
        { operation: 'RT25', fault: 'status', status: 503, times: 1 },
        { operation: 'RT26', fault: 'rate-limit', retryAfterSeconds: 1, times: 1 },
        { operation: 'RT27', fault: 'latency', ms: 400, times: 1 },
        { operation: 'RT11', fault: 'reset', times: 1 },
      ],
    );
    expect(items.map((i) => i.state)).toEqual(['sent', 'sent', 'sent', 'sent']);
    const page = (await stack.get(shop, `/api/returns?return_id=${id}`)) as { data: Json[] };
    expect(page.data[0]?.state).toBe('CLOSED');
    for (const operation of ['RT21', 'RT25', 'RT26', 'RT27']) expect(await processed(operation), operation).toBe(1);
  });

  it('parks an action the marketplace answers with an error for the return (200 with return_errors)', async () => {
    const ret = await returnIn('IN_PROGRESS');
    const [item] = await send(
      [{ kind: 'return-action', payload: { action: 'accept', returns: [{ id: String(ret.id), accepted: true }] } }],
      [],
    );
    expect(item).toMatchObject({
      state: 'parked',
      lastError: { code: 'RETURN_ERROR', message: `Return ${String(ret.id)} is IN_PROGRESS, expected WAITING_ACCEPTANCE` },
    });
  });
});

describe('status update (A02, read back with A01)', () => {
  it('plans the closing once although the answer is lost, and parks fields the operator does not let shops edit', async () => {
    const closing = { closed_from: '2026-12-24T00:00:00Z', closed_to: '2026-12-27T00:00:00Z' };
    const [plan, fax] = await send(
      [
        { kind: 'status-update', payload: closing },
        { kind: 'status-update', payload: { fax: '+48 12 000 00 00' } },
      ],
      [{ operation: 'A02', fault: 'drop-after-commit', times: 1 }],
    );
    expect(plan?.state).toBe('sent');
    expect(await stack.get(shop, '/api/account')).toMatchObject(closing);
    expect(fax).toMatchObject({
      state: 'parked',
      lastError: {
        code: 'FIELD_NOT_EDITABLE',
        message: 'The marketplace did not take every change: The operator does not allow shops to edit fax.',
      },
    });
    expect(await processed('A02')).toBe(2);
  });
});
