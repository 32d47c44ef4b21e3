import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../data/records';
import { translatorFor } from '../../ui/translate';
import { isUnsentToBuyer, outboxStatus, recipientsText, reflectedMessageId, replyText, threadOutboxRows } from './outbox-status';

function item(change: Partial<Extract<OutboxItem, { kind: 'reply' }>> = {}): OutboxItem {
  return {
    id: 'o-1',
    seq: 1,
    shopId: 'demo-2001',
    kind: 'reply',
    threadId: 't-1',
    payload: { body: 'Paczka wyszła dziś.', to: [{ type: 'CUSTOMER' }] },
    attachments: [],
    state: 'queued',
    createdAt: '2026-11-23T10:00:00.000Z',
    attempts: 0,
    ...change,
  };
}

const en = translatorFor('en');
const context = { online: true, heldBack: false, formatTime: (iso: string) => `<${iso}>`, t: en };

describe('outboxStatus', () => {
  it('says a queued item is waiting, and why when it matters', () => {
    expect(outboxStatus(item(), context)).toEqual({ kind: 'waiting', label: 'Waiting to send', detail: null });
    expect(outboxStatus(item(), { ...context, online: false }).detail).toMatch(/offline/);
    expect(outboxStatus(item(), { ...context, heldBack: true }).detail).toMatch(/Held back/);
    const retry = item({ notBefore: '2026-11-23T10:05:00.000Z', lastError: { code: 'HTTP_503', message: 'Busy.' } });
    expect(outboxStatus(retry, context).detail).toBe('The last try failed (Busy.). Trying again at <2026-11-23T10:05:00.000Z>.');
  });

  it('labels sending, unknown and sent items', () => {
    expect(outboxStatus(item({ state: 'sending' }), context).label).toBe('Sending…');
    const unknown = outboxStatus(item({ state: 'unknown' }), context);
    expect(unknown.label).toBe('Checking whether it arrived…');
    expect(unknown.detail).toMatch(/never arrives twice/);
    expect(outboxStatus(item({ state: 'unknown' }), { ...context, online: false }).detail).toMatch(/back online/);
    expect(outboxStatus(item({ state: 'sent', sentAt: '2026-11-23T10:01:00.000Z' }), context)).toEqual({
      kind: 'sent',
      label: 'Sent',
      detail: 'Delivered <2026-11-23T10:01:00.000Z>.',
    });
  });

  it('says whose answer left an item unknown, and when the console checks it', () => {
    const answered = item({
      state: 'unknown',
      notBefore: '2026-11-23T10:00:30.000Z',
      lastError: { code: 'HTTP_503', message: 'The marketplace answered 503 (Maintenance).', status: 503 },
    });
    expect(outboxStatus(answered, context).detail).toBe(
      'The marketplace answered 503 (Maintenance). It may or may not have arrived. Before sending it again, the console reads the thread back at <2026-11-23T10:00:30.000Z>, so it never arrives twice.',
    );
    const timedOut = item({ state: 'unknown', lastError: { code: 'TIMEOUT', message: 'The marketplace did not answer in time.' } });
    expect(outboxStatus(timedOut, context).detail).toMatch(/^The marketplace did not answer in time\. /);
    expect(outboxStatus(timedOut, context).detail).not.toMatch(/connection broke/);
  });

  it("words the states in the UI language, the marketplace's own words kept as they are", () => {
    const pl = { ...context, t: translatorFor('pl') };
    const answered = item({
      state: 'unknown',
      notBefore: '2026-11-23T10:00:30.000Z',
      lastError: { code: 'HTTP_503', message: 'The marketplace answered 503 (Maintenance).', status: 503 },
    });
    expect(outboxStatus(answered, pl).label).toBe('Sprawdzanie, czy dotarła…');
    expect(outboxStatus(answered, pl).detail).toMatch(/^Marketplace odpowiedział kodem 503 \(Maintenance\)\. Mogła dotrzeć albo nie\./);
    const parked = item({ state: 'parked', lastError: { code: 'HTTP_400', message: 'Injected fault: 400', status: 400 } });
    expect(outboxStatus(parked, pl).label).toBe('Nie wysłano: Injected fault: 400');
    expect(recipientsText(item(), translatorFor('hr'))).toBe('Kupcu');
  });

  it("gives a parked item the marketplace's reason", () => {
    const parked = item({
      state: 'parked',
      lastError: { code: 'HTTP_400', message: 'the operator has taken over this thread', status: 400 },
    });
    expect(outboxStatus(parked, context).label).toBe('Not sent: the operator has taken over this thread');
    expect(outboxStatus(item({ state: 'parked' }), context).label).toBe('Not sent: the marketplace refused it.');
  });
});

describe('which items show below the messages', () => {
  const shopMessage = { id: 'm-9', fromType: 'SHOP_USER', body: 'Paczka wyszła dziś.', dateCreated: '2026-11-23T10:00:30Z' };

  it('hides a delivered item once its message is in the thread', () => {
    const sent = item({ state: 'sent', deliveredMessageId: 'm-9', firstAttemptAt: '2026-11-23T10:00:10.000Z' });
    expect(reflectedMessageId(sent, [])).toBeNull();
    expect(reflectedMessageId(sent, [shopMessage])).toBe('m-9');
    expect(threadOutboxRows([sent], [shopMessage])).toEqual([]);
    expect(threadOutboxRows([sent], [])).toEqual([{ item: sent, heldBack: false }]);
  });

  it('matches a delivered item without a message id by its text and time', () => {
    const sent = item({ state: 'sent', firstAttemptAt: '2026-11-23T10:00:10.000Z' });
    expect(reflectedMessageId(sent, [shopMessage])).toBe('m-9');
    expect(reflectedMessageId(sent, [{ ...shopMessage, fromType: 'CUSTOMER_USER' }])).toBeNull();
    expect(reflectedMessageId(sent, [{ ...shopMessage, dateCreated: '2026-11-22T10:00:00Z' }])).toBeNull();
  });

  it('never hides an item that is not delivered, even if a message has the same text', () => {
    expect(reflectedMessageId(item({ state: 'unknown', deliveredMessageId: 'm-9' }), [shopMessage])).toBeNull();
    expect(threadOutboxRows([item({ state: 'parked' })], [shopMessage])).toHaveLength(1);
  });

  it('keeps the written order and marks items held back by a parked one', () => {
    const parked = item({ id: 'a', seq: 1, state: 'parked' });
    const later = item({ id: 'b', seq: 2 });
    const rows = threadOutboxRows([later, parked], []);
    expect(rows.map((r) => [r.item.id, r.heldBack])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });
});

describe('texts', () => {
  it('reads the reply text and its recipients', () => {
    expect(replyText(item())).toBe('Paczka wyszła dziś.');
    expect(replyText({ payload: { reason: 'X' } })).toBe('{\n  "reason": "X"\n}');
    expect(recipientsText(item(), en)).toBe('To the buyer');
    expect(recipientsText({ payload: { to: [{ type: 'CUSTOMER' }, { type: 'OPERATOR' }] } }, en)).toBe('To the buyer and the platform');
    expect(recipientsText({ payload: {} }, en)).toBe('');
  });

  it('finds the unsent replies addressed to the buyer (refused once the platform took the thread over)', () => {
    expect(isUnsentToBuyer(item())).toBe(true);
    expect(isUnsentToBuyer(item({ state: 'unknown' }))).toBe(true);
    expect(isUnsentToBuyer(item({ state: 'sent' }))).toBe(false);
    expect(isUnsentToBuyer(item({ payload: { body: 'x', to: [{ type: 'OPERATOR' }] } }))).toBe(false);
  });
});
