import { describe, expect, it } from 'vitest';
import {
  allowedPhoneComplaintActions,
  checkIntake,
  isBuyerContact,
  marketToday,
  phoneComplaintStage,
  promiseStatus,
  type IntakeInput,
} from './phone-complaint';

const today = '2026-11-28';
const input = (change: Partial<IntakeInput> = {}): IntakeInput => ({
  buyerName: ' Anna Kowalska ',
  contact: '601 234 567',
  orderId: '',
  product: 'Odkurzacz XR-200',
  description: 'Odkurzacz przestał działać po tygodniu.',
  expectation: 'repair',
  promisedAnswerBy: '2026-12-02',
  responsible: 'Marta',
  forwardedTo: '',
  ...change,
});

describe('phone complaint intake', () => {
  it('accepts a complete intake, trimmed, blank optional fields left out', () => {
    const result = checkIntake(input(), 'PL', today);
    expect(result).toEqual({
      ok: true,
      intake: {
        buyerName: 'Anna Kowalska',
        contact: '601 234 567',
        product: 'Odkurzacz XR-200',
        description: 'Odkurzacz przestał działać po tygodniu.',
        expectation: 'repair',
        promisedAnswerBy: '2026-12-02',
        responsible: 'Marta',
      },
    });
  });

  it('validates the contact as a phone number of the shop market or an e-mail', () => {
    expect(isBuyerContact('601 234 567', 'PL')).toBe(true);
    expect(isBuyerContact('21234567', 'LV')).toBe(true);
    expect(isBuyerContact('21234567', 'PL')).toBe(false);
    expect(isBuyerContact('+371 21234567', 'PL')).toBe(true);
    expect(isBuyerContact('anna@example.pl', 'PL')).toBe(true);
    expect(isBuyerContact('anna@', 'PL')).toBe(false);
    expect(isBuyerContact('12345', 'HR')).toBe(false);
    expect(checkIntake(input({ contact: '12' }), 'PL', today)).toEqual({ ok: false, problems: { contact: 'contact' } });
  });

  it('ties each problem to its field', () => {
    const result = checkIntake(
      input({ buyerName: '  ', product: '', description: 'short', expectation: 'refuse', responsible: 'x'.repeat(201) }),
      'PL',
      today,
    );
    expect(result).toEqual({
      ok: false,
      problems: { buyerName: 'required', product: 'required', description: 'too-short', expectation: 'choice', responsible: 'too-long' },
    });
  });

  it('takes a promised date from today to 30 days ahead, never in the past', () => {
    const problem = (date: string) => {
      const result = checkIntake(input({ promisedAnswerBy: date }), 'PL', today);
      return result.ok ? null : result.problems.promisedAnswerBy;
    };
    expect(problem('2026-11-28')).toBeNull();
    expect(problem('2026-12-28')).toBeNull();
    expect(problem('2026-12-29')).toBe('date-too-far');
    expect(problem('2026-11-27')).toBe('date-past');
    expect(problem('2026-02-30')).toBe('date-format');
    expect(problem('28.11.2026')).toBe('date-format');
    expect(problem('')).toBe('required');
  });

  it('reads today in the market zone', () => {
    // 23:30 UTC on the 28th is already the 29th in Warsaw and Riga, still the 28th in Lisbon.
    const late = Date.parse('2026-11-28T23:30:00Z');
    expect(marketToday(late, 'PL')).toBe('2026-11-29');
    expect(marketToday(late, 'PT')).toBe('2026-11-28');
  });
});

describe('phone complaint lifecycle', () => {
  it('goes taken, forwarded, outcome documented, closed', () => {
    expect(phoneComplaintStage({})).toBe('taken');
    expect(phoneComplaintStage({ forwardedTo: 'Jan' })).toBe('forwarded');
    expect(phoneComplaintStage({ forwardedTo: 'Jan', outcome: 'apology' })).toBe('outcome-documented');
    expect(phoneComplaintStage({ outcome: 'apology', closedAt: '2026-11-28T10:00:00Z' })).toBe('closed');
  });

  it('offers no refuse action in any stage, and close only after the outcome', () => {
    const stages = [{}, { forwardedTo: 'Jan' }, { outcome: 'replacement' }, { outcome: 'replacement', closedAt: 'x' }];
    const actions = stages.map((s) => allowedPhoneComplaintActions(s));
    expect(actions.flat()).not.toContain('refuse');
    expect(actions[0]).toEqual(['forward', 'document-outcome', 'link-thread', 'send-confirmation']);
    expect(actions[1]).toContain('forward');
    expect(actions[0]).not.toContain('close');
    expect(actions[2]).toEqual(['close', 'link-thread', 'send-confirmation']);
    expect(actions[3]).toEqual(['link-thread', 'send-confirmation']);
  });

  it('counts the days to the promised answer, and the days overdue', () => {
    expect(promiseStatus('2026-12-02', today, false)).toEqual({ state: 'due', daysLeft: 4 });
    expect(promiseStatus('2026-11-28', today, false)).toEqual({ state: 'due', daysLeft: 0 });
    expect(promiseStatus('2026-11-25', today, false)).toEqual({ state: 'overdue', daysOver: 3 });
    expect(promiseStatus('2026-11-25', today, true)).toEqual({ state: 'closed' });
  });
});
