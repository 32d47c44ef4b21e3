import type { RuleCheck } from './types';

/** The wording rules: off-platform proposals, marketing, the reply's language, generic replies, unanswered questions. */
export const wordingChecks: RuleCheck[] = [];
