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

/** A letter, digit or combining mark beyond ASCII: part of a word of unfolded text (folding drops the marks). */
const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

/** Whether the UTF-16 code unit at `i` of `text` belongs to a word (a surrogate pair is judged whole). */
function inWord(text: string, code: number, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xdc00 && code <= 0xdfff) return i > 0 && inWord(text, text.charCodeAt(i - 1), i - 1);
  return wordCharacter.test(String.fromCodePoint(text.codePointAt(i) ?? code));
}

/**
 * The search index's tokens of some texts: each word folded (searchFold), cut to
 * indexedTokenLength, words shorter than shortestIndexedToken left out, each once. Search then
 * matches a query word as a prefix of a token, which finds the inflected forms of Polish, Latvian,
 * Portuguese and Croatian words from their stem ("zwrot" finds "zwrotu", "zwrotem").
 *
 * The same tokens, in the same order, as folding the whole text and cutting it into wordPieces,
 * but cheaper (the sync engine tokenizes every synced thread): the text is cut into words with a
 * scan of its code units, each distinct word is folded once, and plain ASCII words are only
 * lower-cased.
 */
export function searchTokens(texts: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const tokens = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    let start = -1;
    let plain = true;
    for (let i = 0; i <= text.length; i += 1) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      if (i < text.length && inWord(text, code, i)) {
        if (start < 0) {
          start = i;
          plain = true;
        }
        if (code >= 128) plain = false;
        continue;
      }
      if (start < 0) continue;
      const word = text.slice(start, i);
      start = -1;
      if (seen.has(word)) continue;
      seen.add(word);
      if (plain) addToken(tokens, word.toLowerCase());
      else for (const piece of wordPieces(searchFold(word))) addToken(tokens, piece);
    }
  }
  return [...tokens];
}

function addToken(tokens: Set<string>, word: string): void {
  if (word.length >= shortestIndexedToken) tokens.add(word.length > indexedTokenLength ? word.slice(0, indexedTokenLength) : word);
}

/**
 * Tokens as a ThreadMessagesRecord stores them since schema version 9: one string, separated by
 * spaces (no token holds one), so a record is one string to write instead of a list of strings.
 */
export function joinTokens(tokens: readonly string[]): string {
  return tokens.join(' ');
}

/** The tokens of a ThreadMessagesRecord's `tokens`, whether stored as one string (version 9) or as a list (before). */
export function tokenList(stored: string | readonly string[] | undefined): readonly string[] {
  if (stored === undefined) return [];
  if (typeof stored !== 'string') return stored;
  return stored === '' ? [] : stored.split(' ');
}

/** Whether a ThreadMessagesRecord's `tokens` (either form, see tokenList) hold a token starting with `prefix`. */
export function holdsTokenPrefix(stored: string | readonly string[] | undefined, prefix: string): boolean {
  if (stored === undefined) return false;
  if (typeof stored !== 'string') return stored.some((token) => token.startsWith(prefix));
  return stored.startsWith(prefix) || stored.includes(` ${prefix}`);
}
