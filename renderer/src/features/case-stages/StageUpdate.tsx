import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  marketDay,
  maxDeliveryDays,
  nextStages,
  stageMessage,
  validateShipping,
  type ShippingDetails,
  type ShippingIssue,
} from '../../../../shared/cases/stages';
import { caseStageOf, moveCaseToStage, settleToldStages, type StageDraftOutcome } from '../../data/case-stages.queries';
import { useConsoleData } from '../../data/console-data-context';
import type { CaseStage, CaseSummary } from '../../data/records';
import { useT, type UiMessage } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
import type { ThreadKey } from '../inbox';
import { messages } from './case-stages.messages';
import { stageLabels } from './stage-labels';
import './case-stages.css';

const issueWords: Record<ShippingIssue, UiMessage> = {
  required: messages.issueRequired,
  'too-long': messages.issueTooLong,
  'no-links': messages.issueNoLinks,
  'tracking-format': messages.issueTrackingFormat,
  'not-a-date': messages.issueNotADate,
  'in-the-past': messages.issueInThePast,
  'too-far': messages.issueTooFar,
};

const shippingFields: { field: keyof ShippingDetails; label: UiMessage; type: string }[] = [
  { field: 'carrier', label: messages.carrier, type: 'text' },
  { field: 'trackingNumber', label: messages.trackingNumber, type: 'text' },
  { field: 'expectedDelivery', label: messages.expectedDelivery, type: 'date' },
];

const emptyShipping: ShippingDetails = { carrier: '', trackingNumber: '', expectedDelivery: '' };

/**
 * The stage control of a case with a buyer thread: shows the case's last stage and whether the
 * buyer was told, and moves it to a next stage (shipping details for 'shipped', validated). Moving
 * stores the stage and its history step and writes the buyer message, prefilled in the market's
 * language, as the thread's draft (an earlier draft is kept, the message added below it); then
 * `onOpenThread` opens the thread, whose composer shows it ready to personalise and checks it with
 * the reply guard like any reply. `now` (epoch ms) is the minute clock: the market's today for the
 * delivery date. Renders nothing for a case without a thread.
 */
export function StageUpdate({
  summary,
  now,
  onOpenThread,
}: {
  summary: CaseSummary;
  now: number;
  onOpenThread(selection: ThreadKey): void;
}) {
  const { db, author, now: clock } = useConsoleData();
  const t = useT();
  const { formatDateTime } = useFormat();
  const id = useId();
  const current = useLiveQuery(() => caseStageOf(db, summary.key), [db, summary.key]);
  const [picked, setPicked] = useState<CaseStage | null>(null);
  const [shipping, setShipping] = useState<ShippingDetails>(emptyShipping);
  const [showIssues, setShowIssues] = useState(false);
  const [outcome, setOutcome] = useState<StageDraftOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<keyof ShippingDetails, HTMLInputElement | null>>>({});

  // Once the buyer was told (a reply queued after the stage), record which reply did it.
  const toldUnsettled = current?.told === true && current.meta.stageToldItemId === undefined;
  useEffect(() => {
    if (toldUnsettled) void settleToldStages(db).catch(() => undefined);
  }, [db, toldUnsettled]);

  if (!summary.threadId) return null;
  const threadId = summary.threadId;
  const meta = current?.meta;
  const options = nextStages(summary.kind, meta?.stage);
  const stage = picked && options.includes(picked) ? picked : options[0];
  const issues = stage === 'shipped' ? validateShipping(shipping, marketDay(now, summary.market)) : {};

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!stage || busy) return;
    const invalid = shippingFields.find((f) => issues[f.field]);
    if (invalid) {
      setShowIssues(true);
      inputs.current[invalid.field]?.focus();
      return;
    }
    const details =
      stage === 'shipped'
        ? { carrier: shipping.carrier.trim(), trackingNumber: shipping.trackingNumber.trim(), expectedDelivery: shipping.expectedDelivery }
        : undefined;
    const message = stageMessage({ stage, market: summary.market, orderLabel: summary.orderLabel ?? summary.orderId, shipping: details });
    setBusy(true);
    setError(null);
    try {
      const result = await moveCaseToStage(db, {
        key: summary.key,
        stage,
        shipping: details,
        thread: { shopId: summary.shopId, threadId },
        message,
        actor: author,
        now: clock(),
      });
      setOutcome(result);
      setShipping(emptyShipping);
      setShowIssues(false);
      setPicked(null);
      onOpenThread({ shopId: summary.shopId, threadId });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="stage-update" aria-label={t(messages.region)} data-case-key={summary.key}>
      <p className="stage-current">
        {meta?.stage && meta.stageAt
          ? t(messages.current, { stage: t(stageLabels[meta.stage]), when: formatDateTime(meta.stageAt) })
          : t(messages.noStage)}
        {meta?.stage && <> {current?.told ? t(messages.told) : <strong className="stage-not-told">{t(messages.notToldYet)}</strong>}</>}
      </p>
      {options.length === 0 ? (
        <p>{t(messages.finished)}</p>
      ) : (
        <form className="stage-form" onSubmit={(e) => void submit(e)} noValidate>
          <label>
            {t(messages.nextStage)}
            <select value={stage} onChange={(e) => setPicked(e.target.value as CaseStage)}>
              {options.map((s) => (
                <option key={s} value={s}>
                  {t(stageLabels[s])}
                </option>
              ))}
            </select>
          </label>
          {stage === 'shipped' &&
            shippingFields.map(({ field, label, type }) => {
              const issue = showIssues ? issues[field] : undefined;
              const errorId = `${id}-${field}-error`;
              return (
                <label key={field} className="stage-field">
                  {t(label)}
                  <input
                    ref={(el) => {
                      inputs.current[field] = el;
                    }}
                    type={type}
                    value={shipping[field]}
                    required
                    aria-invalid={issue !== undefined}
                    aria-describedby={issue ? errorId : undefined}
                    onChange={(e) => setShipping((s) => ({ ...s, [field]: e.target.value }))}
                  />
                  {issue && (
                    <span id={errorId} className="error">
                      {t(issueWords[issue], { days: maxDeliveryDays })}
                    </span>
                  )}
                </label>
              );
            })}
          <button type="submit" disabled={busy}>
            {t(messages.submit)}
          </button>
        </form>
      )}
      <p role="status" className="stage-outcome">
        {outcome === 'appended' ? t(messages.appended) : outcome ? t(messages.written) : ''}
      </p>
      {error && (
        <p role="alert" className="error">
          {t(messages.saveFailed, { error })}
        </p>
      )}
    </section>
  );
}
