import { describe, expect, it } from 'vitest';
import { answerText, classifyAnswer, classifyError, unreadableAnswer } from '../api/platform-failure';
import { storageFullText } from '../data/storage-errors';
import { failureText } from './failure-text';
import { translatorFor } from './translate';

const en = translatorFor('en');
const pl = translatorFor('pl');

describe('failureText', () => {
  it("keeps the console's English sentences as they are in English", () => {
    for (const message of [
      classifyError(new Error('x')).message,
      unreadableAnswer(200).message,
      classifyAnswer({ status: 429, retryAfter: null, fromGateway: false, message: null, code: null }, 0).message,
      answerText(503, 'Maintenance.', false),
      answerText(500, null, false),
      storageFullText,
    ]) {
      expect(failureText(message, en)).toBe(message);
    }
  });

  it('says the failures the console words itself in the UI language, with their status and detail', () => {
    expect(failureText(classifyError(new Error('x')).message, pl)).toBe('Połączenie z marketplace nie powiodło się.');
    expect(failureText(answerText(503, 'Maintenance', false), pl)).toBe('Marketplace odpowiedział kodem 503 (Maintenance).');
    expect(failureText(answerText(502, null, false), pl)).toBe('Marketplace odpowiedział kodem 502.');
    expect(failureText('The marketplace did not answer within 30 s.', pl)).toBe('Marketplace nie odpowiedział w ciągu 30 s.');
    expect(failureText('The marketplace could not be reached (ECONNREFUSED).', pl)).toBe(
      'Nie udało się połączyć z marketplace (ECONNREFUSED).',
    );
    expect(failureText(storageFullText, pl)).toMatch(/^Na tym komputerze/);
  });

  it("shows the marketplace's own words as it wrote them", () => {
    expect(failureText('Injected fault: 400', pl)).toBe('Injected fault: 400');
  });
});
