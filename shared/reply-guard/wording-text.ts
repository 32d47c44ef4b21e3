// Text helpers of the wording rules. The rules match on a folded copy of the reply (lower case, diacritics
// removed, one UTF-16 unit for one unit) so that one ASCII pattern covers "gotówką" and "gotowka", and so
// that an offset found in the folded copy is the same offset in the text the seller typed.

const asciiLower: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c).toLowerCase());
const foldedUnits = new Map<number, string>();

// Letters NFD does not decompose into a base letter and a mark.
const specialFolds: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', æ: 'a', œ: 'o', ı: 'i', ħ: 'h', ŧ: 't', '’': "'", '‘': "'" };

function foldUnit(code: number): string {
  const unit = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) return unit; // half of a surrogate pair: left as is
  const lower = unit.toLowerCase();
  const base = lower.length === 1 ? lower.normalize('NFD').charAt(0) : unit;
  const folded = specialFolds[base] ?? base;
  return folded.length === 1 ? folded : unit;
}

function foldedUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  let folded = foldedUnits.get(code);
  if (folded === undefined) {
    folded = foldUnit(code);
    foldedUnits.set(code, folded);
  }
  return folded;
}

const nonAscii = /[^ -~\t\n\r]/g; // anything but printable ASCII and common whitespace

/**
 * The text in lower case without diacritics, of exactly the same length: position i of the result is
 * the folded form of position i of `text`, so offsets of matches carry over to the original.
 */
export function foldWording(text: string): string {
  const lower = text.toLowerCase();
  // The fast path: lower-casing kept every position (it does unless a letter like "İ" grows).
  if (lower.length === text.length) return lower.replace(nonAscii, foldedUnit);
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out += code < 128 ? (asciiLower[code] as string) : foldedUnit(text.charAt(i));
  }
  return out;
}

const clauseStop = /[.!?;:,\n()„“”"«»–—]/;

/** Start and end (exclusive) of the clause around [start, end): up to the nearest punctuation either side, at most `reach` characters away. */
export function clauseAround(folded: string, start: number, end: number, reach = 160): { start: number; end: number } {
  let from = start;
  const minFrom = Math.max(0, start - reach);
  while (from > minFrom && !clauseStop.test(folded.charAt(from - 1))) from -= 1;
  let to = end;
  const maxTo = Math.min(folded.length, end + reach);
  while (to < maxTo && !clauseStop.test(folded.charAt(to))) to += 1;
  return { start: from, end: to };
}

/** The same text with its run of whitespace collapsed and trimmed, for quoting in a message. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The words of a folded text (letters and digits), in order. */
export function wordsOf(folded: string): string[] {
  return folded.match(wordPattern) ?? [];
}

/** Light stemming shared by the rules: the first five characters of a word (its numbers kept whole). */
export function stemOf(word: string): string {
  return /\d/.test(word) ? word : word.slice(0, 5);
}
