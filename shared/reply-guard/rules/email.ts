// The e-mail rule: addresses as written ("jan@wp.pl") and as spelled out to get past a filter
// ("jan (at) wp.pl", "jan [małpa] wp pl", "jan małpa wp kropka pl", "jan at gmail dot com",
// "joao arroba sapo ponto pt", "ivan majmunče gmail točka com").
import type { GuardFinding } from '../types';
import {
  CLOSE,
  DOMAIN,
  DOTTED_SEP,
  MAIL_PROVIDERS,
  OBFUSCATED_TLDS,
  OPEN,
  STRONG_AT_WORDS,
  WEAK_AT_WORDS,
  looksLikeTld,
  parseLabels,
  type Label,
} from './domains';
import { WORD, alternation, before, finding, overlapsAny, type Span } from './text';

const LOCAL_CHAR = String.raw`\p{L}\p{N}_%+.\-`;
const STRONG = alternation(STRONG_AT_WORDS, true);
const WEAK = alternation(WEAK_AT_WORDS);
const AT = [
  String.raw`\s{0,2}[@＠]\s{0,2}`,
  String.raw`\s{0,2}${OPEN}\s{0,2}(?:[@＠]|${STRONG}|${WEAK})\s{0,2}${CLOSE}\s{0,2}`,
  String.raw`\s{1,3}(?:${STRONG}|${WEAK})\s{1,3}`,
].join('|');

// Every piece is bounded, so the work per start position is bounded and the scan stays linear.
const CANDIDATE = new RegExp(
  `(?<![${LOCAL_CHAR}])(?<local>[\\p{L}\\p{N}_%+\\-][${LOCAL_CHAR}]{0,63}?)(?<at>${AT})(?<domain>${DOMAIN})`,
  'giu',
);
// An address with the "@" left out: a user name, a space, then a mail provider's domain
// ("jan.kowalski gmail.com", "ana_silva sapo ponto pt").
const PROVIDERS = alternation([...MAIL_PROVIDERS]);
const MISSING_AT = new RegExp(
  `(?<![${LOCAL_CHAR}])(?<local>[\\p{L}\\p{N}_%+\\-][${LOCAL_CHAR}]{0,63}?)\\s{1,2}${PROVIDERS}(?:${DOTTED_SEP})(?:com|pl|lv|lt|ee|pt|hr|ba|cz|sk|ro|hu|de|net|eu)(?![${WORD}])`,
  'giu',
);
/** Words that say an e-mail address is being given, in the markets' languages. */
const EMAIL_WORDS = /(?:e-?mail|mail\p{L}*|e-?pasts|e-?pastu|e-?pasta|adres|adrese|adresa|endereço|correio|e-?pošt\p{L}*)[\s:]*$/iu;

const STRONG_AT = new RegExp(`^\\s*(?:${OPEN}|${STRONG}\\s*$)`, 'iu');

/** The top-level domains an address may end with once "@" is there in any form. */
const EMAIL_TLDS = new Set([...OBFUSCATED_TLDS, 'de', 'at', 'si', 'me', 'io', 'co', 'es', 'fr', 'it', 'nl', 'be', 'ch', 'ie', 'us', 'ua']);

type Strength = 'symbol' | 'strong' | 'weak';

/** Whether `labels[0..k]` makes an address after an "@" of this strength (see `findEmails`). */
function accepts(labels: readonly Label[], k: number, strength: Strength): boolean {
  const first = labels[0]?.text.toLowerCase() ?? '';
  if (k === 0) return strength !== 'weak' && MAIL_PROVIDERS.has(first);
  const tld = labels[k]?.text ?? '';
  if (!looksLikeTld(tld) || !/^[a-z]{2,}$/i.test(tld)) return false;
  const seps = labels.slice(1, k + 1).map((l) => l.sep);
  const known = EMAIL_TLDS.has(tld.toLowerCase());
  if (seps.includes('space')) {
    // "wp pl": only the last dot may be a bare space, and only after an unmistakable "@".
    return strength !== 'weak' && known && seps.indexOf('space') === seps.length - 1;
  }
  if (seps.every((s) => s === 'plain')) {
    if (strength === 'symbol') return true;
    if (strength === 'weak') return known && MAIL_PROVIDERS.has(first);
    return known;
  }
  return known;
}

/**
 * Every e-mail address in `text`, plain or spelled out, as spans of the reply. A spelled-out "@"
 * that is also a common word ("at", "pie", "et") counts only with a written-out dot or a known mail
 * provider, and a bare space stands for the last dot only after an unmistakable "@" ("[at]", "małpa").
 */
export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  // A candidate's domain may run on into the words after it ("wp.pl albo ola"), so the scan goes on
  // from where the accepted address ends, not from where the candidate did.
  const scan = CANDIDATE;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const g = m.groups ?? {};
    const local = g.local ?? '';
    const at = g.at ?? '';
    const strength: Strength = /[@＠]/.test(at) && !/[([{<]/.test(at) ? 'symbol' : STRONG_AT.test(at) ? 'strong' : 'weak';
    const labels = parseLabels(g.domain ?? '', m.index + local.length + at.length);
    let end = -1;
    for (let k = labels.length - 1; k >= 0 && end < 0; k -= 1) {
      if (accepts(labels, k, strength)) end = labels[k]?.end ?? -1;
    }
    if (end >= 0) spans.push({ start: m.index, end });
    scan.lastIndex = end >= 0 ? end : m.index + local.length + at.length;
  }
  for (const m of text.matchAll(MISSING_AT)) {
    const local = m.groups?.local ?? '';
    const span = { start: m.index, end: m.index + m[0].length };
    const looksLikeUser = /[._\d]/u.test(local) || EMAIL_WORDS.test(before(text, m.index, 24).trimEnd() + ' ');
    if (looksLikeUser && !overlapsAny(span, spans)) spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

const PLAIN = 'An e-mail address: buyers may be contacted only through the platform (DOMAIN.md rule 2).';
const SPELLED = 'An e-mail address spelled out to get past filters: buyers may be contacted only through the platform (DOMAIN.md rule 2).';

/** The e-mail findings of a reply. */
export function emailFindings(text: string, spans: readonly Span[]): GuardFinding[] {
  return spans.map((s) => finding('email', s, /^[^\s@＠]+@[^\s@＠]+$/u.test(text.slice(s.start, s.end)) ? PLAIN : SPELLED));
}
