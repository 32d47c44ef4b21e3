import type { GuardFinding, GuardRule } from '../../../../shared/reply-guard';
import type { ReplyGuardError } from '../../sync/outbox/reply-guard.gate';
import type { UiMessage } from '../../ui/i18n';
import type { Translate } from '../../ui/translate';
import { messages } from './guard.messages';

interface RuleWords {
  name: UiMessage;
  why: UiMessage;
  /** The communication rule of DOMAIN.md (and of the platform's rules: seeds 001, 003) it comes from. */
  ruleNumber: number;
  source: UiMessage;
}

const ruleWords: Record<GuardRule, RuleWords> = {
  email: { name: messages.ruleEmail, why: messages.whyEmail, ruleNumber: 2, source: messages.sourceContact },
  phone: { name: messages.rulePhone, why: messages.whyPhone, ruleNumber: 2, source: messages.sourceContact },
  url: { name: messages.ruleUrl, why: messages.whyUrl, ruleNumber: 2, source: messages.sourceContact },
  iban: { name: messages.ruleIban, why: messages.whyIban, ruleNumber: 2, source: messages.sourcePayment },
  messenger: { name: messages.ruleMessenger, why: messages.whyMessenger, ruleNumber: 2, source: messages.sourceContact },
  'off-platform': { name: messages.ruleOffPlatform, why: messages.whyOffPlatform, ruleNumber: 2, source: messages.sourceOffPlatform },
  marketing: { name: messages.ruleMarketing, why: messages.whyMarketing, ruleNumber: 2, source: messages.sourceMarketing },
  generic: { name: messages.ruleGeneric, why: messages.whyGeneric, ruleNumber: 3, source: messages.sourceIndividual },
  unanswered: { name: messages.ruleUnanswered, why: messages.whyUnanswered, ruleNumber: 3, source: messages.sourceComplete },
  language: { name: messages.ruleLanguage, why: messages.whyLanguage, ruleNumber: 4, source: messages.sourceLanguage },
};

/** A finding in the seller's words (UI language of `t`): the rule's name, why it matters, its source, its severity. */
export interface FindingWords {
  name: string;
  why: string;
  source: string;
  severity: string;
}

/**
 * Words a finding for the seller by its rule, in the UI language: the guard's `message` is English
 * and is used only for a rule this table does not know (a newer guard than the UI). `market` fills
 * the language rule's explanation.
 */
export function findingWords(finding: Pick<GuardFinding, 'rule' | 'severity' | 'message'>, t: Translate, market: string): FindingWords {
  const words = ruleWords[finding.rule] as RuleWords | undefined;
  const severity = t(finding.severity === 'block' ? messages.severityBlock : messages.severityWarn);
  if (!words) return { name: finding.rule, why: finding.message, source: '', severity };
  return {
    name: t(words.name),
    why: t(words.why, { market }),
    source: t(messages.source, { number: words.ruleNumber, what: t(words.source) }),
    severity,
  };
}

/** Why the outbox refused a reply (ReplyGuardError), in the UI language, naming the rules, for an inline error. */
export function guardRefusal(error: ReplyGuardError, t: Translate): string {
  return t(messages.refused, { rules: ruleNames(error.findings, t) });
}

/** The rules' names, in the UI language, once each, in the findings' order (for a one-line summary). */
export function ruleNames(findings: readonly Pick<GuardFinding, 'rule'>[], t: Translate): string {
  const rules = [...new Set(findings.map((f) => f.rule))];
  return rules.map((rule) => (ruleWords[rule] ? t(ruleWords[rule].name) : rule)).join(', ');
}
