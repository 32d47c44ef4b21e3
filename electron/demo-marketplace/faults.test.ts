import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ThreadDetail, ThreadsPage } from '../../shared/mirakl';
import { callMarketplace, type DemoRequestOptions } from './demo-client';
import { startDemoMarketplace, type RunningDemoMarketplace } from './index';

let demo: RunningDemoMarketplace;
const call = (method: string, path: string, o: DemoRequestOptions = {}): ReturnType<typeof callMarketplace> =>
  callMarketplace(demo.url, method, path, { key: demo.shops[0]!.key, ...o });
const setFaults = async (rules: unknown[]): Promise<void> => {
  expect((await call('PUT', '/__control/faults', { json: { rules } })).status).toBe(200);
};
const reply = (body: string): DemoRequestOptions => ({ multipart: { jsonParts: { message_input: { body, to: [{ type: 'CUSTOMER' }] } } } });
let threadId: string;

async function messageBodies(): Promise<string[]> {
  return ((await call('GET', `/api/inbox/threads/${threadId}`)).json as ThreadDetail).messages.map((m) => m.body);
}

beforeAll(async () => {
  demo = await startDemoMarketplace({ threads: 40, faults: true, now: () => new Date('2025-03-14T10:00:00Z') });
  const page = (await call('GET', '/api/inbox/threads')).json as ThreadsPage;
  threadId = page.data.find((t) => !t.authorized_participants.some((p) => p.type === 'OPERATOR'))!.id;
});
afterAll(async () => {
  await demo.close();
});
beforeEach(async () => {
  await call('DELETE', '/__control/faults');
  await call('POST', '/__control/reset');
  await call('DELETE', '/__control/requests');
});

