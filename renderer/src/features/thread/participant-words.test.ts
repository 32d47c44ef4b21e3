import { describe, expect, it } from 'vitest';
import { participantLabels, senderClass, senderLabel } from './participant-words';

describe('senderClass', () => {
  it('strips the _USER suffix of message authors and lowercases', () => {
    expect(senderClass('CUSTOMER_USER')).toBe('customer');
    expect(senderClass('SHOP_USER')).toBe('shop');
    expect(senderClass('OPERATOR_USER')).toBe('operator');
    expect(senderClass('OPERATOR')).toBe('operator');
    expect(senderClass('')).toBe('unknown');
  });

  it("names authors in the seller's words, unknown types as they are", () => {
    expect(senderLabel('CUSTOMER_USER')).toBe('Buyer');
    expect(senderLabel('SHOP')).toBe('You');
    expect(senderLabel('OPERATOR_USER')).toBe('Platform');
    expect(senderLabel('ROBOT')).toBe('ROBOT');
  });
});

describe('participantLabels', () => {
  it('labels each participant with its role, a nameless one named by its role', () => {
    const participants = [
      { type: 'CUSTOMER', name: 'Anna K.' },
      { type: 'SHOP', name: 'Elektro-Dom' },
      { type: 'OPERATOR', name: '' },
    ];
    expect(participantLabels(participants)).toEqual([
      { name: 'Anna K.', role: 'Buyer' },
      { name: 'Elektro-Dom', role: 'You' },
      { name: 'Platform', role: 'Platform' },
    ]);
  });
});
