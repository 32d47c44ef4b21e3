import { describe, expect, it } from 'vitest';
import { authorizedParticipants, currentParticipants, participantLabels, senderClass, senderLabel } from './thread-facts';

describe('senderClass', () => {
  it('strips the _USER suffix of message authors and lowercases', () => {
    expect(senderClass('CUSTOMER_USER')).toBe('customer');
    expect(senderClass('SHOP_USER')).toBe('shop');
    expect(senderClass('OPERATOR_USER')).toBe('operator');
    expect(senderClass('OPERATOR')).toBe('operator');
    expect(senderClass('')).toBe('unknown');
  });

  it('names authors in the seller\'s words, unknown types as they are', () => {
    expect(senderLabel('CUSTOMER_USER')).toBe('Buyer');
    expect(senderLabel('SHOP')).toBe('You');
    expect(senderLabel('OPERATOR_USER')).toBe('Platform');
    expect(senderLabel('ROBOT')).toBe('ROBOT');
  });
});

describe('participants', () => {
  const raw = {
    current_participants: [
      { type: 'CUSTOMER', display_name: 'Anna K.' },
      { type: 'SHOP', display_name: 'Elektro-Dom' },
      { display_name: 'no type' },
      null,
    ],
    authorized_participants: [{ type: 'SHOP', display_name: 'Elektro-Dom' }, { type: 'OPERATOR' }],
  };

  it('reads current and authorized participants, skipping malformed entries', () => {
    expect(currentParticipants(raw)).toEqual([
      { type: 'CUSTOMER', name: 'Anna K.' },
      { type: 'SHOP', name: 'Elektro-Dom' },
    ]);
    expect(authorizedParticipants(raw)).toEqual([
      { type: 'SHOP', name: 'Elektro-Dom' },
      { type: 'OPERATOR', name: '' },
    ]);
  });

  it('tolerates a raw thread without participants', () => {
    expect(currentParticipants(undefined)).toEqual([]);
    expect(currentParticipants({ current_participants: 'x' })).toEqual([]);
  });

  it('labels each with its role, a nameless one named by its role', () => {
    expect(participantLabels(authorizedParticipants(raw))).toEqual([
      { name: 'Elektro-Dom', role: 'You' },
      { name: 'Platform', role: 'Platform' },
    ]);
  });
});
