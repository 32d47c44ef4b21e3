import type { GuardContext, GuardFinding } from '../../../../shared/reply-guard';
import type { ReplyGuardOverride } from '../../data/records';

/**
 * The reply guard as the console calls it: shared/reply-guard's checkReply, or, in tests, a fake
 * with the same contract (the port tests swap instead of the rules themselves).
 */
export type ReplyChecker = (text: string, context: GuardContext) => GuardFinding[];

/**
 * The real reply guard, loaded on demand: its language models and phone metadata are most of the
 * renderer's script, and the outbox (on the first screen) needs them only when a reply is queued. The
 * views that check as the seller types import platformReplyChecker (reply-guard.checker.ts) directly.
 * Rejects only when the chunk cannot be loaded.
 */
export async function loadPlatformReplyChecker(): Promise<ReplyChecker> {
  return (await import('./reply-guard.checker')).platformReplyChecker;
}

/** True for a finding about the whole reply rather than a stretch of it (both offsets 0). */
export function isWholeReply(finding: Pick<GuardFinding, 'start' | 'end'>): boolean {
  return finding.start === 0 && finding.end === 0;
}

/**
 * The findings that still stand against a reply once the seller's override is counted: every
 * blocking finding (contact data, links, IBANs, messengers, off-platform deals are never
 * overridden), and every warning the override does not cover. A warning is covered when its rule is
 * in `override.rules` and the seller gave a reason; an unanswered-question warning also when the
 * seller ticked that very question off (matched by the guard's wording of it). An empty answer: the
 * reply may be queued.
 */
export function standingFindings(findings: readonly GuardFinding[], override: ReplyGuardOverride | undefined): GuardFinding[] {
  const reasoned = (override?.reason.trim() ?? '') !== '';
  return findings.filter((finding) => {
    if (finding.severity === 'block' || !override) return true;
    if (override.rules.includes(finding.rule) && reasoned) return false;
    if (finding.rule === 'unanswered' && override.questions.some((q) => q.question === finding.message)) return false;
    return true;
  });
}

/**
 * Why the outbox refused to queue a reply: the guard's findings that stand (see standingFindings),
 * blocking ones or warnings without a recorded override. The composer shows them; nothing is stored.
 */
export class ReplyGuardError extends Error {
  readonly findings: GuardFinding[];
  constructor(findings: GuardFinding[]) {
    super(`The reply breaks the platform's rules: ${[...new Set(findings.map((f) => f.rule))].join(', ')}.`);
    this.name = 'ReplyGuardError';
    this.findings = findings;
  }

  /** True when a blocking finding stands (the reply must be changed, no reason makes it go). */
  get blocked(): boolean {
    return this.findings.some((f) => f.severity === 'block');
  }
}

/** Narrows an unknown error to ReplyGuardError (errors cross async boundaries untyped). */
export function isReplyGuardError(error: unknown): error is ReplyGuardError {
  return error instanceof ReplyGuardError;
}

/**
 * The override as it is kept with the item: only the rules and questions of findings that were
 * actually raised, so the audit never shows an override of a warning the reply did not get.
 */
export function keptOverride(findings: readonly GuardFinding[], override: ReplyGuardOverride | undefined): ReplyGuardOverride | undefined {
  if (!override) return undefined;
  const raised = new Set(findings.filter((f) => f.severity === 'warn').map((f) => f.rule));
  const asked = new Set(findings.filter((f) => f.rule === 'unanswered').map((f) => f.message));
  const kept: ReplyGuardOverride = {
    rules: override.rules.filter((rule) => raised.has(rule)),
    reason: override.reason.trim(),
    questions: override.questions.filter((q) => asked.has(q.question)),
  };
  return kept.rules.length > 0 || kept.questions.length > 0 ? kept : undefined;
}

/**
 * The override after the seller gave `added` for an edited reply, on top of what the item already
 * recorded (`recorded`): the rules and ticked questions of both count, and both reasons are kept (the
 * new one first). Without this, a reason given for the edit's new warning would drop the earlier
 * override, and a warning it covered would stand again: a parked reply the seller could never send.
 */
export function mergedOverride(recorded: ReplyGuardOverride | undefined, added: ReplyGuardOverride): ReplyGuardOverride {
  if (!recorded) return added;
  const reasons = [added.reason.trim(), recorded.reason.trim()].filter((r, i, all) => r !== '' && all.indexOf(r) === i);
  return {
    rules: [...new Set([...added.rules, ...recorded.rules])],
    reason: reasons.join(' / '),
    questions: [...added.questions, ...recorded.questions.filter((q) => !added.questions.some((a) => a.question === q.question))],
  };
}
