import { describe, expect, it } from 'vitest';
import { indexedTokenLength, searchFold, searchTokens, shortestIndexedToken, wordPieces } from './search-tokens';

/** The tokenizer as it was first written: fold the whole text, cut it into pieces, keep each once. */
function referenceTokens(texts: readonly (string | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const word of wordPieces(searchFold(texts.filter(Boolean).join('\n'))))
    if (word.length >= shortestIndexedToken) tokens.add(word.length > indexedTokenLength ? word.slice(0, indexedTokenLength) : word);
  return [...tokens];
}

const texts = [
  'Dzień dobry, gdzie jest mój ZWROT? Zamówienie PL-2024-00017 nie dotarło. Łódź, ul. Żółta 5.',
  'Labdien! Kur ir mans pasūtījums? Paldies, Jānis Bērziņš.',
  'Olá, a encomenda chegou danificada; gostaria de uma devolução (reembolso) — obrigado, João.',
  'Poštovani, narudžba još nije stigla. Đuro Šimić, Zagreb.',
  'Straße Æsir Øresund ß',
  // Decomposed letters (NFD input) and a word longer than the indexed length.
  'Cafe\u0301 zwrot\u0301 Donaudampfschifffahrtsgesellschaftskapitän',
  undefined,
  '',
  'zwrot ZWROT Zwrot zwrotu zwrotem a b 7 42',
];

describe('searchTokens', () => {
  it('gives the same tokens in the same order as folding the whole text', () => {
    expect(searchTokens(texts)).toEqual(referenceTokens(texts));
    for (const text of texts) expect(searchTokens([text])).toEqual(referenceTokens([text]));
  });

  it('folds diacritics and case, keeps each token once, cuts long words and drops one-letter ones', () => {
    const tokens = searchTokens(texts);
    expect(tokens).toContain('lodz');
    expect(tokens).toContain('zolta');
    expect(tokens).toContain('berzins');
    expect(tokens).toContain('devolucao');
    expect(tokens).toContain('duro');
    expect(tokens).toContain('strasse');
    expect(tokens).toContain('cafe');
    expect(tokens).toContain('donaudampfschifffahrtsge');
    expect(tokens.filter((t) => t === 'zwrot')).toHaveLength(1);
    expect(tokens).not.toContain('a');
    expect(tokens).not.toContain('7');
    expect(tokens).toContain('42');
    expect(tokens.every((t) => t.length <= indexedTokenLength)).toBe(true);
  });
});
