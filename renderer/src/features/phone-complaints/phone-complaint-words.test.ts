import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../ui/translate';
import { historyWords, problemWords } from './phone-complaint-words';

describe('phone complaint words', () => {
  it('words each intake problem for its field, in the UI language', () => {
    const en = translatorFor('en');
    expect(problemWords('contact', en, 'LV')).toBe('Enter a phone number valid in LV (or with its country code, +…) or an e-mail address.');
    expect(problemWords('date-too-far', en, 'PL')).toBe('Promise an answer within 30 days.');
    expect(problemWords('too-short', translatorFor('pl'), 'PL')).toBe('Opisz problem kilkoma słowami (co najmniej 10 znaków).');
  });

  it('words each history step, outcomes by their label, unknown codes as they are', () => {
    const hr = translatorFor('hr');
    expect(historyWords('phone-taken', hr)).toBe('reklamacija zaprimljena telefonom');
    expect(historyWords('phone-outcome:price-reduction', translatorFor('en'))).toBe('outcome documented: Price reduction as goodwill');
    expect(historyWords('return-accepted', hr)).toBe('return-accepted');
  });
});
