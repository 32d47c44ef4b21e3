import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stepCaseActivity } from './case-activity';
import { callMarketplace, type DemoRequestOptions } from './demo-client';
import { startDemoMarketplace, type RunningDemoMarketplace } from './index';
import { Rng } from './seed/prng';
import { MarketplaceState } from './state';

const start = Date.parse('2025-03-14T10:00:00Z');
let clock = start;
let demo: RunningDemoMarketplace;
const call = (method: string, path: string, o: DemoRequestOptions = {}): ReturnType<typeof callMarketplace> =>
  callMarketplace(demo.url, method, path, { key: demo.shops[0]!.key, ...o });

interface Return {
  id: string;
  order_id: string;
  state: string;
  date_created: string;
  last_updated: string;
}
interface Order {
  order_id: string;
  last_updated_date: string;
  order_lines: { order_line_id: string; order_line_state: string; order_line_state_reason_code?: string }[];
}

beforeAll(async () => {
  demo = await startDemoMarketplace({ threads: 40, faults: true, now: () => new Date(clock) });
});
afterAll(async () => {
  await demo.close();
});
beforeEach(async () => {
  clock = start;
  await call('POST', '/__control/reset');
});

describe('POST /__control/new-return', () => {
  it('adds a waiting return dated now that RT11 return_last_updated_from finds, once per order', async () => {
    clock = start + 60_000;
    const created = await call('POST', '/__control/new-return', { json: {} });
    expect(created.status).toBe(201);
    const { return_id, order_id } = created.json as { return_id: string; order_id: string };
    const since = encodeURIComponent('2025-03-14T10:00:30Z');
    const page = (await call('GET', `/api/returns?return_last_updated_from=${since}`)).json as { data: Return[] };
    expect(page.data.map((r) => r.id)).toEqual([return_id]);
    expect(page.data[0]).toMatchObject({
      order_id,
      state: 'WAITING_ACCEPTANCE',
      date_created: '2025-03-14T10:01:00Z',
      last_updated: '2025-03-14T10:01:00Z',
    });
    // The same order again: a return is already running.
    const again = await call('POST', '/__control/new-return', { json: { orderId: order_id } });
    expect(again.status).toBe(400);
  });

  it('refuses an unknown shop or order and a malformed body', async () => {
    expect((await call('POST', '/__control/new-return', { json: { shopId: 9999 } })).status).toBe(404);
    expect((await call('POST', '/__control/new-return', { json: { orderId: 'nope' } })).status).toBe(404);
    expect((await call('POST', '/__control/new-return', { json: { shopId: 'x' } })).status).toBe(400);
  });
});

describe('POST /__control/open-incident', () => {
  it('opens an incident on a delivered order that OR11 start_update_date finds', async () => {
    clock = start + 120_000;
    const opened = await call('POST', '/__control/open-incident', { json: { shopId: demo.shops[0]!.id } });
    expect(opened.status).toBe(201);
    const { order_id, order_line_id, reason_code } = opened.json as { order_id: string; order_line_id: string; reason_code: string };
    const since = encodeURIComponent('2025-03-14T10:01:00Z');
    const page = (await call('GET', `/api/orders?start_update_date=${since}`)).json as { orders: Order[] };
    expect(page.orders.map((o) => o.order_id)).toEqual([order_id]);
    const line = page.orders[0]!.order_lines.find((l) => l.order_line_id === order_line_id)!;
    expect(line).toMatchObject({ order_line_state: 'INCIDENT_OPEN', order_line_state_reason_code: reason_code });
    expect(page.orders[0]!.last_updated_date).toBe('2025-03-14T10:02:00Z');
    expect((await call('POST', '/__control/open-incident', { json: { orderId: order_id } })).status).toBe(400);
  });
});

describe('stepCaseActivity (the buyer pace)', () => {
  it('over many steps adds returns and incidents, and buyers answer in case threads, all dated now', () => {
    let now = start;
    const state = new MarketplaceState({ seed: 1, key: 'demo', startMs: start, threads: 80, messagesPerThread: 4 }, () => now);
    const returnsBefore = [...state.data.returns.values()].flat().length;
    const rng = new Rng(7);
    const happened = new Set<string>();
    for (let i = 0; i < 200; i++) {
      now += 60_000;
      const step = stepCaseActivity(state, rng);
      if (step) happened.add(step);
    }
    expect(happened).toEqual(new Set(['return', 'incident', 'answer']));
    const returns = [...state.data.returns.values()].flat();
    expect(returns.length).toBeGreaterThan(returnsBefore);
    expect(returns.every((r) => Date.parse(r.last_updated) <= now && Date.parse(r.date_created) <= Date.parse(r.last_updated))).toBe(true);
  });
});
