import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { catalogueFor } from '../../ui/i18n';
import { participantLabels, senderClass, senderLabel, type Translate } from './participant-words';
import { messages } from './thread.messages';

const polish = createIntl({ locale: 'pl', messages: catalogueFor('pl', [messages]) });
const pl: Translate = (m, v) => polish.formatMessage(m, v);

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

  it('names them in the UI language when given its text function', () => {
    expect(senderLabel('CUSTOMER_USER', pl)).toBe('Kupujący');
    expect(senderLabel('SHOP', pl)).toBe('Ty');
    expect(senderLabel('OPERATOR_USER', pl)).toBe('Platforma');
  });
});

describe('participantLabels', () => {
  it('labels each participant with its role, a nameless one named by its role', () => {
    const participants = [
      { type: 'CUSTOMER', name: 'Anna K.' },
      { type: 'SHOP', name: 'Elektro-Dom' },
      { type: 'OPERATOR', name: '' },
    ];
    expect(participantLabels(participants, pl)).toEqual([
      { name: 'Anna K.', role: 'Kupujący' },
      { name: 'Elektro-Dom', role: 'Ty' },
      { name: 'Platforma', role: 'Platforma' },
    ]);
  });
});
