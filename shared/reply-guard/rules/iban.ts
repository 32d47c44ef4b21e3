// The bank-account rule: IBANs (checked with ibantools, spaced or not) and domestic account numbers
// (the Polish NRB is an IBAN without "PL", so its check digits prove it; other markets' numbers count
// next to a bank word). A request to pay by transfer with no number in it is the wording rule's
// `off-platform` finding, not this one, so the two rules never report the same thing twice.
import { countrySpecs, electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { GuardFinding } from '../types';
import { nearestKind } from './context';
import { WORD, finding, type Span } from './text';

// A country code, two check digits, then 10–30 letters or digits in groups of any size.
const IBAN_SHAPE = new RegExp(`(?<![${WORD}])[A-Z]{2} ?\\d{2}(?:[ \\-]?[A-Z0-9]){10,30}(?![${WORD}])`, 'gu');
// A long run of digits in groups (an account number with no country code): 16–34 digits.
const DIGIT_RUN = new RegExp(`(?<![${WORD},.\\-/])\\d{2,}(?:[ \\-]?\\d){14,32}(?![${WORD}]|[.,]\\d)`, 'gu');
// A shorter run next to a bank word (HR "2484008-1103456789", PT "0033 0000 4553 1234 5678 5"): 10+ digits.
const SHORT_RUN = new RegExp(`(?<![${WORD},.\\-/])\\d{2,}(?:[ \\-]?\\d){8,32}(?![${WORD}]|[.,]\\d)`, 'gu');

/** The electronic form of `raw` cut to the first `length` letters and digits, with where that ends in `raw`. */
function cut(raw: string, length: number): { value: string; end: number } | null {
  let count = 0;
  for (let i = 0; i < raw.length; i += 1) {
    if (/[A-Z0-9]/u.test(raw[i] ?? '')) count += 1;
    if (count === length) return { value: electronicFormatIBAN(raw.slice(0, i + 1)) ?? '', end: i + 1 };
  }
  return null;
}

/** IBANs with their country code: valid ones anywhere, and the right length for the country after a bank word (a typo). */
function ibans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(IBAN_SHAPE)) {
    const spec = countrySpecs[m[0].slice(0, 2)];
    if (!spec?.chars) continue;
    const c = cut(m[0], spec.chars);
    if (!c) continue;
    const near = nearestKind(text, { start: m.index, end: m.index + m[0].length }, ['bank', 'phone']) === 'bank';
    if (isValidIBAN(c.value) || near) spans.push({ start: m.index, end: m.index + c.end });
  }
  return spans;
}

/** Account numbers without a country code: a valid Polish NRB anywhere, any long digit run after a bank word. */
function domestic(text: string, taken: readonly Span[]): Span[] {
  const spans: Span[] = [];
  const free = (start: number) =>
    !taken.some((s) => s.start <= start && start < s.end) && !spans.some((s) => s.start <= start && start < s.end);
  for (const m of text.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/\D/gu, '');
    if (digits.length === 26 && isValidIBAN(`PL${digits}`) && free(m.index)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SHORT_RUN)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (free(m.index) && nearestKind(text, span, ['bank', 'phone']) === 'bank') spans.push(span);
  }
  return spans;
}

/** Every IBAN or bank account number in `text`, as spans of the reply. */
export function findAccounts(text: string): Span[] {
  const withCountry = ibans(text);
  return [...withCountry, ...domestic(text, withCountry)];
}

const MESSAGE = 'A bank account number: payment goes only through the platform, never by transfer to the seller (DOMAIN.md rule 2).';

/** The bank-account findings of a reply. */
export function ibanFindings(spans: readonly Span[]): GuardFinding[] {
  return spans.map((s) => finding('iban', s, MESSAGE));
}
