// The phone rule: numbers libphonenumber-js finds and holds valid for the market's region (or in
// international form for any region), minus the digit strings a seller writes every day (order and
// tracking numbers, prices, dates, quantities, postal codes, model numbers), plus a digit string
// that is not a valid number but stands right after "tel.", "zadzwoń", "ligue", "nazovite"… (a
// seller who writes "tel. 123 456 789" is giving a number, whether or not it exists).
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { GuardFinding } from '../types';
import { nearestKind } from './context';
import { WORD, after, before, finding, overlapsAny, type Span } from './text';

/** A price, quantity or measure right after the digits: "1 499,00 zł", "500 ml", "2 x". */
const UNIT_AFTER =
  /^\s?(?:zł|zl|pln|gr|eur|euro|€|kn|hrk|lei|ron|kč|czk|ft|huf|bam|km|usd|\$|ml|l|g|kg|szt|pcs|gab|un|kom|mm|cm|m|mah|w|v|gb|tb|mb|x|%)(?![\p{L}])/iu;
/** A currency right before the digits: "€ 49.90", "PLN 1499". */
const CURRENCY_BEFORE = /(?:€|\$|eur|pln|zł|kn|lei|czk|huf)\s?$/iu;
/** A date written with one separator: "28.11.2026", "2026-11-28", HR "28. 11. 2026". */
const DATE = /^\d{1,4}([./-])\s?\d{1,2}\1\s?\d{1,4}$/u;
/**
 * A run of digits that may be a phone number: optional "+", then 6–17 digits with spaces, dashes,
 * dots, slashes or brackets between them (bounded, so linear). Longer runs (tracking numbers) and
 * runs glued to letters are never phone numbers.
 */
const PHONE_LIKE = new RegExp(`(?<![${WORD}+])(?:\\+\\s?)?\\(?\\d(?:[ \\-./()]{0,3}\\d){5,16}(?![${WORD}])`, 'gu');

const alnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

const joiner = (c: string | undefined) => c === '-' || c === '/' || c === ' ' || c === '.';

/**
 * Whether the digits at `span` are glued to letters or digits ("PL0240384-A", "SM-A556B"), or are
 * one piece of a longer run of digit groups (a spaced parcel number "6201 2345 6789 0123 4567 8901",
 * inside which a Latvian 8-digit mobile number would otherwise hide).
 */
function glued(text: string, span: Span): boolean {
  const prev = text[span.start - 1];
  const next = text[span.end];
  if (alnum(prev) || alnum(next)) return true;
  if (joiner(prev) && /\d/u.test(text[span.start - 2] ?? '') && prev !== '.') return true;
  if (joiner(next) && /\d/u.test(text[span.end + 1] ?? '') && next !== '.') return true;
  return (prev === '-' || prev === '/') && alnum(text[span.start - 2]);
}

/** Whether the digits at `span` are a price, quantity, date or measure rather than a number to call. */
function notANumber(text: string, span: Span): boolean {
  const raw = text.slice(span.start, span.end);
  return DATE.test(raw) || UNIT_AFTER.test(after(text, span.end, 8)) || CURRENCY_BEFORE.test(before(text, span.start, 5));
}

const digitsIn = (s: string) => s.replace(/\D/gu, '').length;

/**
 * Markets where a national number is written with its trunk prefix ("091 234 5678", "0721 234 567",
 * "06 30 123 4567"): there, digits without it are not a number people dial (an 8-digit order number
 * "12345678" would otherwise be a Zagreb landline).
 */
const TRUNK_PREFIXES: Record<string, readonly string[]> = { HR: ['0'], BA: ['0'], RO: ['0'], DE: ['0'], HU: ['06'], LT: ['8', '0'] };

/** Four single digits in a row ("6 0 0 1…"): spelled apart to dodge a filter, or not a number at all. */
const SPREAD_DIGITS = /(?:\d[ \-./]){4}/u;

/**
 * Every phone number in `text` for the market `market` (an ISO country code), as spans of the reply,
 * leaving out text other rules already explain (`taken`: e-mail addresses, links, bank accounts).
 * A cheap regex picks the digit runs; the words before a run decide first (after "tel." it is a
 * number whether or not it exists, after "zamówienie" it is not), and libphonenumber-js judges
 * only the runs the words leave open, so the reply's prose is never handed to it.
 */
export function findPhones(text: string, market: string, taken: readonly Span[]): Span[] {
  const spans: Span[] = [];
  const region = market.toUpperCase();
  const defaultCountry = isSupportedCountry(region) ? (region as CountryCode) : undefined;
  for (const c of text.matchAll(PHONE_LIKE)) {
    const raw = c[0];
    const span = { start: c.index, end: c.index + raw.length };
    const digits = digitsIn(raw);
    if (digits < 7 || overlapsAny(span, taken) || DATE.test(raw) || glued(text, span) || notANumber(text, span)) continue;
    const kind = nearestKind(text, span, ['phone']);
    const international = /^(?:\+|00)/u.test(raw);
    if (kind === 'phone' && digits <= 15) spans.push(span);
    else if (kind === 'reference' && !international) continue;
    // More than 15 digits is no single number (E.164): a spaced parcel number, not two phones.
    else if (!international && !(TRUNK_PREFIXES[region] ?? ['']).some((p) => raw.replace(/\D/gu, '').startsWith(p))) continue;
    else if (digits <= 15 && !SPREAD_DIGITS.test(raw) && parsePhoneNumberFromString(raw, defaultCountry)?.isValid()) spans.push(span);
  }
  return spans;
}

const MESSAGE = 'A phone number: buyers may be contacted only through the platform (DOMAIN.md rule 2).';

/** The phone findings of a reply. */
export function phoneFindings(spans: readonly Span[]): GuardFinding[] {
  return spans.map((s) => finding('phone', s, MESSAGE));
}
