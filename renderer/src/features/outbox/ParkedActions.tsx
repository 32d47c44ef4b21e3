import { useId, useRef, useState } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import type { OutboxItem, ReplyGuardOverride, ReplyPayload, ThreadRecord } from '../../data/records';
import type { GuardRule } from '../../../../shared/reply-guard';
import { discardParked, retryParked } from '../../sync/outbox/outbox.repository';
import { isReplyGuardError } from '../../sync/outbox/reply-guard.gate';
import { useT } from '../../ui/i18n';
import { checkReply, guardRefusal, noReplyReason, RecipientPicker, recipientsFor, replyOptions } from '../composer';
import { copyText } from './copy-text';
import { replyRecipients, replyText } from './outbox-status';
import { messages } from './outbox.messages';

type Mode = 'idle' | 'editing' | 'confirm-discard';

/**
 * What the seller can do with a reply the marketplace refused: edit it (text and, where the
 * thread allows, recipients) and send it again; copy its text; or discard it after confirming
 * (with a last chance to copy). Nothing is dropped without the seller's say.
 */
export function ParkedActions({ item, thread }: { item: OutboxItem; thread: ThreadRecord | undefined }) {
  const { db, wakeOutbox } = useConsoleData();
  const [mode, setMode] = useState<Mode>('idle');
  const [copyNote, setCopyNote] = useState<'copied' | 'manual' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const text = replyText(item);
  const manualCopy = useRef<HTMLTextAreaElement>(null);
  const t = useT();

  const copy = async (): Promise<void> => {
    const copied = await copyText(text);
    setCopyNote(copied ? 'copied' : 'manual');
    if (!copied) requestAnimationFrame(() => manualCopy.current?.select());
  };
  const discard = async (): Promise<void> => {
    const done = await discardParked(db, item.id);
    if (!done) setProblem(t(messages.changedNotDiscarded));
  };

  return (
    <div className="parked-actions">
      {mode === 'idle' && (
        <div className="actions" role="group" aria-label={t(messages.whatToDo)}>
          {item.kind === 'reply' && (
            <button type="button" onClick={() => setMode('editing')}>
              {t(messages.editAndRetry)}
            </button>
          )}
          <button type="button" onClick={() => void copy()}>
            {t(messages.copyText)}
          </button>
          <button type="button" onClick={() => setMode('confirm-discard')}>
            {t(messages.discard)}
          </button>
        </div>
      )}
      {mode === 'editing' && (
        <ParkedEditor
          item={item}
          thread={thread}
          onCancel={() => setMode('idle')}
          onRetry={async (payload, override) => {
            const done = await retryParked(db, item.id, { kind: 'reply', payload }, { override });
            if (!done) setProblem(t(messages.changedNotSent));
            else wakeOutbox();
            setMode('idle');
          }}
        />
      )}
      {mode === 'confirm-discard' && (
        <div className="confirm" role="alertdialog" aria-label={t(messages.discardQuestion)} aria-describedby={`discard-${item.id}`}>
          <p id={`discard-${item.id}`}>{t(messages.discardConfirm)}</p>
          <div className="actions">
            <button type="button" onClick={() => void copy()}>
              {t(messages.copyText)}
            </button>
            <button type="button" className="danger" onClick={() => void discard()}>
              {t(messages.discardForGood)}
            </button>
            <button type="button" onClick={() => setMode('idle')}>
              {t(messages.keepIt)}
            </button>
          </div>
        </div>
      )}
      {copyNote === 'copied' && (
        <p className="muted small" role="status">
          {t(messages.copied)}
        </p>
      )}
      {copyNote === 'manual' && (
        <div className="manual-copy">
          <p className="small" role="status">
            {t(messages.copyByHand)}
          </p>
          <textarea
            ref={manualCopy}
            readOnly
            value={text}
            rows={4}
            aria-label={t(messages.textToCopy)}
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
      {problem && (
        <p className="error small" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

interface EditorProps {
  item: OutboxItem;
  thread: ThreadRecord | undefined;
  onCancel: () => void;
  /** `override`: the seller's reason for the guard's warnings on the edited text (never for a blocking finding). */
  onRetry: (payload: ReplyPayload, override?: ReplyGuardOverride) => Promise<void>;
}

/** The refused reply's text (and recipients) opened for editing, checked like the composer checks. */
function ParkedEditor({ item, thread, onCancel, onRetry }: EditorProps) {
  const [body, setBody] = useState(replyText(item));
  const to = replyRecipients(item);
  const [includeOperator, setIncludeOperator] = useState(to.includes('OPERATOR'));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The guard's warnings on the edited text, once a retry was refused for them alone: a reason lets it go.
  const [warned, setWarned] = useState<GuardRule[] | null>(null);
  const [reason, setReason] = useState('');
  const ids = { text: useId(), problem: useId(), reason: useId() };
  const t = useT();
  const options = thread ? replyOptions(thread) : null;
  const blocked = options ? noReplyReason(options, t) : null;

  const submit = async (withReason = false): Promise<void> => {
    // Without the thread in the cache, the recipients stay as they were.
    const recipients = options ? recipientsFor(options, includeOperator) : to.map((type) => ({ type }));
    const check = checkReply(body, recipients, t);
    if (!check.ok) {
      setProblem(check.problem);
      return;
    }
    setBusy(true);
    try {
      const override = withReason && warned ? { rules: warned, reason: reason.trim(), questions: [] } : undefined;
      await onRetry({ ...item.payload, body: check.input.body, to: check.input.to }, override);
    } catch (error) {
      // The reply guard refuses the edited text (contact data, or a warning the first send's reason did not cover).
      if (!isReplyGuardError(error)) throw error;
      setProblem(guardRefusal(error, t));
      setWarned(error.blocked ? null : [...new Set(error.findings.map((f) => f.rule))]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="parked-editor"
      aria-label={t(messages.editReply)}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {blocked ? (
        <p className="notice closed">{t(messages.blockedKeep, { reason: blocked })}</p>
      ) : (
        options && (
          <RecipientPicker
            options={options}
            customerName={thread?.customerName ?? ''}
            includeOperator={includeOperator}
            onIncludeOperator={setIncludeOperator}
          />
        )
      )}
      <label htmlFor={ids.text} className="visually-hidden">
        {t(messages.editReply)}
      </label>
      <textarea
        id={ids.text}
        rows={5}
        value={body}
        autoFocus
        aria-invalid={problem !== null}
        aria-describedby={problem ? ids.problem : undefined}
        onChange={(event) => {
          setBody(event.target.value);
          setProblem(null);
          setWarned(null);
        }}
      />
      {problem && (
        <p id={ids.problem} className="composer-problem" role="alert">
          {problem}
        </p>
      )}
      {warned && (
        <div className="parked-override">
          <label htmlFor={ids.reason}>{t(messages.overrideReason)}</label>
          <input id={ids.reason} type="text" value={reason} onChange={(event) => setReason(event.target.value)} />
          <button type="button" disabled={busy || reason.trim() === ''} onClick={() => void submit(true)}>
            {t(messages.sendAnyway)}
          </button>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || blocked !== null}>
          {t(messages.sendAgain)}
        </button>
        <button type="button" onClick={onCancel}>
          {t(messages.cancel)}
        </button>
      </div>
    </form>
  );
}
