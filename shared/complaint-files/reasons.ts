// Which reasons a complaint about a bought contact may give (seed 000; DOMAIN.md "Complaint files with
// per-record reasons"), and how the console reads the reason a seller wrote: a template code, the
// console's own label in any of its five UI languages, or free text in Polish or English.
import { reasonPatterns } from './reason-patterns';
import { normaliseReason } from './reason-text';

/** The reasons the platform accepts: each makes a record refundable or replaceable. */
export const acceptedCategories = [
  'non-existent-number',
  'wrong-person',
  'wrong-address',
  'business-closed',
  'no-consent',
  'requirements-not-met',
] as const;
/** The reasons the platform names and refuses. */
export const notAcceptedCategories = ['voicemail', 'not-answering', 'not-interested'] as const;

export type AcceptedCategory = (typeof acceptedCategories)[number];
export type NotAcceptedCategory = (typeof notAcceptedCategories)[number];
export type ReasonCategory = AcceptedCategory | NotAcceptedCategory;

/** What a reason amounts to: accepted or not (with the case it names), missing, or unclear. */
export interface ReasonVerdict {
  verdict: 'accepted' | 'not-accepted' | 'missing' | 'unclear';
  category?: ReasonCategory;
}

/**
 * The template's reason codes, one per category (the console writes these when it exports a file;
 * it reads them, and the category names themselves, in any case and with `_`, `-` or spaces).
 */
export const reasonCodes: Readonly<Record<ReasonCategory, string>> = {
  'non-existent-number': 'NON_EXISTENT_NUMBER',
  'wrong-person': 'WRONG_PERSON',
  'wrong-address': 'WRONG_ADDRESS',
  'business-closed': 'BUSINESS_CLOSED',
  'no-consent': 'NO_CONSENT',
  'requirements-not-met': 'REQUIREMENTS_NOT_MET',
  voicemail: 'VOICEMAIL',
  'not-answering': 'NOT_ANSWERING',
  'not-interested': 'NOT_INTERESTED',
};

const categories = [...acceptedCategories, ...notAcceptedCategories] as const;
const acceptedSet: ReadonlySet<ReasonCategory> = new Set(acceptedCategories);
const byCode = new Map<string, ReasonCategory>(
  categories.flatMap((c) => [
    [normaliseReason(reasonCodes[c]), c],
    [normaliseReason(c), c],
  ]),
);

function verdictOf(category: ReasonCategory): ReasonVerdict {
  return { verdict: acceptedSet.has(category) ? 'accepted' : 'not-accepted', category };
}

/**
 * Reads the reason a seller gave for one record. `missing`: empty or only whitespace (the platform
 * ignores such a record). A template code or a category name is taken as it is. Otherwise the text
 * is matched against each case's wording (English and Polish free text, the console's labels in its
 * five languages), diacritics, case and punctuation aside: the case named first decides. A text that
 * names both an accepted and a refused case ("poczta głosowa, numer nie istnieje") is `unclear`, as
 * is one that names no known case: the seller rewrites it; neither is ever accepted silently.
 */
export function classifyReason(text: string): ReasonVerdict {
  if (text.trim() === '') return { verdict: 'missing' };
  const normalised = normaliseReason(text);
  const coded = byCode.get(normalised);
  if (coded) return verdictOf(coded);
  const found: { category: ReasonCategory; at: number }[] = [];
  for (const category of categories) {
    let at = Infinity;
    for (const pattern of reasonPatterns[category]) {
      const match = pattern.exec(normalised);
      if (match && match.index < at) at = match.index;
    }
    if (at !== Infinity) found.push({ category, at });
  }
  if (found.length === 0) return { verdict: 'unclear' };
  const kinds = new Set(found.map((f) => acceptedSet.has(f.category)));
  if (kinds.size > 1) return { verdict: 'unclear' };
  found.sort((a, b) => a.at - b.at);
  return verdictOf((found[0] as { category: ReasonCategory }).category);
}
