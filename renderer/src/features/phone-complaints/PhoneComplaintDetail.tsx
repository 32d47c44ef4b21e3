import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import {
  allowedPhoneComplaintActions,
  marketToday,
  phoneComplaintOutcomes,
  phoneComplaintStage,
  promiseStatus,
  type PhoneComplaintExpectationCode,
  type PhoneComplaintOutcomeCode,
} from '../../../../shared/cases/phone-complaint';
import { useConsoleData } from '../../data/console-data-context';
import { phoneComplaintView } from '../../data/phone-complaint-view.queries';
import { closePhoneComplaint, documentPhoneComplaintOutcome, forwardPhoneComplaint } from '../../data/phone-complaints.queries';
import type { ThreadKey } from '../inbox';
import { useT } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
import { ConfirmationPanel } from './ConfirmationPanel';
import { messages } from './detail.messages';
import { PhoneComplaintHistory } from './PhoneComplaintHistory';
import { expectationWords, outcomeWords, stageWords } from './phone-complaint-words';
import './phone-complaints.css';

interface Props {
  id: string;
  /** Epoch ms of the console's minute clock: the promised date's countdown. */
  now: number;
  onOpenThread(selection: ThreadKey): void;
}

/** A `YYYY-MM-DD` as a Date at noon UTC, so `{date, date, medium}` shows that calendar day in any European zone. */
const day = (date: string) => new Date(`${date}T12:00:00Z`);

/**
 * A phone complaint's detail: its stage and the days left to the promised answer (or overdue), its
 * facts, the steps its stage allows (forward, document the outcome with a note, close; never
 * refuse), the link to an order thread with the written confirmation, and its history. Live from
 * the cache: every step shows at once, here and in the Cases view.
 */
