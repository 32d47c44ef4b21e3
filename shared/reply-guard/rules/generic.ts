// Generic replies (DOMAIN.md rule 3): a template sent with its placeholders unfilled, or the same (or
// nearly the same) text as an earlier reply to another buyer. Names, order numbers and other figures
// are ignored when comparing, since filling them in does not make a canned answer individual.
import type { GuardContext, GuardFinding } from '../types';
import { quote } from '../wording-text';

const SOURCE = 'DOMAIN.md rule 3';

/** Word-bigram Jaccard similarity from which a reply counts as a near-duplicate of an earlier one. */
export const NEAR_DUPLICATE_SIMILARITY = 0.85;
/** Replies with fewer compared words than this are too short to call generic ("Dziękuję, pozdrawiam"). */
const MIN_COMPARED_WORDS = 8;

/**
 * Unfilled placeholders: {buyer} or {{order}}, [name] or [...], <name>, %NAME%, XXX. Bracketed text
 * holds letters only (a "[1]" or "<3" is not a placeholder); XXX is upper case only (XXL is a size).
 */
export const placeholderPattern =
  /\{\{?\s*[\p{L}_][\p{L}\d_ .-]{0,30}\s*\}\}?|\[(?:[\p{L}_][\p{L}_ .-]{0,30}|\.{3}|…)\]|<[\p{L}_][\p{L}_ ]{0,24}>|%[A-Z_]{2,20}%|\bX{3,}\b/gu;

// Words that change from buyer to buyer without changing the answer: figures and capitalised names
// inside a sentence (a sentence's first word is kept).
const token = /[\p{L}\p{N}]+|[.!?\n]/gu;

function comparedWords(text: string): string[] {
  const out: string[] = [];
  let sentenceStart = true;
  for (const m of text.matchAll(token)) {
    const w = m[0];
    if (w === '.' || w === '!' || w === '?' || w === '\n') {
      sentenceStart = true;
      continue;
    }
    const keep = !/\d/.test(w) && (sentenceStart || w.charAt(0) === w.charAt(0).toLowerCase());
    sentenceStart = false;
    if (keep) out.push(w.toLowerCase());
  }
  return out;
}

function bigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i += 1) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

// Earlier replies are compared on every keystroke of the composer: their bigrams are kept (bounded).
const earlierCache = new Map<string, Set<string>>();
const EARLIER_CACHE_SIZE = 512;

function earlierBigrams(reply: string): Set<string> {
  let set = earlierCache.get(reply);
  if (!set) {
    set = bigrams(comparedWords(reply));
    if (earlierCache.size >= EARLIER_CACHE_SIZE) earlierCache.delete(earlierCache.keys().next().value as string);
    earlierCache.set(reply, set);
  }
  return set;
}

/**
 * Bracketed words that write out "@" or "." in an obfuscated address ("jan [małpa] wp [kropka] pl"): the
 * contact rules report those; they are not template placeholders.
 */
const obfuscationWords = new Set(
  [
    'at',
    'et',
    'pie',
    'małpa',
    'malpa',
    'arroba',
    'majmun',
    'majmunče',
    'zavináč',
    'kukac',
    'dot',
    'kropka',
    'punkts',
    'punkt',
    'ponto',
    'točka',
    'tocka',
    'bodka',
    'tečka',
    'pont',
    'taškas',
    'punct',
  ].map((w) => w.normalize('NFC')),
);

/** Span findings for each unfilled placeholder, and one whole-reply finding for a near-duplicate. */
export function checkGeneric(text: string, _folded: string, context: GuardContext): GuardFinding[] {
  const findings: GuardFinding[] = [];
  placeholderPattern.lastIndex = 0;
  for (let m = placeholderPattern.exec(text); m; m = placeholderPattern.exec(text)) {
    if (m[0].startsWith('[') && obfuscationWords.has(m[0].slice(1, -1).trim().toLowerCase().normalize('NFC'))) continue;
    findings.push({
      rule: 'generic',
      severity: 'warn',
      start: m.index,
      end: m.index + m[0].length,
      message: `A template placeholder left unfilled: "${m[0]}" (${SOURCE})`,
    });
  }
  const previous = context.previousReplies ?? [];
  if (previous.length === 0) return findings;
  const words = comparedWords(text);
  if (words.length < MIN_COMPARED_WORDS) return findings;
  const mine = bigrams(words);
  let best = 0;
  let bestReply = '';
  for (const earlier of previous) {
    const similarity = jaccard(mine, earlierBigrams(earlier));
    if (similarity > best) [best, bestReply] = [similarity, earlier];
  }
  if (best >= NEAR_DUPLICATE_SIMILARITY) {
    findings.push({
      rule: 'generic',
      severity: 'warn',
      start: 0,
      end: 0,
      message: `The reply is ${best === 1 ? 'the same as' : `${Math.round(best * 100)} % the same as`} an earlier reply to another buyer ("${quote(bestReply, 60)}"): answer this buyer individually (${SOURCE}).`,
    });
  }
  return findings;
}
