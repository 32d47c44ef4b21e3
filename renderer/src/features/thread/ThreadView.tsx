import { Fragment, useCallback, useMemo, useRef, useState, type ComponentProps } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import { ThreadCaseStage } from '../case-stages';
import { Composer } from '../composer';
import { useInboxSelection, type ThreadKey } from '../inbox';
import { PhoneComplaintFromThread } from '../phone-complaints';
import { isUnsentToBuyer, reflectedMessageId, ThreadOutbox, threadOutboxRows } from '../outbox';
import { MessageList } from './MessageList';
import { ThreadNotices } from './ThreadNotices';
import { participantLabels } from './participant-words';
import { useCachedThread } from './useCachedThread';
import './thread-view.css';
import { SafeName } from '../../ui/SafeName';
import { neutraliseBidi } from '../../ui/safe-text';
import { DueCountdown } from '../../ui/countdown';
import { useT } from '../../ui/i18n';
import { messages } from './thread.messages';

interface Props {
  shopId: string;
  threadId: string;
  /** Handed to the composer: the app's hooks for putting the cursor in the reply box and moving on after a send. */
  reply?: Omit<ComponentProps<typeof Composer>, 'thread'>;
}

/**
 * A thread as the offline cache holds it, so it reads the same online and offline: a header with
 * the deadline's countdown, the order, the platform's involvement and who takes part; its messages,
 * what limits the seller (the platform's takeover and its consequences, closed, the 1000-message limit),
 * the seller's replies not yet among the messages (waiting, sending, refused), and the composer.
 * A thread not in the cache yet (the first sync has not reached it) says so, and still shows any
 * reply the seller queued for it.
 */
export function ThreadView({ shopId, threadId, reply }: Props) {
  const { db, syncNow } = useConsoleData();
  const t = useT();
  const cached = useCachedThread(db, shopId, threadId);
  // Bumped when the case stage control wrote the thread's draft: the composer reads it anew.
  const [draftRound, setDraftRound] = useState(0);
  // ... and the cursor goes to its reply box, where the seller personalises the message.
  const focusReplyBox = useRef(false);
  const outerReplyBoxRef = reply?.replyBoxRef;
  const replyBoxRef = useCallback(
    (box: HTMLTextAreaElement | null) => {
      if (typeof outerReplyBoxRef === 'function') outerReplyBoxRef(box);
      else if (outerReplyBoxRef) outerReplyBoxRef.current = box;
      if (box && focusReplyBox.current) {
        focusReplyBox.current = false;
        box.focus();
      }
    },
    [outerReplyBoxRef],
  );
  const draftWritten = useCallback(() => {
    focusReplyBox.current = true;
    setDraftRound((n) => n + 1);
  }, []);
  const rows = useMemo(() => (cached ? threadOutboxRows(cached.outbox, cached.messages) : []), [cached]);
  const sentHere = useMemo(() => {
    const ids = new Map<string, string | undefined>();
    for (const item of cached?.outbox ?? []) {
      const id = reflectedMessageId(item, cached?.messages ?? []);
      if (id) ids.set(id, item.author);
    }
    return ids;
  }, [cached]);
  // A phone complaint's written confirmation is drafted into a thread and opens it: this one again
  // remounts the composer, so it reads the new draft.
  const select = useInboxSelection((s) => s.select);
  const [composerRound, setComposerRound] = useState(0);
  const openThread = useCallback(
    (key: ThreadKey) => (key.shopId === shopId && key.threadId === threadId ? setComposerRound((n) => n + 1) : select(key)),
    [select, shopId, threadId],
  );

  if (!cached)
    return (
      <div className="panel-message" role="status">
        {t(messages.opening)}
      </div>
    );
  const { thread } = cached;
  if (!thread) {
    return (
      <article className="thread-view missing" aria-label={t(messages.missingLabel)} data-shop-id={shopId} data-thread-id={threadId}>
        <div className="panel-message" role="status">
          <p>{t(messages.missingBody)}</p>
          <button type="button" onClick={() => syncNow(shopId)}>
            {t(messages.fetchNow)}
          </button>
        </div>
        <ThreadOutbox rows={rows} thread={undefined} />
      </article>
    );
  }
  const pendingToBuyer = cached.outbox.filter(isUnsentToBuyer).length;
  const participants = thread.currentParticipants;
  return (
    <article
      className="thread-view"
      aria-label={t(messages.threadLabel, { topic: neutraliseBidi(cached.topicLabel ?? thread.topic) })}
      data-shop-id={shopId}
      data-thread-id={threadId}
    >
      <header>
        <h2>
          <SafeName text={cached.topicLabel ?? (thread.topic || t(messages.noSubject))} />
        </h2>
        <p className="thread-context">
          <span className="badge market">{thread.market}</span>
          {thread.orderId && <span className="order-id">{t(messages.order, { orderId: thread.orderId })}</span>}
          {thread.takenOver === 1 && <span className="badge operator">{t(messages.platformInvolved)}</span>}
          {thread.closed === 1 && <span className="badge">{t(messages.closedBadge)}</span>}
          {thread.atMessageLimit === 1 && <span className="badge">{t(messages.limitBadge)}</span>}
          <PhoneComplaintFromThread thread={thread} onOpenThread={openThread} />
        </p>
        <p className="participants">
          {participants.length > 0
            ? participantLabels(participants, t).map((p, index) => (
                <Fragment key={index}>
                  {index > 0 && ' · '}
                  <SafeName text={p.name} /> ({p.role})
                </Fragment>
              ))
            : thread.customerName && <SafeName text={thread.customerName} />}
        </p>
        <DueCountdown {...thread} variant="header" />
        <ThreadNotices thread={thread} pendingToBuyer={thread.takenOver === 1 ? pendingToBuyer : 0} />
        {thread.orderId && <ThreadCaseStage shopId={shopId} threadId={threadId} onDraftWritten={draftWritten} />}
      </header>
      <MessageList messages={cached.messages} attachments={cached.attachments} sentHere={sentHere} market={thread.market} />
      <ThreadOutbox rows={rows} thread={thread} />
      <Composer key={`${shopId}/${threadId}/${composerRound}/${draftRound}`} thread={thread} {...reply} replyBoxRef={replyBoxRef} />
    </article>
  );
}
