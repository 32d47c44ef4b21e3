import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GuardContext, GuardFinding } from '../../../../shared/reply-guard';
import type { ConsoleDatabase } from '../../data/db';
import type { ThreadRecord, UnansweredTick } from '../../data/records';
import { replyGuardContext } from '../../data/reply-guard.queries';
import type { ReplyChecker } from '../../sync/outbox/reply-guard.gate';
import { sendDecision, type QuestionTicks, type SendDecision } from './guard-decision';

/** How long typing must pause before the reply is checked again (the highlight follows within this). */
export const guardDelayMs = 150;

/** The reply guard's state in the composer (see useReplyGuard). */
export interface ReplyGuardState {
  /** The findings of the last check, and the text they are about (it lags the text by guardDelayMs). */
  findings: GuardFinding[];
  checkedText: string;
  /** True while a blocking finding stands: Send is disabled. */
  blocked: boolean;
  market: string;
  ticks: QuestionTicks;
  tick(question: string, tick: UnansweredTick): void;
  /** The "Send anyway" form: open or not, its reason, and whether Send was pressed without one. */
  asking: boolean;
  reason: string;
  setReason(reason: string): void;
  reasonMissing: boolean;
  cancelAsking(): void;
  /**
   * Checks `text` now, in a fresh context from the cache (not the debounced result), shows the
   * findings, and decides Send (sendDecision): opens the reason form, or flags a missing reason,
   * when warnings stand.
   */
  decide(text: string): Promise<SendDecision>;
  /** Shows findings the outbox refused a reply for (ReplyGuardError). */
  show(text: string, findings: GuardFinding[]): void;
  /** After a reply was queued: forgets ticks and the reason. */
  reset(): void;
}

/**
 * The reply guard as the seller types: `checker` (the real guard, or a test's fake) runs on the
 * text `guardDelayMs` after typing pauses, in the thread's context from the cache (market, the
 * buyer's last message, the profile's recent replies to other threads; replyGuardContext), and its
 * findings drive the highlight, the findings list, and Send.
 */
export function useReplyGuard(db: ConsoleDatabase, thread: ThreadRecord, text: string, checker: ReplyChecker): ReplyGuardState {
  const cached = useLiveQuery(() => replyGuardContext(db, thread.shopId, thread.id), [db, thread.shopId, thread.id]);
  const context: GuardContext = useMemo(() => cached ?? { market: thread.market }, [cached, thread.market]);
  const [checked, setChecked] = useState<{ text: string; findings: GuardFinding[] }>({ text: '', findings: [] });
  const [ticks, setTicks] = useState<QuestionTicks>({});
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setChecked({ text, findings: text.trim() === '' ? [] : checker(text, context) }), guardDelayMs);
    return () => clearTimeout(timer);
  }, [text, context, checker]);

  const decide = useCallback(
    async (current: string): Promise<SendDecision> => {
      const fresh = checker(current, await replyGuardContext(db, thread.shopId, thread.id));
      setChecked({ text: current, findings: fresh });
      const decision = sendDecision(fresh, ticks, asking ? reason : null);
      if (decision.kind === 'needs-reason') {
        if (asking) setReasonMissing(true);
        setAsking(true);
      }
      return decision;
    },
    [checker, db, thread.shopId, thread.id, ticks, asking, reason],
  );

  return {
    findings: checked.findings,
    checkedText: checked.text,
    blocked: checked.findings.some((f) => f.severity === 'block'),
    market: context.market,
    ticks,
    tick: useCallback((question, value) => setTicks((current) => ({ ...current, [question]: value })), []),
    asking,
    reason,
    setReason: useCallback((value: string) => {
      setReason(value);
      if (value.trim()) setReasonMissing(false);
    }, []),
    reasonMissing,
    cancelAsking: useCallback(() => {
      setAsking(false);
      setReasonMissing(false);
    }, []),
    decide,
    show: useCallback((shown: string, findings: GuardFinding[]) => setChecked({ text: shown, findings }), []),
    reset: useCallback(() => {
      setTicks({});
      setAsking(false);
      setReason('');
      setReasonMissing(false);
    }, []),
  };
}
