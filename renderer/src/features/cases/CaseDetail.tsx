import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { assignResponsible, caseDetail, dismissRefusal } from '../../data/case-detail.queries';
import type { CaseListItem } from '../../data/cases.queries';
import { useConsoleData } from '../../data/console-data-context';
import { useT } from '../../ui/i18n';
import { StageUpdate } from '../case-stages';
import type { ThreadKey } from '../inbox';
import { PhoneComplaintDetail } from '../phone-complaints';
import { CaseAssignee } from '../workstation';
import { CaseActions } from './CaseActions';
import { CaseHistory } from './CaseHistory';
import { CaseThread } from './CaseThread';
import { CaseWindows } from './CaseWindows';
import { messages } from './case-detail.messages';
import { messages as listText } from './cases.messages';
import { actionLabels, codeText, kindLabels, stateText } from './case-labels';
import type { CaseDetail as Detail } from '../../data/case-detail.queries';

/** The person responsible, editable: stored in the case's facts, the change kept in its history. */
function ResponsibleField({ item }: { item: CaseListItem }) {
  const t = useT();
  const { db, author, now } = useConsoleData();
  const id = useId();
  const [value, setValue] = useState(item.summary.responsible ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setValue(item.summary.responsible ?? ''), [item.summary.key, item.summary.responsible]);
  const save = async () => {
    try {
      await assignResponsible(db, item.summary.key, value, { author, now: now() });
      setError(null);
    } catch (e) {
      setError(t(messages.saveFailed, { error: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <form
      className="case-responsible"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id}>{t(messages.responsibleLabel)}</label>{' '}
      <input id={id} type="text" value={value} onChange={(e) => setValue(e.target.value)} maxLength={200} autoComplete="off" />{' '}
      <button type="submit" disabled={value.trim() === (item.summary.responsible ?? '')}>
        {t(messages.saveResponsible)}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function OrderLines({ detail }: { detail: Detail }) {
  const t = useT();
  return (
    <section className="case-lines" aria-label={t(messages.linesTitle)}>
      <h3>{t(messages.linesTitle)}</h3>
      {detail.lines.length === 0 ? (
        <p>{t(messages.noLines)}</p>
      ) : (
        <ul>
          {detail.lines.map((l) => (
            <li key={l.orderLineId} data-line-id={l.orderLineId}>
              {l.quantity !== undefined && `${t(messages.lineQuantity, { quantity: l.quantity })} `}
              <span dir="auto">{l.product ?? l.orderLineId}</span>
              {l.reasonCode && ` · ${codeText(t, l.reasonCode)}`}
              {l.compliant === true && ` · ${t(messages.lineCompliant)}`}
              {l.compliant === false && ` · ${t(messages.lineNonCompliant, { reason: codeText(t, l.nonComplianceReason) })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * One case in full: what it is, its deadlines, the person responsible, a takeover by the platform and
 * what the seller still owes, a refusal by the marketplace with its reason, the order lines, the
 * marketplace actions, the buyer's thread beside it, the stage control, and the full history. A phone
 * complaint is shown by its own feature's detail.
 */
export function CaseDetailPane({
  item,
  now,
  onOpenThread,
  onBack,
}: {
  item: CaseListItem;
  now: number;
  onOpenThread(selection: ThreadKey): void;
  onBack(): void;
}) {
  const t = useT();
  const { db, author, now: clock } = useConsoleData();
  const detail = useLiveQuery(() => caseDetail(db, item.summary), [db, item.summary]);
  const s = item.summary;
  return (
    <article
      className="case-detail"
      aria-label={t(messages.detailLabel, { id: s.orderLabel ?? s.id })}
      data-case-key={s.key}
      data-state={s.state}
    >
      <button type="button" className="case-back" onClick={onBack}>
        {t(messages.backToList)}
      </button>
      <h2 tabIndex={-1}>
        {t(kindLabels[s.kind])} · {s.orderLabel ? t(listText.order, { order: s.orderLabel }) : s.id}
      </h2>
      <p className="case-facts">
        <span className="case-state">{stateText(t, s.kind, s.state)}</span> · {item.shopLabel}
        {s.buyer && <> · {t(messages.buyer, { name: s.buyer })}</>}
        {s.reasonCode && <> · {t(messages.reason, { reason: item.reasonLabel ?? codeText(t, s.reasonCode) })}</>}
      </p>
      {s.takenOver && (
        <div className="case-takeover" role="note">
          <h3>{t(messages.takenOverTitle)}</h3>
          <p>{t(messages.takenOverText)}</p>
        </div>
      )}
      {item.refused && (
        <div className="case-refused" role="alert">
          <p>
            <strong>{t(messages.refusedTitle, { action: item.refused.action ? t(actionLabels[item.refused.action].name) : '' })}</strong>
          </p>
          <p className="case-refused-reason">{t(messages.refusedReason, { reason: item.refused.message })}</p>
          <button
            type="button"
            onClick={() => item.refused && void dismissRefusal(db, s.key, item.refused.itemId, { author, now: clock() })}
          >
            {t(messages.dismissRefusal)}
          </button>
        </div>
      )}
      <CaseWindows summary={s} now={now} />
      <CaseAssignee caseKey={s.key} />
      {s.kind !== 'phone-complaint' && <ResponsibleField item={item} />}
      {s.kind === 'phone-complaint' ? (
        <PhoneComplaintDetail id={s.id} now={now} onOpenThread={onOpenThread} />
      ) : (
        detail && (
          <div className="case-columns">
            <div className="case-main">
              <OrderLines detail={detail} />
              <CaseActions item={item} detail={detail} />
              {s.threadId && <StageUpdate summary={s} now={now} onOpenThread={onOpenThread} />}
              <CaseHistory item={item} detail={detail} />
            </div>
            <CaseThread item={item} detail={detail} onOpenThread={onOpenThread} />
          </div>
        )
      )}
    </article>
  );
}
