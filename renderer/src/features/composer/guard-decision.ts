import type { GuardFinding, GuardRule } from '../../../../shared/reply-guard';
import type { ReplyGuardOverride, UnansweredTick } from '../../data/records';
import { standingFindings } from '../../sync/outbox/reply-guard.gate';

/** The seller's ticks on unanswered questions, by the guard's wording of each question. */
export type QuestionTicks = Readonly<Record<string, UnansweredTick>>;

/**
 * What pressing Send does with the reply's findings:
 * - blocked: a blocking finding stands; nothing is queued (Send is disabled meanwhile);
 * - needs-reason: warnings stand that neither a reason nor ticks cover; the composer asks for a reason;
 * - go: queue it, with the override to keep on the item when warnings were overridden.
 */
export type SendDecision =
  | { kind: 'blocked'; findings: GuardFinding[] }
  | { kind: 'needs-reason'; rules: GuardRule[] }
  | { kind: 'go'; override?: ReplyGuardOverride };

/**
 * Decides Send (see SendDecision) with the very rule the outbox applies before queueing
 * (standingFindings), so the composer never offers what the outbox refuses. `reason` is the text of
 * the "Send anyway" form, null while it is not shown; ticking every unanswered question is the
 * reason for those, so a reply whose only warnings are ticked questions goes without one.
 */
export function sendDecision(findings: readonly GuardFinding[], ticks: QuestionTicks, reason: string | null): SendDecision {
  const blocking = findings.filter((f) => f.severity === 'block');
  if (blocking.length > 0) return { kind: 'blocked', findings: blocking };
  const warnings = findings.filter((f) => f.severity === 'warn');
  if (warnings.length === 0) return { kind: 'go' };
  const questions = warnings
    .filter((f) => f.rule === 'unanswered')
    .flatMap((f) => {
      const tick = ticks[f.message];
      return tick ? [{ question: f.message, tick }] : [];
    });
  const override: ReplyGuardOverride = {
    rules: [...new Set(warnings.map((f) => f.rule))],
    reason: reason?.trim() ?? '',
    questions: [...new Map(questions.map((q) => [q.question, q])).values()],
  };
  const standing = standingFindings(warnings, override);
  if (standing.length > 0) return { kind: 'needs-reason', rules: [...new Set(standing.map((f) => f.rule))] };
  return { kind: 'go', override };
}
