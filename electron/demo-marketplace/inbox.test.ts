import { afterEach, describe, expect, it } from 'vitest';
import type { Thread, ThreadDetail, ThreadsPage } from '../../shared/mirakl';
import { callMarketplace, type DemoRequestOptions } from './demo-client';
import { startDemoMarketplace, type DemoMarketplaceOptions, type RunningDemoMarketplace } from './index';

const running: RunningDemoMarketplace[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((m) => m.close()));
});

async function start(options: DemoMarketplaceOptions = {}): Promise<{
  demo: RunningDemoMarketplace;
  call: (method: string, path: string, o?: DemoRequestOptions) => ReturnType<typeof callMarketplace>;
}> {
  const demo = await startDemoMarketplace({ faults: true, ...options });
  running.push(demo);
  const key = demo.shops[0]!.key;
  return { demo, call: (method, path, o = {}) => callMarketplace(demo.url, method, path, { key, ...o }) };
}

async function walk(call: (m: string, p: string) => ReturnType<typeof callMarketplace>, query: string): Promise<Thread[][]> {
  const pages: Thread[][] = [];
  let path = `/api/inbox/threads?${query}`;
  for (;;) {
    const response = await call('GET', path);
    expect(response.status).toBe(200);
    const page = response.json as ThreadsPage;
    pages.push(page.data);
    if (!page.next_page_token) return pages;
    path = `/api/inbox/threads?page_token=${encodeURIComponent(page.next_page_token)}`;
  }
}

const fixedClock = (): Date => new Date('2025-03-14T10:00:00Z');

describe('M11 seek pagination', () => {
  it('walks every thread of the shop exactly once, newest first, and back again with previous_page_token', async () => {
    const { call } = await start({ threads: 157, now: fixedClock });
    const pages = await walk(call, 'limit=7');
    const ids = pages.flat().map((t) => t.id);
    const all = (await walk(call, 'limit=100')).flat().map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(all);
    expect(ids.length).toBe(40); // 157 threads over 4 shops: the first shop has 40
    const dates = pages.flat().map((t) => t.date_updated);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
    // Back from the last page.
    let path = `/api/inbox/threads?limit=7`;
    let page = (await call('GET', path)).json as ThreadsPage;
    expect(page.previous_page_token).toBeUndefined();
    while (page.next_page_token)
      page = (await call('GET', `/api/inbox/threads?page_token=${encodeURIComponent(page.next_page_token)}`)).json as ThreadsPage;
    const backwards: string[][] = [page.data.map((t) => t.id)];
    while (page.previous_page_token) {
      path = `/api/inbox/threads?page_token=${encodeURIComponent(page.previous_page_token)}`;
      page = (await call('GET', path)).json as ThreadsPage;
      backwards.unshift(page.data.map((t) => t.id));
    }
    expect(backwards.flat()).toEqual(ids);
  });

  it('rejects a tampered page token', async () => {
    const { call } = await start({ threads: 40, now: fixedClock });
    const token = ((await call('GET', '/api/inbox/threads?limit=2')).json as ThreadsPage).next_page_token!;
    const tampered = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    expect((await call('GET', `/api/inbox/threads?page_token=${encodeURIComponent(tampered)}`)).status).toBe(400);
  });

  it('filters by entity_type and entity_id', async () => {
    const { call } = await start({ threads: 80, now: fixedClock });
    const first = ((await call('GET', '/api/inbox/threads?limit=100')).json as ThreadsPage).data.find(
      (t) => t.entities?.[0]?.type === 'MMP_ORDER',
    )!;
    const orderId = first.entities![0]!.id;
    const filtered = (await call('GET', `/api/inbox/threads?entity_type=MMP_ORDER&entity_id=${orderId}`)).json as ThreadsPage;
    expect(filtered.data.map((t) => t.id)).toEqual([first.id]);
    const operator = (await call('GET', '/api/inbox/threads?entity_type=SELLER_OPERATOR')).json as ThreadsPage;
    expect(operator.data.length).toBeGreaterThan(0);
    expect(operator.data.every((t) => t.entities?.[0]?.type === 'SELLER_OPERATOR')).toBe(true);
  });
});

