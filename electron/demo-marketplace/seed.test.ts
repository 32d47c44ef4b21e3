import { describe, expect, it } from 'vitest';
import { isoSeconds } from './model';
import { localDate } from './seed/calendar.seed';
import { generateMarketplace } from './seed/seed-data';
import { callMarketplace } from './demo-client';
import { startDemoMarketplace } from './index';

const now = Date.parse('2025-03-12T10:00:00Z'); // a Wednesday
const HOUR = 3_600_000;

describe('seeded data', () => {
  const data = generateMarketplace({ seed: 1, key: 'demo', startMs: now, threads: 300, messagesPerThread: 4 });
  const threads = [...data.threads.values()];

  it('has four shops in PL, LV, PT and HR whose buyers write in the market language', () => {
    expect(data.shops.map((s) => [s.id, s.market])).toEqual([
      [2001, 'PL'],
      [2002, 'LV'],
      [2003, 'PT'],
      [2004, 'HR'],
    ]);
    const firstBuyerMessages = (market: string): string[] =>
      threads
        .filter((t) => t.customer && data.shops.find((s) => s.id === t.shopId)!.market === market)
        .map((t) => t.messages.find((m) => m.from === 'CUSTOMER')?.body ?? '');
    expect(firstBuyerMessages('PL').every((b) => /Dzień dobry|Witam/.test(b))).toBe(true);
    expect(firstBuyerMessages('LV').every((b) => /Labdien|Sveiki/.test(b))).toBe(true);
    expect(firstBuyerMessages('PT').every((b) => /Bom dia|Boa tarde|Olá/.test(b))).toBe(true);
    expect(firstBuyerMessages('HR').every((b) => /Dobar dan|Poštovani|Pozdrav/.test(b))).toBe(true);
  });

  it('places reply clocks relative to now: 5 days ago, 2 hours ago, last Friday afternoon, answered', () => {
    const since = threads.map((t) => t.replyNeededSince);
    expect(since.some((s) => s !== null && now - s >= 5 * 24 * HOUR && now - s < 6 * 24 * HOUR)).toBe(true);
    expect(since.some((s) => s !== null && now - s >= 2 * HOUR && now - s < 3 * HOUR)).toBe(true);
    expect(
      threads.some((t) => t.replyNeededSince !== null && localDate(t.replyNeededSince, 'Europe/Warsaw').weekday === 5 && t.shopId === 2001),
    ).toBe(true);
    expect(since.filter((s) => s === null).length).toBeGreaterThan(50);
    expect(since.every((s) => s === null || s <= now)).toBe(true);
  });

  it('has taken-over threads, operator threads, reason-code topics, attachments and contact details to spot', () => {
    expect(threads.some((t) => t.takenOver && t.messages.some((m) => m.from === 'OPERATOR'))).toBe(true);
    expect(threads.some((t) => t.entity.type === 'SELLER_OPERATOR')).toBe(true);
    expect(new Set(threads.filter((t) => t.topic.type === 'REASON_CODE').map((t) => t.topic.value))).toEqual(
      new Set(['WARRANTY', 'MISSING_ITEM', 'WRONG_ITEM_SENT']),
    );
    const bodies = threads.flatMap((t) => t.messages.map((m) => m.body));
    expect(bodies.some((b) => /\+\d{2,3} \d/.test(b))).toBe(true);
    expect(bodies.some((b) => /@[a-z]+\.[a-z]+/.test(b))).toBe(true);
    expect(bodies.some((b) => /https:\/\//.test(b))).toBe(true);
    const files = [...data.attachments.values()];
    expect(files.some((f) => f.contentType === 'image/png' && f.bytes[0] === 0x89 && f.bytes[1] === 0x50)).toBe(true);
    expect(files.some((f) => f.contentType === 'application/pdf' && Buffer.from(f.bytes.subarray(0, 5)).toString() === '%PDF-')).toBe(true);
  });

  it('has orders with open incidents and returns at every stage', () => {
    const orders = [...data.orders.values()].flat();
    expect(orders.some((o) => o.has_incident && o.order_lines.some((l) => l.order_line_state === 'INCIDENT_OPEN'))).toBe(true);
    const returns = [...data.returns.values()].flat();
    expect(new Set(returns.map((r) => r.state))).toEqual(new Set(['WAITING_ACCEPTANCE', 'IN_PROGRESS', 'RECEIVED', 'CLOSED', 'REFUSED']));
    const compliance = returns.flatMap((r) =>
      r.return_lines.map((l) => (l.compliance as { compliant: boolean }[] | undefined)?.[0]?.compliant),
    );
    expect(compliance).toContain(true);
    expect(compliance).toContain(false);
  });

  it("dates no return, order, order line or incident after the seed's now", () => {
    const after = (iso: unknown) => typeof iso === 'string' && Date.parse(iso) > now;
    const returns = [...data.returns.values()].flat();
    expect(returns.length).toBeGreaterThan(20);
    expect(returns.filter((r) => after(r.date_created) || after(r.last_updated)).map((r) => r.id)).toEqual([]);
    expect(returns.every((r) => Date.parse(r.date_created) <= Date.parse(r.last_updated))).toBe(true);
    const orders = [...data.orders.values()].flat();
    expect(orders.filter((o) => after(o.created_date) || after(o.last_updated_date)).map((o) => o.order_id)).toEqual([]);
    const lines = orders.flatMap((o) => o.order_lines);
    expect(lines.filter((l) => after(l.created_date) || after(l.last_updated_date)).map((l) => l.order_line_id)).toEqual([]);
    expect(lines.some((l) => l.order_line_state === 'INCIDENT_OPEN')).toBe(true);
  });

  it('writes dates as Mirakl does (UTC, whole seconds, Z)', () => {
    expect(isoSeconds(Date.parse('2025-03-12T10:00:00.123Z'))).toBe('2025-03-12T10:00:00Z');
  });
});

describe('bench scale', () => {
  it('generates 10,000 threads with at least 100,000 messages and pages through them', async () => {
    const demo = await startDemoMarketplace({ threads: 10_000, messagesPerThread: 11, now: () => new Date(now) });
    try {
      const data = generateMarketplace({ seed: 1, key: 'demo', startMs: now, threads: 10_000, messagesPerThread: 11 });
      expect(data.threads.size).toBe(10_000);
      expect([...data.threads.values()].reduce((n, t) => n + t.messages.length, 0)).toBeGreaterThanOrEqual(100_000);
      const key = demo.shops[0]!.key;
      let path = '/api/inbox/threads?limit=100&with_messages=true';
      let seen = 0;
      for (let i = 0; i < 10; i++) {
        const page = await callMarketplace(demo.url, 'GET', path, { key });
        const json = page.json as { data: unknown[]; next_page_token?: string };
        seen += json.data.length;
        path = `/api/inbox/threads?page_token=${encodeURIComponent(json.next_page_token!)}`;
      }
      expect(seen).toBe(1000);
    } finally {
      await demo.close();
    }
    // Two 10,000-thread seeds take seconds alone and far longer on a loaded CI machine.
  }, 180_000);
});
