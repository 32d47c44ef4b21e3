/** The rules a reply is checked against (DOMAIN.md, communication rules 2–4). */
export type GuardRule =
  'email' | 'phone' | 'url' | 'iban' | 'messenger' | 'off-platform' | 'marketing' | 'language' | 'generic' | 'unanswered';

export type GuardSeverity = 'block' | 'warn';

/** One thing a reply must not do, where it does it, and why (English; the UI shows its own text by rule). */
export interface GuardFinding {
  rule: GuardRule;
  severity: GuardSeverity;
  /** Offsets in the checked text (UTF-16 code units, `end` exclusive); both 0 for a finding about the whole reply. */
  start: number;
  end: number;
  message: string;
}

/** What a reply is checked in: the market (a working-time market code), the buyer's last message, earlier replies. */
export interface GuardContext {
  market: string;
  buyerMessage?: string;
  previousReplies?: string[];
}

/**
 * One rule module: given the text and the context, its findings. Pure (no clock, no I/O). Each module
 * owns one or more rules; `checkReply` runs them all, fixes severities and orders the findings.
 */
export type RuleCheck = (text: string, context: GuardContext) => GuardFinding[];

/** The severity of each rule: contact data, links, IBANs, messengers and off-platform proposals block; the rest warn. */
export const ruleSeverity: Record<GuardRule, GuardSeverity> = {
  email: 'block',
  phone: 'block',
  url: 'block',
  iban: 'block',
  messenger: 'block',
  'off-platform': 'block',
  marketing: 'warn',
  language: 'warn',
  generic: 'warn',
  unanswered: 'warn',
};