describe('updated_since and buyer activity', () => {
  it('returns only threads updated at or after the date, and a buyer message brings its thread back', async () => {
    let now = new Date('2025-03-14T10:00:00Z');
    const { call } = await start({ threads: 60, now: () => now });
    expect(((await call('GET', '/api/inbox/threads?updated_since=2025-03-14T10:00:01Z')).json as ThreadsPage).data).toEqual([]);
    const all = (await walk(call, 'limit=100')).flat();
    const answered = all.find(
      (t) => t.metadata.shop_reply_needed_since === null && t.current_participants.some((p) => p.type === 'CUSTOMER'),
    )!;
    now = new Date('2025-03-14T10:05:00Z');
    const posted = await call('POST', '/__control/buyer-message', { json: { threadId: answered.id, body: 'Czy paczka już wyszła?' } });
    expect(posted.status).toBe(201);
    const changed = (await call('GET', '/api/inbox/threads?updated_since=2025-03-14T10:00:01Z&with_messages=true')).json as ThreadsPage;
    expect(changed.data.map((t) => t.id)).toEqual([answered.id]);
    const thread = changed.data[0]!;
    expect(thread.date_updated).toBe('2025-03-14T10:05:00Z');
    expect(thread.metadata.shop_reply_needed_since).toBe('2025-03-14T10:05:00Z');
    expect(thread.metadata.total_count).toBe(answered.metadata.total_count + 1);
    expect(thread.messages!.at(-1)).toMatchObject({ body: 'Czy paczka już wyszła?', from: { type: 'CUSTOMER_USER' } });
  });

  it('a control buyer message can carry text files, rename the buyer and retitle the thread', async () => {
    const { call } = await start({ threads: 40, now: fixedClock });
    const thread = ((await call('GET', '/api/inbox/threads?limit=100')).json as ThreadsPage).data.find((t) =>
      t.current_participants.some((p) => p.type === 'CUSTOMER'),
    )!;
    const evil = 'evil\u202Egnp.exe';
    const posted = await call('POST', '/__control/buyer-message', {
      json: {
        threadId: thread.id,
        body: 'Zobacz zdjęcie w załączniku.',
        customerName: 'Anna \u202EK.',
        topic: 'Zwrot \u2067towaru',
        attachments: [{ name: evil, contentType: 'image/png', text: 'MZ not a png' }],
      },
    });
    expect(posted.status).toBe(201);
    const detail = (await call('GET', `/api/inbox/threads/${thread.id}`)).json as ThreadDetail;
    expect(detail.topic).toEqual({ type: 'FREE_TEXT', value: 'Zwrot \u2067towaru' });
    expect(detail.current_participants.find((p) => p.type === 'CUSTOMER')?.display_name).toBe('Anna \u202EK.');
    const last = detail.messages.at(-1)!;
    expect(last).toMatchObject({ body: 'Zobacz zdjęcie w załączniku.', from: { type: 'CUSTOMER_USER', display_name: 'Anna \u202EK.' } });
    expect(last.attachments!.map((a) => [a.name, a.size])).toEqual([[evil, 12]]);
    const download = await call('GET', `/api/inbox/threads/${last.attachments![0]!.id}/download`);
    expect(Buffer.from(download.bytes).toString('utf8')).toBe('MZ not a png');
    expect(download.headers.get('content-type')).toBe('image/png');
  });

  it('refuses a malformed control buyer message, and a refused one renames nothing', async () => {
    const { call } = await start({ threads: 40, now: fixedClock });
    const thread = ((await call('GET', '/api/inbox/threads?limit=100')).json as ThreadsPage).data.find((t) =>
      t.current_participants.some((p) => p.type === 'CUSTOMER'),
    )!;
    const post = async (json: Record<string, unknown>) =>
      (await call('POST', '/__control/buyer-message', { json: { threadId: thread.id, body: 'Dzień dobry', ...json } })).status;
    expect(await post({ attachments: [{ name: 'a.txt', contentType: 'text/plain' }] })).toBe(400);
    expect(await post({ attachments: [{ name: 'a.txt', contentType: 'text/plain', text: 'x', bytes: 1 }] })).toBe(400);
    expect(await post({ attachments: [{ name: '', contentType: 'text/plain', text: 'x' }] })).toBe(400);
    expect(await post({ customerName: '' })).toBe(400);
    expect(await post({ topic: 42 })).toBe(400);
    expect(await post({ body: 'x', customerName: 'Someone else', topic: 'Another topic' })).toBe(400);
    expect(await post({ threadId: 'nope' })).toBe(404);
    const detail = (await call('GET', `/api/inbox/threads/${thread.id}`)).json as ThreadDetail;
    expect(detail.topic).toEqual(thread.topic);
    expect(detail.current_participants).toEqual(thread.current_participants);
    expect(detail.metadata.total_count).toBe(thread.metadata.total_count);
  });

  it('with buyerPaceMs, buyers keep writing (picked up by updated_since)', async () => {
    const startedAt = new Date();
    const { call } = await start({ threads: 40, buyerPaceMs: 15 });
    const since = new Date(Math.floor(startedAt.getTime() / 1000) * 1000).toISOString();
    // Polled (a loaded machine may run the 15 ms timer late), for at most 10 s.
    let changed: ThreadsPage = { data: [] } as unknown as ThreadsPage;
    for (let waited = 0; changed.data.length === 0 && waited < 10_000; waited += 200) {
      await new Promise((r) => setTimeout(r, 200));
      changed = (await call('GET', `/api/inbox/threads?updated_since=${since}&with_messages=true`)).json as ThreadsPage;
    }
    expect(changed.data.length).toBeGreaterThan(0);
    expect(changed.data.every((t) => t.metadata.last_sender.type === 'CUSTOMER_USER')).toBe(true);
  });
});

