import type { RuleCheck } from './types';

/** The contact-data rules: e-mail addresses, phone numbers, links, IBANs and bank accounts, messengers. */
export const contactChecks: RuleCheck[] = [];
