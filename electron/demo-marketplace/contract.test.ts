import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miraklErrorSchema, responseSchemaByOperation, type Order, type Return, type ThreadsPage } from '../../shared/mirakl';
import { callMarketplace, type DemoRequestOptions, type DemoResponse } from './demo-client';
import { startDemoMarketplace, type RunningDemoMarketplace } from './index';

// The subset spec, loaded once into ajv under an $id so every response is validated against
// `<id>#/paths/<path>/<method>/responses/<code>/content/application~1json/schema`.
const SPEC_ID = 'https://seller-console.invalid/mirakl-subset.json';
const spec = JSON.parse(readFileSync(join(import.meta.dirname, '../../test/contract/mirakl/seller-console-subset.json'), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { properties: Record<string, { type: unknown }> }> };
};
// The one deliberate correction: the spec's prose and business example say `shop_reply_needed_since`
// is null once the shop replied, but its JSON schema types it as a plain string. Real Mirakl sends
// null, so the demo does too and the schema is widened here (and nowhere else).
for (const name of ['M10_Response_200_Metadata', 'M11_Response_200_Data_Metadata']) {
  spec.components.schemas[name]!.properties.shop_reply_needed_since!.type = ['string', 'null'];
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
ajv.addFormat('date-time', { type: 'string', validate: (s: string) => isoDateTime.test(s) && !Number.isNaN(Date.parse(s)) });
ajv.addFormat('date', { type: 'string', validate: (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) });
ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
for (const noop of ['with decimals', 'binary', 'email', 'uri', 'uuid', 'double', 'float']) ajv.addFormat(noop, true);
ajv.addSchema({ ...spec, $id: SPEC_ID });

// No error responses are documented in the subset; this is the body Mirakl sends on errors.
const validateError = ajv.compile({
  type: 'object',
  required: ['status', 'message'],
  properties: { status: { type: 'integer' }, message: { type: 'string', minLength: 1 } },
});

const operations = new Map<string, { path: string; method: string }>();
for (const [path, methods] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(methods)) operations.set(op.operationId, { path, method });
}