describe('determinism', () => {
  it('the same seed and clock give byte-identical pages and shop keys; another seed differs', async () => {
    const a = await start({ seed: 42, threads: 100, now: fixedClock });
    const b = await start({ seed: 42, threads: 100, now: fixedClock });
    const c = await start({ seed: 43, threads: 100, now: fixedClock });
    expect(a.demo.shops).toEqual(b.demo.shops);
    const pageA = await a.call('GET', '/api/inbox/threads?limit=30&with_messages=true');
    const pageB = await b.call('GET', '/api/inbox/threads?limit=30&with_messages=true');
    expect(Buffer.from(pageA.bytes).equals(Buffer.from(pageB.bytes))).toBe(true);
    const pageC = await c.call('GET', '/api/inbox/threads?limit=30&with_messages=true');
    expect(Buffer.from(pageA.bytes).equals(Buffer.from(pageC.bytes))).toBe(false);
  });

  it('shop keys derive from the base key', async () => {
    const a = await start({ key: 'one', threads: 8 });
    const b = await start({ key: 'two', threads: 8 });
    expect(a.demo.shops.map((s) => s.key)).not.toEqual(b.demo.shops.map((s) => s.key));
    expect(new Set(a.demo.shops.map((s) => s.market))).toEqual(new Set(['PL', 'LV', 'PT', 'HR']));
  });
});

