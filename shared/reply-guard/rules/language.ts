// The reply's language (DOMAIN.md rule 4): it must be the language of the market where the sale happened.
// Decided by eld (a static n-gram database, no I/O) only when the detector is confident; short replies
// are not judged. eld reads only the first ~350 bytes of a text, so a long reply is sampled at its
// start, middle and end, and the verdict is the majority of the confident samples.
import { eld } from 'eld/extrasmall';
import { markets } from '../../working-time/markets';
import type { GuardContext, GuardFinding } from '../types';

const SOURCE = 'DOMAIN.md rule 4';

/** Replies with fewer letters or words than these are not judged: detection on them is a guess. */
export const MIN_JUDGED_LETTERS = 30;
export const MIN_JUDGED_WORDS = 5;
/** How far (0–1 score) the detected language must lead the market's own for the verdict to count. */
const MIN_LEAD = 0.08;
const SAMPLE_CHARS = 220;

// Languages a detector cannot tell apart reliably and a buyer reads as one: Croatian, Bosnian, Serbian
// (eld knows no Bosnian and only Cyrillic Serbian).
const groups: Record<string, readonly string[]> = { hr: ['hr', 'bs', 'sr'], bs: ['hr', 'bs', 'sr'], sr: ['hr', 'bs', 'sr'] };

const names: Record<string, string> = {
  pl: 'Polish',
  lv: 'Latvian',
  lt: 'Lithuanian',
  et: 'Estonian',
  pt: 'Portuguese',
  hr: 'Croatian',
  bs: 'Bosnian',
  sr: 'Serbian',
  cs: 'Czech',
  sk: 'Slovak',
  ro: 'Romanian',
  hu: 'Hungarian',
  de: 'German',
  en: 'English',
  es: 'Spanish',
  it: 'Italian',
  fr: 'French',
  sl: 'Slovene',
  ru: 'Russian',
  uk: 'Ukrainian',
  nl: 'Dutch',
};
const nameOf = (code: string): string => names[code] ?? code;

// Codes, numbers, placeholders, addresses and links say nothing about the language. Tested token by
// token (one linear pass of \S+), not by a pattern with a leading run that would backtrack.
const noiseToken = /\d|[{}<>[\]@]|^(?:https?:|www\.)/;
const withoutNoise = (text: string): string => text.replace(/\S+/g, (token) => (noiseToken.test(token) ? ' ' : token));
const letter = /\p{L}/gu;
const word = /\p{L}{2,}/gu;

/** The ISO 639-1 language of a market code, or undefined for an unknown market (then nothing is judged). */
function marketLanguage(market: string): string | undefined {
  const definition = Object.prototype.hasOwnProperty.call(markets, market.toUpperCase()) ? markets[market.toUpperCase()] : undefined;
  return definition?.language.split('-')[0]?.toLowerCase();
}

/** The language of one sample when eld is confident it is not the expected one, else undefined. */
function confidentOther(sample: string, expected: readonly string[]): string | undefined {
  const result = eld.detect(sample);
  if (!result.language || expected.includes(result.language) || !result.isReliable()) return undefined;
  const scores = result.getScores();
  const top = scores[result.language] ?? 0;
  const own = Math.max(0, ...expected.map((code) => scores[code] ?? 0));
  return top - own >= MIN_LEAD ? result.language : undefined;
}

function samples(clean: string): string[] {
  if (clean.length <= SAMPLE_CHARS * 2) return [clean];
  const at = (from: number) => {
    const start = Math.max(0, clean.lastIndexOf(' ', from) + 1);
    return clean.slice(start, start + SAMPLE_CHARS);
  };
  return [at(0), at(Math.floor((clean.length - SAMPLE_CHARS) / 2)), at(clean.length - SAMPLE_CHARS)];
}

/**
 * The language finding of a reply, whole-reply (start = end = 0): when the reply is long enough and the
 * detector is confident it is written in another language than the market's (Croatian, Bosnian and
 * Serbian count as one). Unknown markets and short replies give no finding.
 */
export function checkLanguage(text: string, _folded: string, context: GuardContext): GuardFinding[] {
  const own = marketLanguage(context.market);
  if (!own) return [];
  const clean = withoutNoise(text).replace(/\s+/g, ' ').trim();
  const head = clean.slice(0, 400); // enough to reach both minimums when the reply is long
  if ((head.match(letter)?.length ?? 0) < MIN_JUDGED_LETTERS || (head.match(word)?.length ?? 0) < MIN_JUDGED_WORDS) return [];
  const expected = groups[own] ?? [own];
  const parts = samples(clean);
  const verdicts = parts.map((s) => confidentOther(s, expected));
  const counts = new Map<string, number>();
  for (const v of verdicts) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [language, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (!language || count * 2 <= parts.length) return [];
  const market = context.market.toUpperCase();
  return [
    {
      rule: 'language',
      severity: 'warn',
      start: 0,
      end: 0,
      message: `The reply seems to be in ${nameOf(language)}, not in ${nameOf(own)}, the language of the ${market} market (${SOURCE}).`,
    },
  ];
}
