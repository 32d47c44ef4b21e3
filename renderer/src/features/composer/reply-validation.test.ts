import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../ui/translate';
import { checkReply, replyBodyMax } from './reply-validation';

const en = translatorFor('en');

const toBuyer = [{ type: 'CUSTOMER' }];

describe('checkReply', () => {
  it('accepts a reply the marketplace would take', () => {
    const check = checkReply('Dzień dobry, paczka wyszła dziś.', toBuyer, en);
    expect(check).toEqual({ ok: true, input: { body: 'Dzień dobry, paczka wyszła dziś.', to: [{ type: 'CUSTOMER' }] } });
  });

  it('refuses an empty, blank or too short reply with a plain reason', () => {
    expect(checkReply('', toBuyer, en)).toEqual({ ok: false, problem: 'Write a reply first.' });
    expect(checkReply('     ', toBuyer, en)).toEqual({ ok: false, problem: 'Write a reply first.' });
    expect(checkReply(' ok ', toBuyer, en)).toEqual({ ok: false, problem: 'A reply needs at least 3 characters.' });
    expect(checkReply('Tak', toBuyer, en).ok).toBe(true);
  });

  it('refuses a reply over 50,000 characters, saying by how much', () => {
    expect(checkReply('x'.repeat(replyBodyMax), toBuyer, en).ok).toBe(true);
    const check = checkReply('x'.repeat(replyBodyMax + 12), toBuyer, en);
    expect(check).toEqual({ ok: false, problem: expect.stringContaining('Shorten it by 12') });
  });

  it('says the problem in the UI language, with its plural form', () => {
    const pl = translatorFor('pl');
    expect(checkReply(' ok ', toBuyer, pl)).toEqual({ ok: false, problem: 'Odpowiedź musi mieć co najmniej 3 znaki.' });
    const long = checkReply('x'.repeat(replyBodyMax + 5), toBuyer, pl);
    expect(long).toEqual({ ok: false, problem: expect.stringMatching(/50\s005 znaków/) });
    expect(checkReply('x'.repeat(replyBodyMax + 2), toBuyer, translatorFor('hr'))).toEqual({
      ok: false,
      problem: expect.stringContaining('50.002 znaka'),
    });
  });

  it('refuses a reply without recipients', () => {
    expect(checkReply('Hello there', [], en)).toEqual({ ok: false, problem: 'Choose who receives this reply.' });
  });
});
