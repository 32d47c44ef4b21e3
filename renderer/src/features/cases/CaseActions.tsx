import { useEffect, useId, useRef, useState } from 'react';
import type { CaseActionId } from '../../../../shared/cases/case-actions';
import { enqueueCaseAction, type CaseDetail } from '../../data/case-detail.queries';
import type { CaseListItem } from '../../data/cases.queries';
import { useConsoleData } from '../../data/console-data-context';
import { useT } from '../../ui/i18n';
import { caseActionItem, choiceProblem, type LineDecision } from './case-action-items';
import { messages } from './case-actions.messages';
import { actionLabels, nonComplianceLabels, rejectionReasonLabels } from './case-labels';

/** The confirm step of one action: what it will do, the reasons it needs, Send and Cancel. */
function ConfirmAction({
  item,
  detail,
  action,
  onDone,
}: {
  item: CaseListItem;
  detail: CaseDetail;
  action: CaseActionId;
  onDone(sent: boolean): void;
}) {
  const t = useT();
  const { db, author, now, wakeOutbox } = useConsoleData();
  const [reasonCode, setReasonCode] = useState('');
  const [lines, setLines] = useState<LineDecision[]>(() => detail.lines.map((l) => ({ orderLineId: l.orderLineId, compliant: true })));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const reasonId = useId();
  useEffect(() => heading.current?.focus(), []);
  const labels = actionLabels[action];
  const reasons =
    action === 'refuse-return'
      ? Object.entries(rejectionReasonLabels).map(([code, label]) => ({ code, label: t(label) }))
      : action === 'resolve-incident'
        ? detail.closeReasons.map((r) => ({ code: r.code, label: r.label || r.code }))
        : null;
  const send = async () => {
    const choice = { reasonCode: reasonCode || undefined, lines };
    const missing = choiceProblem(action, choice);
    if (missing) {
      setProblem(t(messages.reasonRequired));
      return;
    }
    setBusy(true);
    try {
      const built = caseActionItem(item.summary, action, choice);
      await enqueueCaseAction(db, { summary: item.summary, action, ...built }, { id: crypto.randomUUID(), author, now: now() });
      wakeOutbox();
      onDone(true);
    } catch (error) {
      setProblem(t(messages.storeFailed, { error: error instanceof Error ? error.message : String(error) }));
      setBusy(false);
    }
  };
  return (
    <div
      className="case-confirm"
      role="group"
      aria-labelledby={`${reasonId}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone(false);
        }
      }}
    >
      <h4 id={`${reasonId}-title`} ref={heading} tabIndex={-1}>
        {t(messages.confirmTitle)}: {t(labels.name)}
      </h4>
      <p className="case-effect">{t(labels.effect)}</p>
      {reasons && (
        <p>
          <label htmlFor={reasonId}>{t(messages.reason)}</label>{' '}
          <select
            id={reasonId}
            value={reasonCode}
            onChange={(e) => setReasonCode(e.target.value)}
            aria-invalid={problem !== null && !reasonCode}
          >
            <option value="">{t(messages.chooseReason)}</option>
            {reasons.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label}
              </option>
            ))}
          </select>
        </p>
      )}
      {action === 'resolve-incident' && reasons?.length === 0 && <p>{t(messages.noCloseReasons)}</p>}
      {action === 'record-compliance' &&
        lines.map((line, i) => {
          const update = (change: Partial<LineDecision>) => setLines((all) => all.map((l, j) => (j === i ? { ...l, ...change } : l)));
          return (
            <fieldset key={line.orderLineId} className="case-line-decision">
              <legend>{t(messages.line, { line: line.orderLineId })}</legend>
              <label>
                <input type="radio" checked={line.compliant} onChange={() => update({ compliant: true })} /> {t(messages.compliant)}
              </label>
              <label>
                <input type="radio" checked={!line.compliant} onChange={() => update({ compliant: false })} /> {t(messages.notCompliant)}
              </label>
              {!line.compliant && (
                <>
                  <label>
                    {t(messages.reason)}{' '}
                    <select value={line.reasonCode ?? ''} onChange={(e) => update({ reasonCode: e.target.value || undefined })}>
                      <option value="">{t(messages.chooseReason)}</option>
                      {Object.entries(nonComplianceLabels).map(([code, label]) => (
                        <option key={code} value={code}>
                          {t(label)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    {t(messages.details)}{' '}
                    <input type="text" value={line.info ?? ''} onChange={(e) => update({ info: e.target.value })} maxLength={2000} />
                  </label>
                </>
              )}
            </fieldset>
          );
        })}
      {problem && (
        <p role="alert" className="case-problem">
          {problem}
        </p>
      )}
      <div className="case-confirm-buttons">
        <button type="button" className="primary" onClick={() => void send()} disabled={busy}>
          {t(messages.send)}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t(messages.cancel)}
        </button>
      </div>
    </div>
  );
}

/**
 * The marketplace actions of a case: only those the state machine allows now (shared/cases, with the
 * actions already queued applied), each opening a confirm step that says what it will do and asks for
 * the reasons the marketplace needs. A confirmed action goes to the outbox with its history step
 * (enqueueCaseAction) and the sender is woken; offline it waits there.
 */
export function CaseActions({ item, detail }: { item: CaseListItem; detail: CaseDetail }) {
  const t = useT();
  const [confirming, setConfirming] = useState<CaseActionId | null>(null);
  const [queued, setQueued] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  if (item.summary.kind !== 'incident' && item.summary.kind !== 'return') return null;
  return (
    <section className="case-actions" aria-label={t(messages.title)}>
      <h3 ref={title} tabIndex={-1}>
        {t(messages.title)}
      </h3>
      {item.allowed.length === 0 && <p>{t(messages.none)}</p>}
      {confirming ? (
        <ConfirmAction
          key={confirming}
          item={item}
          detail={detail}
          action={confirming}
          onDone={(sent) => {
            setConfirming(null);
            setQueued(sent);
            requestAnimationFrame(() => title.current?.focus());
          }}
        />
      ) : (
        <div className="case-action-buttons">
          {item.allowed.map((action) => (
            <button
              type="button"
              key={action}
              onClick={() => {
                setQueued(false);
                setConfirming(action);
              }}
            >
              {t(actionLabels[action].name)}
            </button>
          ))}
        </div>
      )}
      {queued && <p role="status">{t(messages.queued)}</p>}
    </section>
  );
}
