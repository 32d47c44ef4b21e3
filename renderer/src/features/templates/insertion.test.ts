import { describe, expect, it } from 'vitest';
import { insertTemplate } from './insertion';

describe('insertTemplate', () => {
  const text = 'Numer przesyłki: {tracking}, przewoźnik {carrier}.';

  it('replaces a blank reply box and selects the first unfilled placeholder', () => {
    const result = insertTemplate('  \n', 1, 1, text);
    expect(result.body).toBe(text);
    expect(result.body.slice(result.selectionStart, result.selectionEnd)).toBe('{tracking}');
  });

  it('inserts at the cursor of a reply being written, replacing the selection', () => {
    const result = insertTemplate('Dzień dobry, XX Pozdrawiam', 13, 16, text);
    expect(result.body).toBe(`Dzień dobry, ${text}Pozdrawiam`);
    expect(result.body.slice(result.selectionStart, result.selectionEnd)).toBe('{tracking}');
    expect(result.selectionStart).toBe(13 + text.indexOf('{tracking}'));
  });

  it('puts the cursor after the inserted text when nothing is left to fill', () => {
    expect(insertTemplate('Hi ', 3, 3, 'thanks')).toEqual({ body: 'Hi thanks', selectionStart: 9, selectionEnd: 9 });
  });

  it('keeps a cursor beyond the text inside it', () => {
    expect(insertTemplate('Hi', 40, 50, '!').body).toBe('Hi!');
  });
});