export function PhoneComplaintDetail({ id, now, onOpenThread }: Props) {
  const { db, author, now: clock } = useConsoleData();
  const t = useT();
  const { formatDateTime } = useFormat();
  const base = useId();
  const view = useLiveQuery(() => phoneComplaintView(db, id), [db, id]);
  const [forwardTo, setForwardTo] = useState('');
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ field: 'forward' | 'outcome' | 'step'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (view === undefined)
    return (
      <p className="panel-message" role="status">
        {t(messages.loading)}
      </p>
    );
  if (view === null)
    return (
      <p className="panel-message" role="status">
        {t(messages.missing)}
      </p>
    );
  const { complaint, market } = view;
  const stage = phoneComplaintStage(complaint);
  const allowed = allowedPhoneComplaintActions(complaint);
  const today = market ? marketToday(now, market) : new Date(now).toISOString().slice(0, 10);
  const status = promiseStatus(complaint.promisedAnswerBy, today, !!complaint.closedAt);
  const by = () => ({ actor: author, now: clock() });

  const run = async (field: 'forward' | 'outcome' | 'step', step: () => Promise<unknown>, after?: () => void) => {
    setBusy(true);
    setProblem(null);
    try {
      await step();
      after?.();
    } catch (error) {
      setProblem({ field, text: t(messages.stepFailed, { error: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };
  const forward = () => {
    if (!forwardTo.trim()) return setProblem({ field: 'forward', text: t(messages.nameMissing) });
    void run(
      'forward',
      () => forwardPhoneComplaint(db, id, forwardTo, by()),
      () => setForwardTo(''),
    );
  };
  const documentOutcome = () => {
    if (!outcome) return setProblem({ field: 'outcome', text: t(messages.chooseOutcome) });
    void run('outcome', () => documentPhoneComplaintOutcome(db, id, outcome as PhoneComplaintOutcomeCode, note, by()));
  };
  const error = (field: 'forward' | 'outcome' | 'step') =>
    problem?.field === field ? (
      <p id={`${base}-${field}-error`} className="field-error small" role="alert">
        {problem.text}
      </p>
    ) : null;

  return (
    <article className="phone-complaint-detail" aria-labelledby={`${base}-title`} data-complaint-id={id}>
      <h2 id={`${base}-title`}>{t(messages.title, { buyer: complaint.buyerName })}</h2>
      <p className="phone-complaint-status">
        <span className="badge">{t(stageWords[stage])}</span>{' '}
        <span className={`promise ${status.state}`} role="timer" aria-live="off">
          {t(messages.promised, { date: day(complaint.promisedAnswerBy) })}
          {' · '}
          {status.state === 'due'
            ? t(messages.dueIn, { days: status.daysLeft })
            : status.state === 'overdue'
              ? t(messages.overdue, { days: status.daysOver })
              : t(messages.closedOn, { date: new Date(complaint.closedAt ?? complaint.updatedAt) })}
        </span>
      </p>
      <h3>{t(messages.facts)}</h3>
      <dl className="phone-complaint-facts">
        <dt>{t(messages.shop)}</dt>
        <dd>{view.shopLabel}</dd>
        <dt>{t(messages.buyer)}</dt>
        <dd>{complaint.buyerName}</dd>
        <dt>{t(messages.contact)}</dt>
        <dd>{complaint.contact}</dd>
        <dt>{t(messages.order)}</dt>
        <dd>{complaint.orderLabel ?? complaint.orderId ?? t(messages.noOrder)}</dd>
        <dt>{t(messages.product)}</dt>
        <dd>{complaint.product}</dd>
        <dt>{t(messages.description)}</dt>
        <dd className="pre-wrap">{complaint.description}</dd>
        <dt>{t(messages.expectation)}</dt>
        <dd>{t(expectationWords[complaint.expectation as PhoneComplaintExpectationCode])}</dd>
        <dt>{t(messages.responsible)}</dt>
        <dd>{complaint.responsible}</dd>
        <dt>{t(messages.forwardedTo)}</dt>
        <dd>{complaint.forwardedTo ?? t(messages.notForwarded)}</dd>
        <dt>{t(messages.takenAt)}</dt>
        <dd>{formatDateTime(complaint.createdAt)}</dd>
        {complaint.outcome && (
          <>
            <dt>{t(messages.outcome)}</dt>
            <dd>
              {t(outcomeWords[complaint.outcome])}
              {complaint.outcomeNote && ` — ${complaint.outcomeNote}`}
            </dd>
          </>
        )}
      </dl>
      {allowed.includes('forward') && (
        <div className="intake-row">
          <label htmlFor={`${base}-forward`}>{t(messages.forwardLabel)}</label>
          <input
            id={`${base}-forward`}
            value={forwardTo}
            onChange={(e) => setForwardTo(e.target.value)}
            aria-invalid={problem?.field === 'forward' || undefined}
            aria-describedby={problem?.field === 'forward' ? `${base}-forward-error` : undefined}
            onKeyDown={(e) => {
              if (e.key === 'Enter') forward();
            }}
          />
          <button type="button" disabled={busy} onClick={forward}>
            {t(messages.forward)}
          </button>
          {error('forward')}
        </div>
      )}
      {allowed.includes('document-outcome') && (
        <fieldset className="phone-complaint-outcome">
          <legend>{t(messages.documentOutcome)}</legend>
          <label htmlFor={`${base}-outcome`}>{t(messages.outcomeLabel)}</label>
          <select
            id={`${base}-outcome`}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            aria-invalid={problem?.field === 'outcome' || undefined}
            aria-describedby={problem?.field === 'outcome' ? `${base}-outcome-error` : undefined}
          >
            <option value="">{t(messages.choose)}</option>
            {phoneComplaintOutcomes.map((code) => (
              <option key={code} value={code}>
                {t(outcomeWords[code])}
              </option>
            ))}
          </select>
          <label htmlFor={`${base}-note`}>{t(messages.outcomeNote)}</label>
          <textarea id={`${base}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="button" disabled={busy} onClick={documentOutcome}>
            {t(messages.documentOutcome)}
          </button>
          {error('outcome')}
        </fieldset>
      )}
      {allowed.includes('close') && (
        <p>
          <button type="button" disabled={busy} onClick={() => void run('step', () => closePhoneComplaint(db, id, by()))}>
            {t(messages.close)}
          </button>
        </p>
      )}
      {error('step')}
      <ConfirmationPanel key={`${complaint.id}-${complaint.outcome ?? ''}`} view={view} onOpenThread={onOpenThread} />
      <PhoneComplaintHistory history={view.history} />
    </article>
  );
}