function pointer(op: string, status: number): string {
  const { path, method } = operations.get(op)!;
  const escaped = path.replace(/~/g, '~0').replace(/\//g, '~1');
  return `${SPEC_ID}#/paths/${escaped}/${method}/responses/${status}/content/application~1json/schema`;
}

const zodSchemas = responseSchemaByOperation;

/** Asserts a success response matches both the spec (ajv) and the console's zod schema. */
function expectConforms(op: string, response: DemoResponse, status: number): void {
  expect(response.status, JSON.stringify(response.json)).toBe(status);
  const validate = ajv.getSchema(pointer(op, status));
  expect(validate, `spec schema for ${op} ${status}`).toBeDefined();
  const ok = validate!(response.json);
  expect(validate!.errors ?? [], `${op} against the spec`).toEqual([]);
  expect(ok).toBe(true);
  const parsed = zodSchemas[op]!.safeParse(response.json);
  expect(parsed.error?.issues ?? [], `${op} against shared/mirakl`).toEqual([]);
}

/** Asserts an error response has Mirakl's error body with the same status. */
function expectError(response: DemoResponse, status: number): void {
  expect(response.status, JSON.stringify(response.json)).toBe(status);
  expect(validateError(response.json), JSON.stringify(validateError.errors)).toBe(true);
  expect(miraklErrorSchema.parse(response.json).status).toBe(status);
}

let demo: RunningDemoMarketplace;
let key: string;
const call = (method: string, path: string, options: DemoRequestOptions = {}): Promise<DemoResponse> =>
  callMarketplace(demo.url, method, path, { key, ...options });

beforeAll(async () => {
  demo = await startDemoMarketplace({ seed: 7, threads: 120, faults: true, now: () => new Date('2025-06-18T09:30:00Z') });
  key = demo.shops[0]!.key;
});
afterAll(async () => {
  await demo.close();
});

describe('success responses conform to the spec and to shared/mirakl', () => {
  let threads: ThreadsPage;

  it('M11 lists threads (without and with messages, next page)', async () => {
    const first = await call('GET', '/api/inbox/threads?limit=5');
    expectConforms('M11', first, 200);
    threads = first.json as ThreadsPage;
    expect(threads.data).toHaveLength(5);
    expect(threads.data[0]!.messages).toBeUndefined();
    const withMessages = await call('GET', '/api/inbox/threads?limit=5&with_messages=true');
    expectConforms('M11', withMessages, 200);
    expect((withMessages.json as ThreadsPage).data[0]!.messages!.length).toBeGreaterThan(0);
    const next = await call('GET', `/api/inbox/threads?page_token=${encodeURIComponent(threads.next_page_token!)}`);
    expectConforms('M11', next, 200);
    expect((next.json as ThreadsPage).previous_page_token).toBeTypeOf('string');
  });

  it('M10 returns a thread with all its messages', async () => {
    const response = await call('GET', `/api/inbox/threads/${threads.data[0]!.id}`);
    expectConforms('M10', response, 200);
  });

  it('M12 stores a reply (multipart) and M13 serves its attachment', async () => {
    const open = threads.data.find((t) => !t.authorized_participants.some((p) => p.type === 'OPERATOR'))!;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const reply = await call('POST', `/api/inbox/threads/${open.id}/message`, {
      multipart: {
        jsonParts: { message_input: { body: 'Dzień dobry, wysyłamy nowy egzemplarz jutro.', to: [{ type: 'CUSTOMER' }] } },
        files: [{ name: 'etykieta.png', type: 'image/png', bytes: png }],
      },
    });
    expectConforms('M12', reply, 201);
    const thread = await call('GET', `/api/inbox/threads/${open.id}`);
    const attachment = (thread.json as { messages: { attachments?: { id: string }[] }[] }).messages.at(-1)!.attachments![0]!;
    const download = await call('GET', `/api/inbox/threads/${attachment.id}/download`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toContain('etykieta.png');
    expect([...download.bytes]).toEqual([...png]);
  });

  it('M14 opens a thread with the operator', async () => {
    const response = await call('POST', '/api/inbox/threads', {
      multipart: {
        jsonParts: {
          thread_input: {
            body: 'Pytanie o zgłoszenie nieobecności w sierpniu.',
            entity: { type: 'SELLER_OPERATOR' },
            topic: { type: 'FREE_TEXT', value: 'Nieobecność' },
          },
        },
      },
    });
    expectConforms('M14', response, 201);
  });

  it('A01 and A02', async () => {
    expectConforms('A01', await call('GET', '/api/account'), 200);
    const update = await call('PUT', '/api/account', { json: { closed_from: '2025-08-01T00:00:00Z', closed_to: '2025-08-15T00:00:00Z' } });
    expectConforms('A02', update, 200);
    const account = await call('GET', '/api/account');
    expectConforms('A01', account, 200);
    expect(account.json).toMatchObject({ closed_from: '2025-08-01T00:00:00Z', closed_to: '2025-08-15T00:00:00Z' });
  });

  it('OR11, OR43 and OR64 (an open incident resolved)', async () => {
    const orders = await call('GET', '/api/orders?has_incident=true&max=5');
    expectConforms('OR11', orders, 200);
    const order = (orders.json as { orders: Order[] }).orders[0]!;
    const line = order.order_lines.find((l) => l.order_line_state === 'INCIDENT_OPEN')!;
    const created = await call('POST', `/api/orders/${order.order_id}/threads`, {
      multipart: {
        jsonParts: {
          thread_input: {
            body: 'Dzień dobry, paczka z brakującą częścią wyszła dziś.',
            to: ['CUSTOMER'],
            topic: { type: 'FREE_TEXT', value: 'Wysyłka' },
          },
        },
      },
    });
    expectConforms('OR43', created, 201);
    const resolved = await call('PUT', `/api/orders/${order.order_id}/lines/${line.order_line_id}/resolve_incident`, {
      json: { reason_code: 'REPLACEMENT_SENT' },
    });
    expect(resolved.status).toBe(204);
    expect(resolved.bytes.length).toBe(0);
    const after = await call('GET', `/api/orders?order_ids=${order.order_id}`);
    expectConforms('OR11', after, 200);
    expect(
      (after.json as { orders: Order[] }).orders[0]!.order_lines.find((l) => l.order_line_id === line.order_line_id)!.order_line_state,
    ).not.toBe('INCIDENT_OPEN');
  });

  it('RE11 and RE12', async () => {
    expectConforms('RE11', await call('GET', '/api/reasons/incident_open'), 200);
    expectConforms('RE12', await call('GET', '/api/reasons/incident_close'), 200);
  });

  it('RT11 and a return taken through RT21, RT25, RT26, RT27', async () => {
    const waiting = await call('GET', '/api/returns?return_state=WAITING_ACCEPTANCE');
    expectConforms('RT11', waiting, 200);
    const ret = (waiting.json as { data: Return[] }).data[0]!;
    expectConforms('RT21', await call('PUT', '/api/returns/accept', { json: { returns: [{ id: ret.id, accepted: true }] } }), 200);
    expectConforms('RT25', await call('PUT', '/api/returns/receive', { json: { returns: [{ id: ret.id }] } }), 200);
    const compliance = await call('PUT', '/api/returns/compliance', {
      json: { returns: [{ id: ret.id, return_lines: [{ order_line_id: ret.return_lines[0]!.order_line_id, compliant: true }] }] },
    });
    expectConforms('RT26', compliance, 200);
    const closed = await call('PUT', '/api/returns/close', { json: { returns: [{ id: ret.id }] } });
    expectConforms('RT27', closed, 200);
    expect(closed.json).toEqual({ return_errors: [], return_success: [{ id: ret.id }] });
    const after = await call('GET', `/api/returns?return_id=${ret.id}`);
    expectConforms('RT11', after, 200);
    expect((after.json as { data: Return[] }).data[0]!.state).toBe('CLOSED');
  });
});

const sampleCalls: Record<string, { method: string; path: string; options?: DemoRequestOptions }> = {
  A01: { method: 'GET', path: '/api/account' },
  A02: { method: 'PUT', path: '/api/account', options: { json: { shop_name: 'Elektro-Dom Kraków' } } },
  M10: { method: 'GET', path: '/api/inbox/threads/unknown-thread' },
  M11: { method: 'GET', path: '/api/inbox/threads' },
  M12: {
    method: 'POST',
    path: '/api/inbox/threads/unknown-thread/message',
    options: { multipart: { jsonParts: { message_input: { body: 'Dzień dobry', to: [{ type: 'CUSTOMER' }] } } } },
  },
  M13: { method: 'GET', path: '/api/inbox/threads/unknown-attachment/download' },
  M14: {
    method: 'POST',
    path: '/api/inbox/threads',
    options: { multipart: { jsonParts: { thread_input: { body: 'Pytanie', entity: { type: 'SELLER_OPERATOR' }, topic: {} } } } },
  },
  OR11: { method: 'GET', path: '/api/orders' },
  OR43: {
    method: 'POST',
    path: '/api/orders/unknown-order/threads',
    options: {
      multipart: { jsonParts: { thread_input: { body: 'Dzień dobry', to: ['CUSTOMER'], topic: { type: 'FREE_TEXT', value: 'x' } } } },
    },
  },
  OR64: { method: 'PUT', path: '/api/orders/unknown-order/lines/1/resolve_incident', options: { json: { reason_code: 'REFUND_ISSUED' } } },
  RE11: { method: 'GET', path: '/api/reasons/incident_open' },
  RE12: { method: 'GET', path: '/api/reasons/incident_close' },
  RT11: { method: 'GET', path: '/api/returns' },
  RT21: { method: 'PUT', path: '/api/returns/accept', options: { json: { returns: [{ id: 'x', accepted: true }] } } },
  RT25: { method: 'PUT', path: '/api/returns/receive', options: { json: { returns: [{ id: 'x' }] } } },
  RT26: {
    method: 'PUT',
    path: '/api/returns/compliance',
    options: { json: { returns: [{ id: 'x', return_lines: [{ order_line_id: 'x', compliant: true }] }] } },
  },
  RT27: { method: 'PUT', path: '/api/returns/close', options: { json: { returns: [{ id: 'x' }] } } },
};

describe('error responses carry Mirakl’s error body', () => {
  it('covers every operation of the spec', () => {
    expect(Object.keys(sampleCalls).sort()).toEqual([...operations.keys()].sort());
  });

  it.each(Object.entries(sampleCalls))('%s: 401 without a key, 401 with a wrong key, 400 for a malformed shop_id', async (_op, c) => {
    expectError(await callMarketplace(demo.url, c.method, c.path, { ...c.options }), 401);
    expectError(await callMarketplace(demo.url, c.method, c.path, { ...c.options, key: 'not-a-key' }), 401);
    expectError(await call(c.method, `${c.path}?shop_id=abc`, c.options), 400);
  });

  it.each(['M10', 'M12', 'M13', 'OR43', 'OR64'])('%s: 404 for an unknown id', async (op) => {
    const c = sampleCalls[op]!;
    expectError(await call(c.method, c.path, c.options), 404);
  });

  it('403 for another shop’s shop_id', async () => {
    expectError(await call('GET', `/api/inbox/threads?shop_id=${demo.shops[1]!.id}`), 403);
  });

  it.each([
    ['M11 bad limit', 'GET', '/api/inbox/threads?limit=0', undefined],
    ['M11 limit over 100', 'GET', '/api/inbox/threads?limit=101', undefined],
    ['M11 malformed page token', 'GET', '/api/inbox/threads?page_token=bm90LWEtdG9rZW4', undefined],
    ['M11 bad updated_since', 'GET', '/api/inbox/threads?updated_since=yesterday', undefined],
    ['M11 entity_id without entity_type', 'GET', '/api/inbox/threads?entity_id=PL1', undefined],
    ['OR11 bad max', 'GET', '/api/orders?max=500', undefined],
    ['RT11 bad date', 'GET', '/api/returns?return_creation_date_from=2025-13-45', undefined],
    [
      'A02 closed_to before closed_from',
      'PUT',
      '/api/account',
      { json: { closed_from: '2025-08-10T00:00:00Z', closed_to: '2025-08-01T00:00:00Z' } },
    ],
    ['RT21 empty list', 'PUT', '/api/returns/accept', { json: { returns: [] } }],
    [
      'M14 body too short',
      'POST',
      '/api/inbox/threads',
      { multipart: { jsonParts: { thread_input: { body: 'no', entity: { type: 'SELLER_OPERATOR' }, topic: {} } } } },
    ],
  ] as const)('400: %s', async (_label, method, path, options) => {
    expectError(await call(method, path, options as DemoRequestOptions | undefined), 400);
  });
});

describe('schema-violation faults break the schemas (so the client’s quarantine has something to catch)', () => {
  it.each(['M11', 'M10', 'A01', 'OR11', 'RE11', 'RT11', 'M12'])('%s', async (op) => {
    const page = (await call('GET', '/api/inbox/threads?limit=3')).json as ThreadsPage;
    const open = page.data.find((t) => !t.authorized_participants.some((p) => p.type === 'OPERATOR'))!;
    const requests: Record<string, [string, string, DemoRequestOptions?]> = {
      M11: ['GET', '/api/inbox/threads?limit=3&with_messages=true'],
      M10: ['GET', `/api/inbox/threads/${open.id}`],
      A01: ['GET', '/api/account'],
      OR11: ['GET', '/api/orders'],
      RE11: ['GET', '/api/reasons/incident_open'],
      RT11: ['GET', '/api/returns'],
      M12: [
        'POST',
        `/api/inbox/threads/${open.id}/message`,
        { multipart: { jsonParts: { message_input: { body: 'Dziękujemy za cierpliwość.', to: [{ type: 'CUSTOMER' }] } } } },
      ],
    };
    const [method, path, options] = requests[op]!;
    await call('PUT', '/__control/faults', { json: { rules: [{ operation: op, fault: 'schema-violation', times: 1 }] } });
    const broken = await call(method, path, options);
    expect(zodSchemas[op]!.safeParse(broken.json).success).toBe(false);
    const validate = ajv.getSchema(pointer(op, broken.status))!;
    expect(validate(broken.json)).toBe(false);
    // The rule was used up: the next answer conforms again.
    expect(zodSchemas[op]!.safeParse((await call(method, path, options)).json).success).toBe(true);
  });
});
