import { describe, expect, it } from 'vitest';
import { checkReply, replyBodyMax } from './reply-validation';

const toBuyer = [{ type: 'CUSTOMER' }];

describe('checkReply', () => {
  it('accepts a reply the marketplace would take', () => {
    const check = checkReply('Dzień dobry, paczka wyszła dziś.', toBuyer);
    expect(check).toEqual({ ok: true, input: { body: 'Dzień dobry, paczka wyszła dziś.', to: [{ type: 'CUSTOMER' }] } });
  });

  it('refuses an empty, blank or too short reply with a plain reason', () => {
    expect(checkReply('', toBuyer)).toEqual({ ok: false, problem: 'Write a reply first.' });
    expect(checkReply('     ', toBuyer)).toEqual({ ok: false, problem: 'Write a reply first.' });
    expect(checkReply(' ok ', toBuyer)).toEqual({ ok: false, problem: 'A reply needs at least 3 characters.' });
    expect(checkReply('Tak', toBuyer).ok).toBe(true);
  });

  it('refuses a reply over 50,000 characters, saying by how much', () => {
    expect(checkReply('x'.repeat(replyBodyMax), toBuyer).ok).toBe(true);
    const check = checkReply('x'.repeat(replyBodyMax + 12), toBuyer);
    expect(check).toEqual({ ok: false, problem: expect.stringContaining('Shorten it by 12') });
  });

  it('refuses a reply without recipients', () => {
    expect(checkReply('Hello there', [])).toEqual({ ok: false, problem: 'Choose who receives this reply.' });
  });
});
