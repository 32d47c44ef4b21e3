import { useId, useImperativeHandle, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import type { OutboxAttachment, ThreadRecord } from '../../data/records';
import { isStorageFull } from '../../data/storage-errors';
import { enqueue } from '../../sync/outbox/outbox.repository';
import { platformReplyChecker } from '../../sync/outbox/reply-guard.checker';
import { isReplyGuardError, type ReplyChecker } from '../../sync/outbox/reply-guard.gate';
import { messages as failureMessages } from '../../ui/failure.messages';
import { useT, type UiMessage } from '../../ui/i18n';
import { insertIntoReplyBox, TemplatePicker } from '../templates';
import { AttachmentPicker } from './AttachmentPicker';
import { RecipientPicker } from './RecipientPicker';
import { noReplyReason, recipientsFor, replyOptions } from './reply-options';
import { checkReply, replyBodyMax } from './reply-validation';
import { useDraft, type DraftState } from './useDraft';
import { GuardedReplyBox } from './GuardedReplyBox';
import { GuardFindings } from './GuardFindings';
import { OverrideForm } from './OverrideForm';
import { guardRefusal } from './guard-text';
import { messages as guardMessages } from './guard.messages';
import { useReplyGuard } from './useReplyGuard';
import { messages } from './composer.messages';
import './composer.css';

const draftWords: Record<DraftState, UiMessage | null> = {
  loading: null,
  clean: null,
  unsaved: messages.savingDraft,
  saved: messages.draftSaved,
  failed: messages.draftFailed,
};

/**
 * The reply box under a thread. What is typed is kept as a draft (see useDraft); Send checks the
 * reply against the marketplace's rules, stores it in the outbox (which clears the draft in the
 * same transaction) and wakes the sender: online or offline, the reply is safe once it shows
 * below the messages. No composer, but the reason, when the thread cannot be answered.
 * `onQueued` is called once a reply is stored (the app may move on); `replyBoxRef` gets the text box
 * (null when the thread cannot be answered), for the app to put the cursor there. The reply guard
 * (`checker`, the platform's rules by default) marks findings as the seller types, keeps Send off
 * while a blocking one stands and asks a reason to send despite warnings (useReplyGuard).
 */
export function Composer({
  thread,
  onQueued,
  replyBoxRef,
  checker = platformReplyChecker,
}: {
  thread: ThreadRecord;
  onQueued?: () => void;
  replyBoxRef?: Ref<HTMLTextAreaElement | null>;
  checker?: ReplyChecker;
}) {
  const { db, author, wakeOutbox, now } = useConsoleData();
  const draft = useDraft(db, thread.shopId, thread.id, now);
  const options = replyOptions(thread);
  const [includeOperator, setIncludeOperator] = useState(false);
  const [files, setFiles] = useState<OutboxAttachment[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const ids = { text: useId(), problem: useId(), hint: useId(), guard: useId(), blocked: useId() };
  const t = useT();
  const guard = useReplyGuard(db, thread, draft.body ?? '', checker);
  const [picked, setPicked] = useState<number | null>(null);

  const blocked = noReplyReason(options, t);
  useImperativeHandle<HTMLTextAreaElement | null, HTMLTextAreaElement | null>(replyBoxRef, () => textArea.current, [blocked]);
  if (blocked) {
    return (
      <section className="composer blocked" aria-label={t(messages.region)}>
        <p>{blocked}</p>
      </section>
    );
  }

  const send = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    if (sending || draft.body === null) return;
    const text = draft.body;
    const check = checkReply(text, recipientsFor(options, includeOperator), t);
    if (!check.ok) {
      setProblem(check.problem);
      textArea.current?.focus();
      return;
    }
    setSending(true);
    try {
      const decision = await guard.decide(text);
      if (decision.kind !== 'go') {
        if (decision.kind === 'blocked') textArea.current?.focus();
        return;
      }
      await draft.settle();
      await enqueue(
        db,
        {
          shopId: thread.shopId,
          kind: 'reply',
          threadId: thread.id,
          payload: { body: check.input.body, to: check.input.to },
          attachments: files,
          author,
          ...(decision.override ? { guardOverride: decision.override } : {}),
        },
        crypto.randomUUID(),
        now(),
        { checker },
      );
      draft.clear();
      guard.reset();
      setFiles([]);
      setProblem(null);
      setIncludeOperator(false);
      wakeOutbox();
      onQueued?.();
    } catch (error) {
      draft.restore(text);
      if (isReplyGuardError(error)) guard.show(text, error.findings);
      setProblem(
        isReplyGuardError(error)
          ? guardRefusal(error, t)
          : isStorageFull(error)
            ? t(messages.notStoredFull, { storageFull: t(failureMessages.storageFull) })
            : t(messages.notStored, { error: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void send();
  };

  const length = draft.body?.length ?? 0;
  const draftWord = draftWords[draft.state];
  return (
    <section className="composer" aria-label={t(messages.region)}>
      <form onSubmit={(event) => void send(event)} aria-label={t(messages.form)} autoComplete="off">
        <RecipientPicker
          options={options}
          customerName={thread.customerName}
          includeOperator={includeOperator}
          onIncludeOperator={setIncludeOperator}
          disabled={sending}
        />
        <label htmlFor={ids.text} className="visually-hidden">
          {t(messages.yourReply)}
        </label>
        <GuardedReplyBox
          findings={guard.findings}
          activeIndex={picked}
          id={ids.text}
          textAreaRef={textArea}
          rows={5}
          value={draft.body ?? ''}
          placeholder={t(draft.body === null ? messages.openingDraft : messages.placeholder)}
          readOnly={draft.body === null || sending}
          aria-invalid={problem !== null || guard.blocked}
          aria-describedby={`${problem ? ids.problem : ''} ${guard.findings.length > 0 ? ids.guard : ''} ${ids.hint}`.trim()}
          onChange={(event) => {
            draft.setBody(event.target.value);
            setPicked(null);
            if (problem) setProblem(null);
          }}
          onBlur={draft.flush}
          onKeyDown={onKeyDown}
        />
        {problem && (
          <p id={ids.problem} className="composer-problem" role="alert">
            {problem}
          </p>
        )}
        <GuardFindings
          id={ids.guard}
          findings={guard.findings}
          text={guard.checkedText}
          market={guard.market}
          ticks={guard.ticks}
          onTick={guard.tick}
          onPick={(index) => {
            const finding = guard.findings[index];
            setPicked(index);
            textArea.current?.focus();
            if (finding) textArea.current?.setSelectionRange(finding.start, finding.end);
          }}
        />
        {guard.asking && guard.findings.some((f) => f.severity === 'warn') && !guard.blocked && (
          <OverrideForm
            warnings={guard.findings.filter((f) => f.severity === 'warn')}
            reason={guard.reason}
            onReason={guard.setReason}
            reasonMissing={guard.reasonMissing}
            onSendAnyway={() => void send()}
            onCancel={() => {
              guard.cancelAsking();
              textArea.current?.focus();
            }}
            disabled={sending}
          />
        )}
        <AttachmentPicker files={files} onChange={setFiles} disabled={sending} />
        {files.length > 0 && <p className="muted small">{t(messages.filesNotKept)}</p>}
        <div className="composer-footer">
          <TemplatePicker
            thread={thread}
            disabled={sending || draft.body === null}
            onInsert={(text) => insertIntoReplyBox(textArea.current, draft.body ?? '', text, draft.setBody)}
          />
          <span id={ids.hint} className={`muted small${length > replyBodyMax ? ' error' : ''}`}>
            {t(messages.lengthHint, { length, max: replyBodyMax })}
          </span>
          <span className={`draft-state small${draft.state === 'failed' ? ' error' : ' muted'}`} role="status">
            {draftWord && t(draftWord)}
          </span>
          <button
            type="submit"
            className="primary"
            disabled={sending || draft.body === null || guard.blocked}
            aria-describedby={guard.blocked ? ids.blocked : undefined}
          >
            {t(sending ? messages.storing : messages.send)}
          </button>
        </div>
        {guard.blocked && (
          <p id={ids.blocked} className="composer-problem small">
            {t(guardMessages.sendBlocked)}
          </p>
        )}
      </form>
    </section>
  );
}
