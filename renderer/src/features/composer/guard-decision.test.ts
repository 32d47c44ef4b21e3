import { describe, expect, it } from 'vitest';
import type { GuardFinding } from '../../../../shared/reply-guard';
import { sendDecision } from './guard-decision';

const phone: GuardFinding = { rule: 'phone', severity: 'block', start: 4, end: 19, message: 'A phone number.' };
const marketing: GuardFinding = { rule: 'marketing', severity: 'warn', start: 20, end: 30, message: 'A discount.' };
const ask = (message: string): GuardFinding => ({ rule: 'unanswered', severity: 'warn', start: 0, end: 0, message });

describe('sendDecision', () => {
  it('sends a clean reply with no override', () => {
    expect(sendDecision([], {}, null)).toEqual({ kind: 'go' });
  });

  it('blocks while a blocking finding stands, whatever the reason or ticks', () => {
    expect(sendDecision([phone, marketing], {}, 'a reason')).toEqual({ kind: 'blocked', findings: [phone] });
  });

  it('asks for a reason for a warning, and sends with one, recording the rule and the reason', () => {
    expect(sendDecision([marketing], {}, null)).toEqual({ kind: 'needs-reason', rules: ['marketing'] });
    expect(sendDecision([marketing], {}, '   ')).toEqual({ kind: 'needs-reason', rules: ['marketing'] });
    expect(sendDecision([marketing], {}, ' Warranty extension, not an ad. ')).toEqual({
      kind: 'go',
      override: { rules: ['marketing'], reason: 'Warranty extension, not an ad.', questions: [] },
    });
  });

  it('takes unanswered questions all ticked off as their override, without a reason', () => {
    const findings = [ask('Kiedy wyślecie?'), ask('Czy jest faktura?')];
    expect(sendDecision(findings, { 'Kiedy wyślecie?': 'answered-elsewhere' }, null)).toEqual({
      kind: 'needs-reason',
      rules: ['unanswered'],
    });
    expect(sendDecision(findings, { 'Kiedy wyślecie?': 'answered-elsewhere', 'Czy jest faktura?': 'not-needed' }, null)).toEqual({
      kind: 'go',
      override: {
        rules: ['unanswered'],
        reason: '',
        questions: [
          { question: 'Kiedy wyślecie?', tick: 'answered-elsewhere' },
          { question: 'Czy jest faktura?', tick: 'not-needed' },
        ],
      },
    });
  });

  it('still asks a reason for other warnings when the questions are ticked', () => {
    expect(sendDecision([ask('Kiedy?'), marketing], { 'Kiedy?': 'not-needed' }, null)).toEqual({
      kind: 'needs-reason',
      rules: ['marketing'],
    });
  });
});
