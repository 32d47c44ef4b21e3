// The link rule: links and bare domains as linkify-it finds them (fuzzy links on), and domains
// spelled out to get past a filter ("www kropka sklep kropka pl", "sklep dot pl", "sklep . pl",
// "www sklep pl"). The marketplace's own domain is no exception: a reply cannot prove a link is
// really the platform's (a look-alike domain is the classic phishing trick), and the helpdesk has no
// need for one; the buyer already sees the order and the offer in the platform.
import { LinkifyIt } from 'linkify-it';
import type { GuardFinding } from '../types';
import { DOTTED_SEP, DOT_WORDS, LABEL, LABEL_SEP, OBFUSCATED_TLDS, looksLikeTld, parseLabels, type Label } from './domains';
import { WORD, alternation, finding, overlapsAny, type Span } from './text';

// Generic TLDs beyond linkify's defaults (which already take every two-letter country code) that
// shops and link shorteners use.
const EXTRA_TLDS = ['store', 'online', 'site', 'app', 'dev', 'page', 'link', 'click', 'top', 'xyz', 'club', 'tech', 'website', 'space'];

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false }).tlds(EXTRA_TLDS, true);

/**
 * Abbreviations that end with a dot and, typed without the space after it, look like a domain to
 * linkify ("np.pl" is "np. pl…", "ul.ok"): a two-label host made of one of these is not a link.
 */
const ABBREVIATIONS = new Set([
  'np',
  'tj',
  'tzn',
  'ul',
  'nr',
  'al',
  'os',
  'pl',
  'godz',
  'itd',
  'itp',
  'ok',
  'wg',
  'ew',
  'str',
  'tel',
  'pkt',
  'br',
  'sv',
  'gl',
  'tr',
  'ex',
  'eg',
  'ie',
  'st',
  'no',
]);

// A spelled-out domain: labels joined by written-out or spaced dots; after "www" a bare space counts
// as a dot too ("www sklep pl"). Sentence words joined by spaces never chain into one candidate.
const CANDIDATE = new RegExp(
  `(?<![${WORD}@.\\-])(?<domain>www(?:${LABEL_SEP})${LABEL}(?:(?:${LABEL_SEP})${LABEL}){0,4}|${LABEL}(?:(?:${DOTTED_SEP})${LABEL}){1,5})`,
  'giu',
);

// Cheap tests that let most replies skip the costly scans: linkify's fuzzy search costs far more
// than the rest of the guard, and every link it can find has a scheme, "www" or "x.tld" in it; every
// spelled-out domain has a written-out, bracketed or spaced dot, or "www".
const MAY_LINK = /:\/\/|www|[\p{L}\p{N}]\.\p{L}{2}/iu;
/** A run of text without spaces: no link has a space in it, so linkify reads only the runs that may be one. */
const CHUNK = /\S+/gu;
const MAY_SPELL = new RegExp(`www|\\s\\.\\s|[(\\[{<]\\s{0,2}\\.|(?<![${WORD}])${alternation(DOT_WORDS)}(?![${WORD}])`, 'iu');

/**
 * TLDs that are also words of a market language ("com" is PT "with", "eu" PT "I"): spelled out
 * ("neste ponto com o cliente"), they count only where the sentence does not go on after them.
 */
const WORDISH_TLDS = new Set(['com', 'eu']);

/**
 * Two-letter country domains that are also short words in a market language (PL "to", "na", "do",
 * "po"; HR "je", "se", "da"; LV "ir", "un", "uz"; PT "os", "as", "em"…): a fuzzy "dziekuje.do" or
 * "ok.to" is a missing space, not a link. Real shop domains under them are rare in these markets,
 * and "www." or a scheme still makes them links.
 */
const WORDY_TLDS = new Set(
  'do na no za je se to mi ja ne ni od po pa ka ar un ir uz es em as os um is in on am li da te ti ta al el la le lo il si su sa so ou et bo ma mu'.split(
    ' ',
  ),
);

/** Whether a link linkify found is a link and not a typo'd sentence or abbreviation. */
function isLink(raw: string, schema: string): boolean {
  if (schema !== '') return schema !== 'mailto:';
  const host = raw.split(/[/?#:]/u)[0] ?? raw;
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (!looksLikeTld(tld)) return false;
  if (WORDY_TLDS.has(tld.toLowerCase()) && labels[0]?.toLowerCase() !== 'www') return false;
  const bare = labels.length === 2 && host.length === raw.length;
  return !(bare && ABBREVIATIONS.has((labels[0] ?? '').toLowerCase()));
}

/** Domains spelled out with written-out or spaced dots, as spans of the reply. */
function spelledOut(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const labels = parseLabels(m.groups?.domain ?? '', m.index);
    // The match may start with words of the sentence ("albo sklep dot pl"): try each label as the start.
    for (let i = 0; i < labels.length - 1;) {
      const k = domainEnd(text, labels, i);
      const first = labels[i];
      const last = labels[k];
      if (k > i && first && last) {
        spans.push({ start: first.end - first.text.length, end: last.end });
        i = k + 1;
      } else i += 1;
    }
  }
  return spans;
}

/** The last label of a spelled-out domain that starts at `labels[i]`; `i` itself when there is none. */
function domainEnd(text: string, labels: readonly Label[], i: number): number {
  const www = labels[i]?.text.toLowerCase() === 'www';
  for (let k = labels.length - 1; k > i; k -= 1) {
    const tld = labels[k]?.text ?? '';
    if (!OBFUSCATED_TLDS.has(tld.toLowerCase()) || !looksLikeTld(tld)) continue;
    const seps = labels.slice(i + 1, k + 1).map((l) => l.sep);
    if (seps.every((s) => s === 'plain')) return i; // a plain domain: linkify's job
    if (seps.includes('space') && !www) continue;
    const end = labels[k]?.end ?? 0;
    if (!www && WORDISH_TLDS.has(tld.toLowerCase()) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    return k;
  }
  return i;
}

/**
 * Every link or domain in `text` that is not part of an e-mail address already found (`emails`),
 * as spans of the reply.
 */
export function findLinks(text: string, emails: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    if (!MAY_LINK.test(chunk[0]) || !linkify.test(chunk[0])) continue;
    for (const m of linkify.match(chunk[0]) ?? []) {
      const span = { start: chunk.index + m.index, end: chunk.index + m.lastIndex };
      if (isLink(m.raw, m.schema) && !overlapsAny(span, emails)) spans.push(span);
    }
  }
  const spelled = MAY_SPELL.test(text) ? spelledOut(text) : [];
  for (const span of spelled) if (!overlapsAny(span, emails) && !overlapsAny(span, spans)) spans.push(span);
  return spans;
}

const MESSAGE = 'A link or web address: links take the buyer off the platform (DOMAIN.md rule 2).';

/** The link findings of a reply. */
export function urlFindings(spans: readonly Span[]): GuardFinding[] {
  return spans.map((s) => finding('url', s, MESSAGE));
}
