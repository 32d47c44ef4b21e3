import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../ui/translate';
import { fillPlaceholders, placeholderSpans, placeholdersUsed, unfilledPlaceholders, unknownPlaceholders } from './placeholders';
import { unfilledPlaceholderProblem } from './unfilled-check';
import { threadValues } from './useThreadValues';

describe('template placeholders', () => {
  const body = 'Dzień dobry {buyer}, zamówienie {order} wysłano z {carrier}, numer {tracking}, dostawa do {date}.';

  it('fills the placeholders that have a value and leaves the others as tokens', () => {
    expect(fillPlaceholders(body, { buyer: 'Anna Nowak', order: 'PL0240001' })).toBe(
      'Dzień dobry Anna Nowak, zamówienie PL0240001 wysłano z {carrier}, numer {tracking}, dostawa do {date}.',
    );
    expect(fillPlaceholders(body, { buyer: '  ', tracking: 'PL123', carrier: 'InPost', date: '3 grudnia', order: 'X' })).toBe(
      'Dzień dobry {buyer}, zamówienie X wysłano z InPost, numer PL123, dostawa do 3 grudnia.',
    );
  });

  it('fills in one pass: a value that looks like a placeholder is inserted as written', () => {
    expect(fillPlaceholders('{buyer} / {order}', { buyer: '{order}', order: 'ORD-1' })).toBe('{order} / ORD-1');
  });

  it('leaves unknown brace names alone and reports them', () => {
    expect(fillPlaceholders('Hi {foo} {Buyer} {buyer}', { buyer: 'Ana' })).toBe('Hi {foo} {Buyer} Ana');
    expect(unknownPlaceholders('Hi {foo} {Buyer} {buyer} {foo} { spaced } {}')).toEqual(['{foo}', '{Buyer}']);
    expect(unknownPlaceholders(body)).toEqual([]);
  });

  it('finds the exact placeholder tokens left in a reply, each once, with their offsets', () => {
    const text = 'Numer {tracking} ({carrier}); {tracking} again, not {tracking number} nor {Tracking}.';
    expect(unfilledPlaceholders(text)).toEqual(['{tracking}', '{carrier}']);
    expect(placeholderSpans('ab {date}')).toEqual([{ name: 'date', start: 3, end: 9 }]);
    expect(unfilledPlaceholders('Paczka PL123456 wysłana {jutro}.')).toEqual([]);
    expect(placeholdersUsed(body)).toEqual(['buyer', 'carrier', 'date', 'order', 'tracking']);
  });

  it('names the unfilled placeholders in the reply check, in the UI language, and passes a filled reply', () => {
    const en = unfilledPlaceholderProblem('Your parcel {tracking} ships with {carrier}.', translatorFor('en'));
    expect(en).toBe(
      'This reply still holds template placeholders: {tracking}, {carrier}. Replace them with the real details before sending.',
    );
    expect(unfilledPlaceholderProblem('Numer {order}', translatorFor('pl'))).toContain(
      'Ta odpowiedź nadal zawiera pola szablonu: {order}.',
    );
    expect(unfilledPlaceholderProblem('Your parcel PL123 ships with DPD.', translatorFor('en'))).toBeNull();
  });

  it("takes the buyer's name and the order's label (else its id) from the thread, and the shipment when known", () => {
    expect(threadValues({ customerName: 'Anna Nowak', orderId: 'PL0240001-A', orderLabel: 'PL0240001' })).toEqual({
      buyer: 'Anna Nowak',
      order: 'PL0240001',
      tracking: undefined,
      carrier: undefined,
    });
    expect(threadValues({ customerName: '', orderId: 'PL0240001-A' }, { tracking: 'PL1', carrier: 'DPD' })).toEqual({
      buyer: undefined,
      order: 'PL0240001-A',
      tracking: 'PL1',
      carrier: 'DPD',
    });
  });
});
