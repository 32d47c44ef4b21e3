import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { marketToday, type PhoneComplaintOutcomeCode } from '../../../../shared/cases/phone-complaint';
import { confirmationTopic, phoneComplaintConfirmation } from '../../../../shared/cases/phone-complaint-confirmation';
import { useConsoleData } from '../../data/console-data-context';
import type { PhoneComplaintView } from '../../data/phone-complaint-view.queries';
import {
  draftPhoneComplaintConfirmation,
  linkPhoneComplaintThread,
  queuePhoneComplaintConfirmation,
} from '../../data/phone-complaints.queries';
import type { PhoneComplaintRecord } from '../../data/records';
import { replyGuardContext } from '../../data/reply-guard.queries';
import { platformReplyChecker } from '../../sync/outbox/reply-guard.checker';
import { findingWords } from '../composer';
import type { ThreadKey } from '../inbox';
import { useT } from '../../ui/i18n';
import { messages } from './confirmation.messages';
import { messages as detail } from './detail.messages';

/** The confirmation's text for a complaint, in its market's language (shared/cases phone-complaint-confirmation). */
export function confirmationText(complaint: PhoneComplaintRecord, market: string): string {
  return phoneComplaintConfirmation({
    market,
    buyerName: complaint.buyerName,
    product: complaint.product,
    ...(complaint.orderLabel || complaint.orderId ? { order: complaint.orderLabel ?? complaint.orderId } : {}),
    takenOn: market ? marketToday(Date.parse(complaint.createdAt), market) : complaint.createdAt.slice(0, 10),
    promisedAnswerBy: complaint.promisedAnswerBy,
    ...(complaint.outcome ? { outcome: complaint.outcome as PhoneComplaintOutcomeCode } : {}),
  });
}

/**
 * The complaint's link to an order thread and its written confirmation through the platform. With
 * a linked thread, "Send the written confirmation" puts the text in that thread's draft and opens
 * it, so the seller personalises it in the composer (where the reply guard checks it). Where the
 * cache knows no thread of the order, the text is edited here, checked by the reply guard as it is
 * typed (blocking findings stop it; warnings need a tick), and queued once as a new order thread
 * (OR43 through the outbox). Without an order, it says no platform message is possible.
 */
export function ConfirmationPanel({ view, onOpenThread }: { view: PhoneComplaintView; onOpenThread(selection: ThreadKey): void }) {
  const { db, author, now, wakeOutbox } = useConsoleData();
  const t = useT();
  const base = useId();
  const { complaint, market, threads, confirmation } = view;
  const [chosen, setChosen] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState(() => confirmationText(complaint, market));
  const [despite, setDespite] = useState(false);
  const context = useLiveQuery(() => replyGuardContext(db, complaint.shopId, ''), [db, complaint.shopId]);
  const findings = useMemo(
    () => (context ? platformReplyChecker(text, { ...context, market: market || context.market }) : []),
    [text, context, market],
  );
  const blocked = findings.some((f) => f.severity === 'block');
  const warned = findings.length > 0 && !blocked;
  const linked = threads.find((th) => th.id === complaint.threadId);
  const by = () => ({ actor: author, now: now() });

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await step();
    } catch (error) {
      setFailure(t(detail.stepFailed, { error: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const sendInThread = () =>
    run(async () => {
      const key = await draftPhoneComplaintConfirmation(db, complaint.id, confirmationText(complaint, market), by());
      onOpenThread(key);
    });
  const sendAsNewThread = () =>
    run(async () => {
      const body = { body: text.trim(), to: ['CUSTOMER'], topic: { type: 'FREE_TEXT', value: confirmationTopic(market) } };
      await queuePhoneComplaintConfirmation(db, complaint.id, body, crypto.randomUUID(), by());
      wakeOutbox();
    });

  return (
    <section className="phone-complaint-confirmation" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>{t(messages.confirmation)}</h3>
      <p className="small muted">{t(messages.confirmationHint)}</p>
      {!complaint.orderId && <p>{t(messages.noOrder)}</p>}
      {linked && (
        <p>
          {t(messages.linkedTo, { topic: linked.topic })}{' '}
          <button type="button" onClick={() => onOpenThread({ shopId: linked.shopId, threadId: linked.id })}>
            {t(messages.openThread)}
          </button>
        </p>
      )}
      {threads.length > 0 && !linked && (
        <div className="intake-row">
          <label htmlFor={`${base}-thread`}>{t(messages.chooseThread)}</label>
          <select id={`${base}-thread`} value={chosen || view.createdThreadId || ''} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t(detail.choose)}</option>
            {threads.map((th) => (
              <option key={th.id} value={th.id}>
                {t(messages.threadOption, { topic: th.topic, buyer: th.customerName })}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={busy || !(chosen || view.createdThreadId)}
            onClick={() =>
              void run(() => linkPhoneComplaintThread(db, complaint.id, chosen || view.createdThreadId || '', by()).then(() => undefined))
            }
          >
            {t(messages.link)}
          </button>
        </div>
      )}
      {linked && (
        <button type="button" disabled={busy} onClick={() => void sendInThread()}>
          {t(messages.send)}
        </button>
      )}
      {confirmation && (
        <p role="status">
          {t(messages.queued, {
            order: complaint.orderLabel ?? complaint.orderId ?? '',
            state: t(detail.itemState, { state: confirmation.state }),
          })}
          {confirmation.state === 'parked' &&
            confirmation.lastError &&
            ` ${t(messages.refusedBecause, { reason: confirmation.lastError.message })}`}
        </p>
      )}
      {complaint.orderId && threads.length === 0 && !confirmation && (
        <div className="confirmation-new-thread">
          <p className="small">{t(messages.noThreads)}</p>
          <label htmlFor={`${base}-text`}>{t(messages.text)}</label>
          <textarea
            id={`${base}-text`}
            rows={9}
            value={text}
            aria-invalid={blocked || undefined}
            aria-describedby={findings.length > 0 ? `${base}-findings` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setDespite(false);
            }}
          />
          {findings.length > 0 && (
            <div id={`${base}-findings`} className={blocked ? 'field-error' : 'guard-warned'}>
              <p>{t(blocked ? messages.blocked : messages.warned)}</p>
              <ul aria-label={t(messages.findings)}>
                {findings.map((finding, index) => {
                  const words = findingWords(finding, t, market);
                  return <li key={index}>{t(messages.finding, { severity: words.severity, rule: words.name, why: words.why })}</li>;
                })}
              </ul>
            </div>
          )}
          {warned && (
            <label className="checkbox">
              <input type="checkbox" checked={despite} onChange={(e) => setDespite(e.target.checked)} /> {t(messages.sendAnyway)}
            </label>
          )}
          <button
            type="button"
            disabled={busy || blocked || (warned && !despite) || text.trim().length < 3}
            onClick={() => void sendAsNewThread()}
          >
            {t(messages.send)}
          </button>
        </div>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
