import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { responseSchemaByOperation, threadSchema, threadsPageSchema } from './index';

interface Spec {
  paths: Record<
    string,
    Record<
      string,
      { operationId: string; responses: Record<string, { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }> }
    >
  >;
}

const spec = JSON.parse(readFileSync(join(import.meta.dirname, '../../test/contract/mirakl/seller-console-subset.json'), 'utf8')) as Spec;

const responseSchemas = responseSchemaByOperation;

const examples: { op: string; name: string; value: unknown }[] = [];
for (const methods of Object.values(spec.paths)) {
  for (const op of Object.values(methods)) {
    for (const response of Object.values(op.responses)) {
      // The "complete example with value types" of each response: the business examples are
      // abridged (required fields left out), so only this one is a full payload.
      const example = response.content?.['application/json']?.examples?.['application/json-auto'];
      if (example) examples.push({ op: op.operationId, name: 'application/json-auto', value: example.value });
    }
  }
}

describe('Mirakl schemas against the spec examples', () => {
  it('finds examples for every JSON operation', () => {
    expect(new Set(examples.map((e) => e.op))).toEqual(new Set(Object.keys(responseSchemas)));
  });

  it.each(examples.map((e) => [`${e.op} ${e.name}`, e] as const))('parses %s', (_label, example) => {
    const schema = responseSchemas[example.op];
    expect(schema).toBeDefined();
    const result = schema!.safeParse(example.value);
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

describe('tolerance', () => {
  it('parses the business example of M11 (shop_reply_needed_since null, empty no_store_reply_needed)', () => {
    const response = spec.paths['/api/inbox/threads']!.get!.responses['200']!;
    const value = response.content!['application/json']!.examples!['application/json-0']!.value;
    const page = threadsPageSchema.parse(value);
    expect(page.data[0]!.metadata.shop_reply_needed_since).toBeNull();
  });

  it('accepts null in optional fields, as Mirakl serialises absent values', () => {
    expect(threadSchema.safeParse({ ...thread, entities: null, customer_organization: null }).success).toBe(true);
  });

  const thread = {
    authorized_participants: [{ display_name: 'Operator', type: 'OPERATOR' }],
    current_participants: [{ display_name: 'Shop', id: '2001', type: 'SHOP' }],
    date_created: '2024-03-01T10:00:00Z',
    date_updated: '2024-03-01T10:00:00Z',
    id: 't-1',
    metadata: {
      last_message_date: '2024-03-01T10:00:00Z',
      last_sender: { display_name: 'Shop', type: 'SHOP_USER' },
      shop_reply_needed_since: null,
      total_count: 1,
    },
    topic: { type: 'REASON_CODE', value: 'WARRANTY' },
  };

  it('keeps unknown fields and accepts enum values it does not know', () => {
    const parsed = threadSchema.parse({ ...thread, future_field: 1, topic: { type: 'NEW_KIND', value: 'x' } });
    expect(parsed.future_field).toBe(1);
    expect(parsed.topic.type).toBe('NEW_KIND');
  });

  it('rejects a thread whose id is a number or whose dates are not ISO 8601', () => {
    expect(threadSchema.safeParse({ ...thread, id: 42 }).success).toBe(false);
    expect(threadSchema.safeParse({ ...thread, date_updated: 'yesterday' }).success).toBe(false);
    expect(threadSchema.safeParse({ ...thread, metadata: { ...thread.metadata, shop_reply_needed_since: undefined } }).success).toBe(false);
  });
});
