import { Fragment, useMemo, type ComponentProps } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import { Composer } from '../composer';
import { isUnsentToBuyer, reflectedMessageId, ThreadOutbox, threadOutboxRows } from '../outbox';
import { MessageList } from './MessageList';
import { ThreadNotices } from './ThreadNotices';
import { participantLabels } from './participant-words';
import { useCachedThread } from './useCachedThread';
import './thread-view.css';
import { SafeName } from '../../ui/SafeName';
import { neutraliseBidi } from '../../ui/safe-text';

interface Props {
  shopId: string;
  threadId: string;
  /** The time deadlines are counted against (ms; re-rendered by the caller each minute). */
  now: number;
  /** Handed to the composer: the app's hooks for putting the cursor in the reply box and moving on after a send. */
  reply?: Omit<ComponentProps<typeof Composer>, 'thread'>;
}

/**
 * A thread as the offline cache holds it, so it reads the same online and offline: its messages,
 * what limits the seller (the platform's takeover, closed, the 1000-message limit, the deadline),
 * the seller's replies not yet among the messages (waiting, sending, refused), and the composer.
 * A thread not in the cache yet (the first sync has not reached it) says so, and still shows any
 * reply the seller queued for it.
 */
export function ThreadView({ shopId, threadId, now, reply }: Props) {
  const { db, syncNow } = useConsoleData();
  const cached = useCachedThread(db, shopId, threadId);
  const rows = useMemo(() => (cached ? threadOutboxRows(cached.outbox, cached.messages) : []), [cached]);
  const sentHere = useMemo(() => {
    const ids = new Map<string, string | undefined>();
    for (const item of cached?.outbox ?? []) {
      const id = reflectedMessageId(item, cached?.messages ?? []);
      if (id) ids.set(id, item.author);
    }
    return ids;
  }, [cached]);

  if (!cached)
    return (
      <div className="panel-message" role="status">
        Opening the thread…
      </div>
    );
  const { thread } = cached;
  if (!thread) {
    return (
      <article
        className="thread-view missing"
        aria-label="Thread not in the offline copy yet"
        data-shop-id={shopId}
        data-thread-id={threadId}
      >
        <div className="panel-message" role="status">
          <p>
            This thread is not in the offline copy yet: the console is still fetching the inbox. It appears here by itself as soon as it
            arrives.
          </p>
          <button type="button" onClick={() => syncNow(shopId)}>
            Fetch now
          </button>
        </div>
        <ThreadOutbox rows={rows} thread={undefined} />
      </article>
    );
  }
  const pendingToBuyer = cached.outbox.filter(isUnsentToBuyer).length;
  const participants = thread.currentParticipants;
  return (
    <article className="thread-view" aria-label={`Thread ${neutraliseBidi(thread.topic)}`} data-shop-id={shopId} data-thread-id={threadId}>
      <header>
        <h2>
          <SafeName text={thread.topic || 'No subject'} />
        </h2>
        <p className="participants">
          {participants.length > 0
            ? participantLabels(participants).map((p, index) => (
                <Fragment key={index}>
                  {index > 0 && ' · '}
                  <SafeName text={p.name} /> ({p.role})
                </Fragment>
              ))
            : thread.customerName && <SafeName text={thread.customerName} />}
          {thread.closed === 1 && <span className="badge">Closed</span>}
          {thread.atMessageLimit === 1 && <span className="badge">Message limit reached</span>}
        </p>
        <ThreadNotices thread={thread} pendingToBuyer={thread.takenOver === 1 ? pendingToBuyer : 0} now={now} />
      </header>
      <MessageList messages={cached.messages} attachments={cached.attachments} sentHere={sentHere} />
      <ThreadOutbox rows={rows} thread={thread} />
      <Composer key={`${shopId}/${threadId}`} thread={thread} {...reply} />
    </article>
  );
}
