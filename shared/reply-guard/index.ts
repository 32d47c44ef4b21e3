import { contactChecks } from './contact';
import { offPlatformFromContact } from './rules/contact-offer';
import { ruleSeverity, type GuardContext, type GuardFinding, type RuleCheck } from './types';
import { wordingChecks } from './wording';

export type { GuardRule, GuardSeverity, GuardFinding, GuardContext, RuleCheck } from './types';
export { ruleSeverity } from './types';

// The rule modules. Contact data (email, phone, url, iban, messenger) and the wording rules
// (off-platform, marketing, language, generic, unanswered) live in their own files.
const checks: RuleCheck[] = [...contactChecks, ...wordingChecks];

/**
 * Checks a reply before it leaves against the platform's rules (DOMAIN.md, communication rules 2–4):
 * contact data, links, IBANs, messengers and off-platform proposals block; marketing, the wrong
 * language, generic answers and unanswered questions warn. `context.market` is one of the working-time
 * engine's market codes (its language is the language replies must be in). Pure: no clock, no DOM, no
 * Node; never throws for any text. Findings are ordered by position (whole-reply findings last), and a
 * stretch of text flagged by two rules is reported by each.
 */
export function checkReply(
  text: string,
  context: { market: string; buyerMessage?: string; previousReplies?: string[] },
): Array<{
  rule: 'email' | 'phone' | 'url' | 'iban' | 'messenger' | 'off-platform' | 'marketing' | 'language' | 'generic' | 'unanswered';
  severity: 'block' | 'warn';
  start: number;
  end: number;
  message: string;
}> {
  const ctx: GuardContext = context;
  const findings: GuardFinding[] = [];
  for (const check of checks) {
    for (const finding of check(text, ctx)) findings.push({ ...finding, severity: ruleSeverity[finding.rule] });
  }
  // Contact data offered as a channel, or an account number, is also an off-platform proposal (one per span).
  const offPlatform = findings.filter((f) => f.rule === 'off-platform');
  for (const derived of offPlatformFromContact(text, findings)) {
    if (!offPlatform.some((f) => f.start < derived.end && derived.start < f.end)) findings.push(derived);
  }
  const whole = (f: GuardFinding) => f.start === 0 && f.end === 0;
  return findings.sort((a, b) => Number(whole(a)) - Number(whole(b)) || a.start - b.start || a.end - b.end);
}
