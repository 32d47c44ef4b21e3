import { describe, expect, it } from 'vitest';
import { checkReply } from '../reply-guard';
import {
  confirmationLanguage,
  confirmationTopic,
  phoneComplaintConfirmation,
  type ConfirmationFacts,
} from './phone-complaint-confirmation';

const facts = (market: string, change: Partial<ConfirmationFacts> = {}): ConfirmationFacts => ({
  market,
  buyerName: 'Anna Kowalska',
  product: 'Odkurzacz XR-200',
  order: 'PL1-1002-A',
  takenOn: '2026-11-28',
  promisedAnswerBy: '2026-12-02',
  ...change,
});

describe('phone complaint confirmation', () => {
  it('is written in the market language (PL, LV, PT, HR), English elsewhere', () => {
    expect(confirmationLanguage('PL')).toBe('pl');
    expect(confirmationLanguage('lv')).toBe('lv');
    expect(confirmationLanguage('LT')).toBe('en');
    expect(phoneComplaintConfirmation(facts('PL'))).toContain('Odpowiedź prześlemy najpóźniej do 02.12.2026.');
    expect(phoneComplaintConfirmation(facts('LV'))).toContain('līdz 02.12.2026.');
    expect(phoneComplaintConfirmation(facts('PT'))).toContain('até 02/12/2026');
    expect(phoneComplaintConfirmation(facts('HR'))).toContain('do 02. 12. 2026.');
    expect(phoneComplaintConfirmation(facts('LT'))).toContain('by 2026-12-02');
    expect(confirmationTopic('PT')).toBe('Reclamação feita por telefone');
  });

  it('says the outcome instead of the promised date once it is documented, and leaves out a missing order', () => {
    const text = phoneComplaintConfirmation(facts('PL', { outcome: 'price-reduction', order: undefined }));
    expect(text).toContain('W geście dobrej woli obniżymy cenę.');
    expect(text).not.toContain('najpóźniej');
    expect(text).not.toContain('zamówienie');
  });

  it('passes the reply guard in PL, LV, PT and HR; the English fallback only warns about the language', () => {
    for (const market of ['PL', 'LV', 'PT', 'HR']) {
      expect(checkReply(phoneComplaintConfirmation(facts(market)), { market }), market).toEqual([]);
    }
    const lt = checkReply(phoneComplaintConfirmation(facts('LT')), { market: 'LT' });
    expect(lt.map((f) => [f.rule, f.severity])).toEqual([['language', 'warn']]);
  });
});
