import { checkGeneric, placeholderPattern } from './rules/generic';
import { checkLanguage } from './rules/language';
import { checkMarketing, marketingPatterns } from './rules/marketing';
import { checkOffPlatform, offPlatformPatterns } from './rules/off-platform';
import { checkUnanswered } from './rules/unanswered';
import type { GuardContext, GuardFinding, RuleCheck } from './types';
import { foldWording } from './wording-text';

// The reply is folded once (lower case, no diacritics, same offsets) and every wording rule reads it.
function checkWording(text: string, context: GuardContext): GuardFinding[] {
  const folded = foldWording(text);
  return [
    ...checkOffPlatform(text, folded, context),
    ...checkMarketing(text, folded, context),
    ...checkLanguage(text, folded, context),
    ...checkGeneric(text, folded, context),
    ...checkUnanswered(text, folded, context),
  ];
}

/** The wording rules: off-platform proposals, marketing, the reply's language, generic replies, unanswered questions. */
export const wordingChecks: RuleCheck[] = [checkWording];

/**
 * The raw regular expressions of the span rules (off-platform, marketing, placeholders), each with the
 * `g` flag: the benchmark runs them alone over the text as the baseline `checkReply` is measured against.
 */
export const wordingPatterns: readonly RegExp[] = [
  ...offPlatformPatterns.map((p) => p.re),
  ...marketingPatterns.map((p) => p.re),
  placeholderPattern,
];
