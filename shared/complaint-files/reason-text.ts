// Text normalisation for reason matching: the patterns are written once, in lower-case ASCII, and match
// whatever the seller typed (diacritics or not, any case, punctuation, apostrophes, several spaces).

/** Letters that Unicode does not decompose into a base letter and a mark. */
const undecomposed: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/**
 * Lower-case ASCII words separated by single spaces, with a space at each end, so a pattern can anchor
 * a word with a leading or trailing space: "Abonent twierdzi, że NIE wyrażał zgody!" becomes
 * " abonent twierdzi ze nie wyrazal zgody ". Apostrophes join ("doesn't" becomes "doesnt").
 */
export function normaliseReason(text: string): string {
  const folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łđøßæœı]/g, (c) => undecomposed[c] ?? c)
    .replace(/['’`´]/g, '');
  const words = folded.replace(/[^a-z0-9]+/g, ' ').trim();
  return words === '' ? '' : ` ${words} `;
}
