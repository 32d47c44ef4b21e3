import type { GuardContext, GuardFinding } from '../../../../shared/reply-guard';

/** The reply guard's rules that mean contact data in a buyer's message (what the thread view marks). */
export const buyerContactRules = ['email', 'phone', 'url', 'messenger'] as const;
export type BuyerContactRule = (typeof buyerContactRules)[number];

/** The reply guard, or a test's fake with its contract. */
export type ContactChecker = (text: string, context: GuardContext) => GuardFinding[];

/** A buyer's message with the contact data found in it: the stretches to mark, and which kinds there are, once each. */
export interface BuyerContact {
  findings: GuardFinding[];
  rules: BuyerContactRule[];
}

const isContactRule = (rule: string): rule is BuyerContactRule => (buyerContactRules as readonly string[]).includes(rule);

/**
 * Runs the reply guard on a buyer's message in the thread's market and keeps the contact findings
 * (e-mail, phone, link, messenger) that point at a stretch of it: the seller is reminded to answer on
 * the platform, not through what the buyer shared. Other findings (wording, language) say nothing
 * about a buyer's text and are dropped.
 */
export function buyerContact(body: string, market: string, checker: ContactChecker): BuyerContact {
  const findings = checker(body, { market }).filter((f) => isContactRule(f.rule) && f.end > f.start);
  const rules = buyerContactRules.filter((rule) => findings.some((f) => f.rule === rule));
  return { findings, rules };
}
