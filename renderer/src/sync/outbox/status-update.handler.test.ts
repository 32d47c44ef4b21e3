import { describe, expect, it } from 'vitest';
import type { Account } from '../../../../shared/mirakl';
import type { OutboxItemOf, StatusUpdatePayload } from '../../data/records';
import type { ReadBackContext } from './outbox-handler';
import { accountShowsUpdate, accountUpdateAcceptance, statusUpdateHandler } from './status-update.handler';

function item(payload: StatusUpdatePayload): OutboxItemOf<'status-update'> {
  return {
    id: 'a1',
    shopId: 'demo-2001',
    kind: 'status-update',
    payload,
    attachments: [],
    state: 'unknown',
    createdAt: '2026-11-23T10:00:00Z',
    firstAttemptAt: '2026-11-23T10:00:00Z',
    attempts: 1,
  };
}
/** An account as A01's schema reads it (only what the read-back compares is filled in). */
const account = {
  shop_name: 'Elektro-Dom',
  closed_from: '2026-12-24T00:00:00Z',
  closed_to: '2026-12-27T00:00:00Z',
  description: '',
  contact_informations: { email: 'a@b.pl', city: 'Kraków' },
} as unknown as Account;
const answer = (body: unknown) => ({ status: 200, readable: true as const, body: body as never });

describe('status update handler (A02)', () => {
  it('puts the payload to the account, one order per shop', () => {
    expect(statusUpdateHandler.request(item({ closed_from: null }))).toEqual({ code: 'A02', input: { body: { closed_from: null } } });
    expect(statusUpdateHandler.orderKey(item({}))).toBe(statusUpdateHandler.orderKey(item({ shop_name: 'x' })));
    expect(statusUpdateHandler.check(item({ closed_from: '2026-12-24T00:00:00.000Z' }))).toBeNull();
    expect(statusUpdateHandler.check(item({ closed_from: 'next week' }))).toMatch(
      /^This shop status update cannot be sent as it is \(closed_from: /,
    );
  });

  it('counts the update applied when A01 shows every change it can show (dates as instants, unset as unset)', () => {
    expect(accountShowsUpdate({ closed_from: '2026-12-24T00:00:00.000Z', closed_to: '2026-12-27T00:00:00.000Z' }, account)).toBe(true);
    expect(accountShowsUpdate({ closed_from: '2026-12-25T00:00:00.000Z' }, account)).toBe(false);
    expect(accountShowsUpdate({ closed_from: null, closed_to: null }, { ...account, closed_from: undefined, closed_to: undefined })).toBe(
      true,
    );
    expect(accountShowsUpdate({ closed_from: null }, account)).toBe(false);
    expect(accountShowsUpdate({ description: null, email: 'a@b.pl', address: { city: 'Kraków' } }, account)).toBe(true);
    expect(accountShowsUpdate({ address: { city: 'Gdańsk' } }, account)).toBe(false);
  });

  it('counts an update with nothing A01 shows as not applied (A02 sets values, so sending it again is safe)', () => {
    expect(accountShowsUpdate({ channels: ['X'] }, account)).toBe(false);
    expect(accountShowsUpdate({}, account)).toBe(false);
  });

  it('reads per-field errors as a refusal in words, none as delivered, an unreadable body as unknown', () => {
    expect(accountUpdateAcceptance(answer({ errors: [] }))).toEqual({ outcome: 'delivered' });
    expect(accountUpdateAcceptance(answer(null))).toEqual({ outcome: 'delivered' });
    expect(
      accountUpdateAcceptance(
        answer({ errors: [{ code: 'FIELD_NOT_EDITABLE', field: 'fax', message: 'The operator does not allow shops to edit fax' }] }),
      ),
    ).toEqual({
      outcome: 'refused',
      code: 'FIELD_NOT_EDITABLE',
      message: 'The marketplace did not take every change: The operator does not allow shops to edit fax.',
    });
    expect(accountUpdateAcceptance({ status: 200, readable: false }).outcome).toBe('unknown');
  });

  it('reads the account back with A01', async () => {
    const read: ReadBackContext['read'] = async (code) => (code === 'A01' ? account : null) as never;
    expect(await statusUpdateHandler.readBack(item({ shop_name: 'Elektro-Dom' }), { read, claimed: new Set() })).toEqual({ found: true });
    expect(await statusUpdateHandler.readBack(item({ shop_name: 'Other' }), { read, claimed: new Set() })).toEqual({ found: false });
  });
});
