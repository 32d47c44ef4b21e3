import { describe, expect, it } from 'vitest';
import { threadSchema, type Thread } from '../../../shared/mirakl';
import { cachedThreadFacts, THREAD_MESSAGE_LIMIT, threadRecords } from './thread-records';

const shop = { display_name: 'Elektro-Dom Kraków', id: '2001', type: 'SHOP' };
const buyer = { display_name: 'Anna Nowak', id: 'c-1', type: 'CUSTOMER' };
const operator = { display_name: 'Marketplace support', type: 'OPERATOR' };

function thread(overrides: Partial<Record<keyof Thread, unknown>> = {}, metadata: Record<string, unknown> = {}): Thread {
  return threadSchema.parse({
    authorized_participants: [shop, buyer],
    current_participants: [shop, buyer],
    date_created: '2026-11-20T08:00:00Z',
    date_updated: '2026-11-20T09:30:00Z',
    entities: [{ id: 'ord-1', label: 'ORD-1', type: 'MMP_ORDER' }],
    id: 't-1',
    metadata: {
      last_message_date: '2026-11-20T09:30:00Z',
      last_sender: { display_name: 'Anna Nowak', type: 'CUSTOMER_USER' },
      shop_reply_needed_since: '2026-11-20T09:30:00Z',
      total_count: 2,
      ...metadata,
    },
    topic: { type: 'FREE_TEXT', value: 'Uszkodzona paczka' },
    messages: [
      {
        body: 'Paczka przyszła uszkodzona.',
        date_created: '2026-11-20T09:30:00Z',
        from: { display_name: 'Anna Nowak', type: 'CUSTOMER_USER' },
        id: 'm-1',
        to: [shop],
        attachments: [{ id: 'a-1', name: 'zdjecie.jpg', size: 1200 }],
      },
    ],
    ...overrides,
  });
}

describe('threadRecords', () => {
  it('starts the reply clock at shop_reply_needed_since, in the market calendar', () => {
    // Friday 2026-11-20 10:30 in Warsaw: 24 working hours later is Monday 10:30 local (09:30Z).
    const { thread: record, messages, attachments } = threadRecords('demo-2001', 'PL', thread());
    expect(record).toMatchObject({
      replyState: 'waiting',
      replyNeededSince: '2026-11-20T09:30:00Z',
      dueAt: '2026-11-23T09:30:00.000Z',
      takenOver: 0,
      closed: 0,
      atMessageLimit: 0,
      entityType: 'MMP_ORDER',
      entityId: 'ord-1',
      orderId: 'ord-1',
      orderLabel: 'ORD-1',
      lastMessageAt: '2026-11-20T09:30:00Z',
    });
    expect(record.raw).not.toHaveProperty('messages');
    expect(messages).toEqual([
      expect.objectContaining({ shopId: 'demo-2001', threadId: 't-1', id: 'm-1', fromType: 'CUSTOMER_USER', attachmentIds: ['a-1'] }),
    ]);
    // The message keeps the fields the console reads, not the marketplace's whole message (schema version 9).
    expect(messages[0]).not.toHaveProperty('raw');
    expect(attachments).toEqual([{ id: 'a-1', messageId: 'm-1', name: 'zdjecie.jpg', size: 1200 }]);
  });

  it('has no deadline once the shop answered, or when the reply was marked as not needed', () => {
    const answered = threadRecords(
      's',
      'PL',
      thread({}, { shop_reply_needed_since: null, last_sender: { display_name: 'Shop', type: 'SHOP_USER' } }),
    ).thread;
    expect(answered).toMatchObject({ replyState: 'answered' });
    expect(answered.dueAt).toBeUndefined();
    expect(threadRecords('s', 'PL', thread({}, { shop_reply_needed_since: null })).thread.replyState).toBe('no-reply-needed');
  });

  it('detects a thread the operator took over, and one the shop can no longer write to', () => {
    expect(threadRecords('s', 'PL', thread({ authorized_participants: [shop, buyer, operator] })).thread.takenOver).toBe(1);
    // The shop writing to the operator alone is not a takeover.
    expect(
      threadRecords('s', 'PL', thread({ authorized_participants: [shop, operator], current_participants: [shop, operator] })).thread
        .takenOver,
    ).toBe(0);
    expect(threadRecords('s', 'PL', thread({ authorized_participants: [buyer, operator] })).thread.closed).toBe(1);
  });

  it('marks the 1000-message limit', () => {
    expect(threadRecords('s', 'PL', thread({}, { total_count: THREAD_MESSAGE_LIMIT - 1 })).thread.atMessageLimit).toBe(0);
    expect(threadRecords('s', 'PL', thread({}, { total_count: THREAD_MESSAGE_LIMIT })).thread.atMessageLimit).toBe(1);
  });

  it('keeps a thread whose deadline cannot be computed, saying why', () => {
    const record = threadRecords('s', 'XX', thread()).thread;
    expect(record.replyState).toBe('waiting');
    expect(record.dueAt).toBeUndefined();
    expect(record.dueProblem).toMatch(/XX/);
  });

  it('derives what the UI reads: participants with their types, the buyer, the order, the topic', () => {
    const record = threadRecords('s', 'PL', thread({ authorized_participants: [shop, buyer, operator] })).thread;
    expect(record).toMatchObject({
      customerName: 'Anna Nowak',
      orderId: 'ord-1',
      topic: 'Uszkodzona paczka',
      topicType: 'FREE_TEXT',
      currentParticipants: [
        { type: 'SHOP', name: 'Elektro-Dom Kraków' },
        { type: 'CUSTOMER', name: 'Anna Nowak' },
      ],
      authorizedParticipants: [
        { type: 'SHOP', name: 'Elektro-Dom Kraków' },
        { type: 'CUSTOMER', name: 'Anna Nowak' },
        { type: 'OPERATOR', name: 'Marketplace support' },
      ],
    });
    expect(record.topicCode).toBeUndefined();
    const reason = threadRecords(
      's',
      'PL',
      thread({ topic: { type: 'REASON_CODE', value: 'WARRANTY' }, entities: [{ id: 'o-9', label: 'Offer', type: 'MMP_OFFER' }] }),
    ).thread;
    expect(reason).toMatchObject({ topic: 'WARRANTY', topicType: 'REASON_CODE', topicCode: 'WARRANTY', entityType: 'MMP_OFFER' });
    expect(reason.orderId).toBeUndefined();
  });

  it('derives the same facts again from a cached raw thread, and none from one that no longer parses', () => {
    const record = threadRecords('s', 'PL', thread()).thread;
    const facts = cachedThreadFacts(record.raw);
    expect(facts).not.toBeNull();
    expect(record).toMatchObject(facts ?? {});
    expect(cachedThreadFacts({ id: 't-1' })).toBeNull();
  });
});
