/** Letters that carry no combining mark to strip but that sellers type without their stroke. */
const foldedLetters: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae' };

/**
 * Text as search compares it: lower case, accents dropped ("Łódź" → "lodz", "Šime" → "sime"), so a
 * seller finds a buyer whatever keyboard they type on.
 */
export function searchFold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łđøßæ]/g, (c) => foldedLetters[c] ?? c);
}

/** The words of a query, folded; empty when the query is blank. */
export function searchTerms(query: string): string[] {
  return searchFold(query).split(/\s+/).filter(Boolean);
}

/**
 * The longest token the index keeps: longer words are indexed by their first this-many letters, and
 * a longer query word is looked up by as many and then checked against the text itself.
 */
export const indexedTokenLength = 24;

/** The shortest token the index keeps (one-letter words would match nearly every thread). */
export const shortestIndexedToken = 2;

const wordSeparator = /[^\p{L}\p{N}]+/u;

/** The folded pieces of text between separators (letters and digits only), in order. */
export function wordPieces(folded: string): string[] {
  return folded.split(wordSeparator).filter(Boolean);
}

/**
 * The search index's tokens of some texts: each word folded (searchFold), cut to
 * indexedTokenLength, words shorter than shortestIndexedToken left out, each once. Search then
 * matches a query word as a prefix of a token, which finds the inflected forms of Polish, Latvian,
 * Portuguese and Croatian words from their stem ("zwrot" finds "zwrotu", "zwrotem").
 */
export function searchTokens(texts: readonly (string | undefined)[]): string[] {
  // Folded once for all texts (one normalisation of the whole thread, not one per message).
  const folded = searchFold(texts.filter(Boolean).join('\n'));
  const tokens = new Set<string>();
  for (const word of wordPieces(folded))
    if (word.length >= shortestIndexedToken) tokens.add(word.length > indexedTokenLength ? word.slice(0, indexedTokenLength) : word);
  return [...tokens];
}