describe('fault injection', () => {
  it('latency delays the answer', async () => {
    await setFaults([{ operation: 'M11', fault: 'latency', ms: 300 }]);
    const started = performance.now();
    expect((await call('GET', '/api/inbox/threads')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('status answers the 5xx without doing the operation', async () => {
    await setFaults([{ operation: 'M12', fault: 'status', status: 503 }]);
    const before = await messageBodies();
    const response = await call('POST', `/api/inbox/threads/${threadId}/message`, reply('Odpowiedź, która nie dotrze.'));
    expect(response.status).toBe(503);
    expect(response.json).toEqual({ status: 503, message: 'Injected fault: 503' });
    expect(await messageBodies()).toEqual(before);
  });

  it('rate-limit answers 429 with Retry-After without doing the operation', async () => {
    await setFaults([{ operation: 'M12', fault: 'rate-limit', retryAfterSeconds: 7 }]);
    const before = await messageBodies();
    const response = await call('POST', `/api/inbox/threads/${threadId}/message`, reply('Za szybko.'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await messageBodies()).toEqual(before);
  });

  it('reset destroys the connection before the operation', async () => {
    await setFaults([{ operation: 'M12', fault: 'reset' }]);
    const before = await messageBodies();
    await expect(call('POST', `/api/inbox/threads/${threadId}/message`, reply('Zerwane połączenie.'))).rejects.toThrow();
    expect(await messageBodies()).toEqual(before);
  });

  it('drop-after-commit stores the reply, then drops the connection: M10 shows it exactly once', async () => {
    await setFaults([{ operation: 'M12', fault: 'drop-after-commit', times: 1 }]);
    await expect(call('POST', `/api/inbox/threads/${threadId}/message`, reply('Zapisana, choć klient nie wie.'))).rejects.toThrow();
    expect((await messageBodies()).filter((b) => b === 'Zapisana, choć klient nie wie.')).toHaveLength(1);
    const log = (await call('GET', '/__control/requests')).json as { requests: { operation: string; status: number; fault: string }[] };
    expect(log.requests.find((r) => r.operation === 'M12')).toMatchObject({ status: 0, fault: 'drop-after-commit' });
  });

  it('truncate cuts the JSON in the middle with a matching Content-Length', async () => {
    await setFaults([{ operation: 'M11', fault: 'truncate' }]);
    const response = await call('GET', '/api/inbox/threads');
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBe(response.bytes.length);
    expect(response.json).toBeUndefined();
    expect(() => JSON.parse(Buffer.from(response.bytes).toString('utf8'))).toThrow();
  });

  it('times limits a rule to that many matching requests and GET reports what remains', async () => {
    await setFaults([{ method: 'GET', path: '^/api/account$', fault: 'status', status: 500, times: 2 }]);
    expect((await call('GET', '/api/account')).status).toBe(500);
    expect((await call('GET', '/api/inbox/threads')).status).toBe(200);
    expect((await call('GET', '/api/account')).status).toBe(500);
    expect((await call('GET', '/api/account')).status).toBe(200);
    const rules = (await call('GET', '/__control/faults')).json as { rules: { remaining: number; applied: number }[] };
    expect(rules.rules[0]).toMatchObject({ remaining: 0, applied: 2 });
  });

  it('probability applies a rule to a seeded share of requests, the same share on every run', async () => {
    const run = async (): Promise<number[]> => {
      await setFaults([{ operation: 'RE11', fault: 'status', status: 502, probability: 0.5 }]);
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await call('GET', '/api/reasons/incident_open')).status);
      return statuses;
    };
    const first = await run();
    expect(first.filter((s) => s === 502).length).toBeGreaterThan(5);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(5);
    expect(await run()).toEqual(first);
  });

  it('rejects invalid rules and clears them with DELETE', async () => {
    expect((await call('PUT', '/__control/faults', { json: { rules: [{ fault: 'meteor' }] } })).status).toBe(400);
    await setFaults([{ fault: 'status', status: 500 }]);
    expect((await call('GET', '/api/account')).status).toBe(500);
    expect((await call('DELETE', '/__control/faults')).status).toBe(204);
    expect((await call('GET', '/api/account')).status).toBe(200);
  });
});

describe('control surface', () => {
  it('logs requests with operation and status, and clears the log', async () => {
    await call('GET', '/api/inbox/threads');
    await call('GET', '/api/inbox/threads?limit=2');
    await callMarketplace(demo.url, 'GET', '/api/account');
    const log = (await call('GET', '/__control/requests')).json as {
      requests: { method: string; path: string; operation: string; status: number }[];
    };
    expect(log.requests.map((r) => [r.operation, r.status])).toEqual([
      ['M11', 200],
      ['M11', 200],
      ['A01', 401],
    ]);
    await call('DELETE', '/__control/requests');
    expect(((await call('GET', '/__control/requests')).json as { requests: unknown[] }).requests).toEqual([]);
  });

  it('reset restores the seeded state', async () => {
    const before = await messageBodies();
    expect((await call('POST', `/api/inbox/threads/${threadId}/message`, reply('Zniknie po resecie.'))).status).toBe(201);
    expect(await messageBodies()).toHaveLength(before.length + 1);
    expect((await call('POST', '/__control/reset')).status).toBe(204);
    expect(await messageBodies()).toEqual(before);
  });

  /** POST /__control/buyer-message through node:http, so Host, Origin and Sec-Fetch-Site are exactly what the test sets. */
  function injectBuyerMessage(headers: Record<string, string>, text: string): Promise<number> {
    const port = Number(new URL(demo.url).port);
    const expand = (value: string): string => value.replaceAll('PORT', String(port));
    const sent = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, expand(value)]));
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: '/__control/buyer-message', headers: { 'content-type': 'text/plain', ...sent } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ threadId, body: text }));
    });
  }

  it.each<Record<string, string>>([
    { origin: 'http://127.0.0.1:1', 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors' },
    { origin: 'http://127.0.0.1:1' },
    { origin: 'http://evil.example' },
    { origin: 'null' },
    { origin: 'https://127.0.0.1:PORT' },
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' },
    { host: 'evil.example:PORT' },
    { host: '127.0.0.1:1' },
    { host: '127.0.0.1.nip.io:PORT' },
    { host: '0.0.0.0:PORT' },
  ])('refuses a control call with %j (403) and injects no buyer message', async (headers) => {
    const before = await messageBodies();
    expect(await injectBuyerMessage(headers, 'Wiadomość z obcej strony.')).toBe(403);
    expect(await messageBodies()).toEqual(before);
  });

  it.each<Record<string, string>>([
    {},
    { origin: 'http://127.0.0.1:PORT', 'sec-fetch-site': 'same-origin' },
    { host: 'localhost:PORT', origin: 'http://localhost:PORT' },
    { host: '[::1]:PORT', 'sec-fetch-site': 'none' },
  ])('accepts a control call with %j', async (headers) => {
    expect(await injectBuyerMessage(headers, 'Wiadomość z testu.')).toBe(201);
    expect((await messageBodies()).at(-1)).toBe('Wiadomość z testu.');
  });

  it('is 404 when faults are off', async () => {
    const plain = await startDemoMarketplace({ threads: 8 });
    try {
      expect((await callMarketplace(plain.url, 'GET', '/__control/faults')).status).toBe(404);
      expect((await callMarketplace(plain.url, 'POST', '/__control/reset')).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
