// Domain vocabulary shared by the e-mail and link rules: how people write "@" and "." out in the
// markets' languages to get past a filter, and which top-level domains an address spelled that way
// may end with; and the parser both rules use to read a domain written either way.
import { WORD, alternation } from './text';

/**
 * Words for "@" that only ever mean "@" in a reply (the sign's nickname, not a common word):
 * PL małpa, PT arroba, HR/BS majmun(če), CS/SK zavináč, HU kukac, DE Klammeraffe, RO a rond, EN monkey.
 */
export const STRONG_AT_WORDS = [
  'małpa',
  'malpa',
  'małpka',
  'malpka',
  'arroba',
  String.raw`majmun\p{L}{0,4}`,
  'zavináč',
  'zavinac',
  'kukac',
  'klammeraffe',
  'a rond',
  'arond',
  'monkey',
  'affe',
];

/**
 * Words for "@" that are also ordinary words (EN "at", LV "pie" = "by/at", the "et"/"eta"/"ät" that
 * HR, LV, LT and EE say for the sign): they count only with a written-out dot or a known mail provider.
 */
export const WEAK_AT_WORDS = ['at', 'et', 'eta', 'ät', 'pie'];

/**
 * Words for "." in addresses: EN dot, PL kropka, LV punkts, PT ponto, HR/BS točka, CS tečka, SK bodka,
 * HU pont, LT taškas, RO punct, DE/EE Punkt.
 */
export const DOT_WORDS = [
  'dot',
  'kropka',
  'kropką',
  'punkts',
  'punkt',
  'ponto',
  'točka',
  'tocka',
  'tečka',
  'tecka',
  'bodka',
  'pont',
  'taškas',
  'taskas',
  'punct',
];

/**
 * Top-level domains an obfuscated address or link may end with: the markets' own, the EU's and the
 * common generic ones. Deliberately without those that are ordinary short words in a market language
 * ("de" in PT/RO, "do", "na", "no", "si", "da", "to", "me"…), which would turn "ponto de entrega"
 * into a link; a plain "sklep.de" is still caught by linkify.
 */
export const OBFUSCATED_TLDS = new Set([
  'com',
  'net',
  'org',
  'info',
  'biz',
  'eu',
  'shop',
  'store',
  'online',
  'pl',
  'lv',
  'lt',
  'ee',
  'pt',
  'hr',
  'ba',
  'cz',
  'sk',
  'ro',
  'hu',
  'rs',
  'uk',
  'br',
]);

/** Mail providers common in the markets: "jan at gmail.com" or "ana [at] sapo" is an address. */
export const MAIL_PROVIDERS = new Set([
  'gmail',
  'googlemail',
  'outlook',
  'hotmail',
  'live',
  'yahoo',
  'icloud',
  'proton',
  'protonmail',
  'gmx',
  'wp',
  'onet',
  'interia',
  'o2',
  'op',
  'tlen',
  'poczta',
  'inbox',
  'apollo',
  'sapo',
  'iol',
  'clix',
  'net',
  't-com',
  'htnet',
  'seznam',
  'centrum',
  'azet',
  'freemail',
  'citromail',
  'yandex',
  'web',
]);

/** Whether a top-level domain is written the way a domain is (all lower or all upper case, not "Do"). */
export function looksLikeTld(tld: string): boolean {
  return tld === tld.toLowerCase() || tld === tld.toUpperCase();
}

const DOTS = alternation(DOT_WORDS);
const OPEN = String.raw`[(\[{<]`;
const CLOSE = String.raw`[)\]}>]`;

/** Regex source of one domain label (ASCII, as registrars allow), not followed by more of a word. */
export const LABEL = String.raw`[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?(?![${WORD}\-])`;

/** Regex source of a dot between two labels: ".", " . ", "(dot)", " kropka " (bounded). */
export const DOTTED_SEP = [
  String.raw`\s{0,2}\.\s{0,2}`,
  String.raw`\s{0,2}${OPEN}\s{0,2}(?:\.|${DOTS})\s{0,2}${CLOSE}\s{0,2}`,
  String.raw`\s{1,3}${DOTS}\s{1,3}`,
].join('|');

/** Regex source of what may join two labels: a dot as in `DOTTED_SEP`, or a bare space. */
export const LABEL_SEP = `${DOTTED_SEP}|\\s{1,2}`;

/** Regex source of a domain: up to six labels joined as `LABEL_SEP` allows. */
export const DOMAIN = `${LABEL}(?:(?:${LABEL_SEP})${LABEL}){0,5}`;

export { OPEN, CLOSE };

/** How two labels are joined: ".", "." with spaces, a written-out dot ("dot", "(kropka)"), or only a space. */
export type Sep = 'plain' | 'spaced' | 'word' | 'space';

/** One label of a domain, where it ends in the reply, and what joins it to the label before. */
export interface Label {
  text: string;
  end: number;
  sep: Sep;
}

const DOMAIN_TOKEN = new RegExp(
  `(?<label>${LABEL})|(?<word>[${WORD}\\-]+)|(?<bracket>${OPEN}[^)\\]}>]{1,14}${CLOSE})|(?<dot>\\.)|(?<space>\\s+)`,
  'giu',
);
const DOT_WORD_SET = new Set(DOT_WORDS);

/**
 * The labels of a domain matched with `DOMAIN` (which starts at `offset` in the reply), with what
 * joins each to the one before; a written-out dot is a separator, not a label.
 */
export function parseLabels(domain: string, offset: number): Label[] {
  const labels: Label[] = [];
  let sep: Sep | null = null;
  let spaced = false;
  for (const t of domain.matchAll(DOMAIN_TOKEN)) {
    const g = t.groups ?? {};
    if (g.space) spaced = true;
    else if (g.dot) sep = spaced ? 'spaced' : 'plain';
    else if (g.bracket) sep = 'word';
    else if (g.word) {
      // A written-out dot with diacritics ("točka", "kropką"); any other word ends the domain.
      if (labels.length === 0 || !DOT_WORD_SET.has(g.word.toLowerCase())) break;
      sep = 'word';
      spaced = false;
    } else if (g.label) {
      const text = g.label;
      if (labels.length > 0 && sep === null && spaced && DOT_WORD_SET.has(text.toLowerCase())) sep = 'word';
      else {
        const joined: Sep = sep === 'plain' && spaced ? 'spaced' : (sep ?? (spaced ? 'space' : 'plain'));
        labels.push({ text, end: offset + t.index + text.length, sep: joined });
        sep = null;
      }
      spaced = false;
    }
  }
  return labels;
}