describe('M12 replies and M13 downloads', () => {
  it('stores the reply with its attachments, clears shop_reply_needed_since, and serves the bytes', async () => {
    const { call } = await start({ threads: 40, now: fixedClock });
    const waiting = ((await call('GET', '/api/inbox/threads?limit=100')).json as ThreadsPage).data.find(
      (t) => t.metadata.shop_reply_needed_since !== null && !t.authorized_participants.some((p) => p.type === 'OPERATOR'),
    )!;
    const pdf = new TextEncoder().encode('%PDF-1.4 demo');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const reply = await call('POST', `/api/inbox/threads/${waiting.id}/message`, {
      multipart: {
        jsonParts: { message_input: { body: 'Dzień dobry, w załączniku etykieta zwrotna i zdjęcie.', to: [{ type: 'CUSTOMER' }] } },
        files: [
          { name: 'etykieta zwrotna.pdf', type: 'application/pdf', bytes: pdf },
          { name: 'zdjęcie.png', type: 'image/png', bytes: png },
        ],
      },
    });
    expect(reply.status).toBe(201);
    const thread = (await call('GET', `/api/inbox/threads/${waiting.id}`)).json as ThreadDetail;
    const last = thread.messages.at(-1)!;
    expect(last.id).toBe((reply.json as { message_id: string }).message_id);
    expect(last.from.type).toBe('SHOP_USER');
    expect(last.attachments!.map((a) => [a.name, a.size])).toEqual([
      ['etykieta zwrotna.pdf', pdf.length],
      ['zdjęcie.png', png.length],
    ]);
    expect(thread.metadata.shop_reply_needed_since).toBeNull();
    const download = await call('GET', `/api/inbox/threads/${last.attachments![1]!.id}/download`);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('zdjęcie.png')}`);
    expect([...download.bytes]).toEqual([...png]);
  });

  it('accepts message_input as a plain form field too', async () => {
    const { demo, call } = await start({ threads: 8, now: fixedClock });
    const thread = ((await call('GET', '/api/inbox/threads')).json as ThreadsPage).data.find(
      (t) => !t.authorized_participants.some((p) => p.type === 'OPERATOR'),
    )!;
    const form = new FormData();
    form.append('message_input', JSON.stringify({ body: 'Dziękujemy, sprawdzamy.', to: [{ type: 'CUSTOMER' }] }));
    const response = await fetch(`${demo.url}/api/inbox/threads/${thread.id}/message`, {
      method: 'POST',
      headers: { authorization: demo.shops[0]!.key },
      body: form,
    });
    expect(response.status).toBe(201);
  });

  it('refuses an empty body, an unknown thread, and writing to the buyer in a thread the operator took over', async () => {
    const { call } = await start({ threads: 60, now: fixedClock });
    const all = ((await call('GET', '/api/inbox/threads?limit=100')).json as ThreadsPage).data;
    const open = all.find((t) => !t.authorized_participants.some((p) => p.type === 'OPERATOR'))!;
    const message = (body: string, type = 'CUSTOMER'): DemoRequestOptions => ({
      multipart: { jsonParts: { message_input: { body, to: [{ type }] } } },
    });
    expect((await call('POST', `/api/inbox/threads/${open.id}/message`, message('  '))).status).toBe(400);
    expect((await call('POST', `/api/inbox/threads/${open.id}/message`, message('x'.repeat(50_001)))).status).toBe(400);
    expect((await call('POST', '/api/inbox/threads/nope/message', message('Dzień dobry'))).status).toBe(404);
    const takenOver = all.find((t) => t.current_participants.some((p) => p.type === 'OPERATOR') && t.entities?.[0]?.type === 'MMP_ORDER')!;
    const refused = await call('POST', `/api/inbox/threads/${takenOver.id}/message`, message('Dzień dobry, odsyłamy.'));
    expect(refused.status).toBe(400);
    expect((refused.json as { message: string }).message).toContain('taken over');
    expect(
      (await call('POST', `/api/inbox/threads/${takenOver.id}/message`, message('Przesyłamy dokumentację naprawy.', 'OPERATOR'))).status,
    ).toBe(201);
  });

  it('refuses the 1001st message of a thread', async () => {
    const { call } = await start({ threads: 8, now: fixedClock });
    const thread = ((await call('GET', '/api/inbox/threads')).json as ThreadsPage).data.find((t) =>
      t.current_participants.some((p) => p.type === 'CUSTOMER'),
    )!;
    for (let n = thread.metadata.total_count; n < 1000; n++) {
      expect((await call('POST', '/__control/buyer-message', { json: { threadId: thread.id, body: `Wiadomość ${n}` } })).status).toBe(201);
    }
    const full = await call('POST', `/api/inbox/threads/${thread.id}/message`, {
      multipart: { jsonParts: { message_input: { body: 'Odpowiedź', to: [{ type: 'CUSTOMER' }] } } },
    });
    expect(full.status).toBe(400);
    expect((await call('POST', '/__control/buyer-message', { json: { threadId: thread.id, body: 'Jeszcze jedna' } })).status).toBe(400);
    const detail = (await call('GET', `/api/inbox/threads/${thread.id}`)).json as ThreadDetail;
    expect(detail.metadata.total_count).toBe(1000);
    const listed = (
      (await call('GET', `/api/inbox/threads?with_messages=true&entity_type=MMP_ORDER&entity_id=${thread.entities![0]!.id}`))
        .json as ThreadsPage
    ).data[0]!;
    expect(listed.messages).toHaveLength(100);
    expect(listed.messages!.at(-1)!.id).toBe(detail.messages.at(-1)!.id);
  });
});
