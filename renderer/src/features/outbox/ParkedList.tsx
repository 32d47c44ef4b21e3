import { useLiveQuery } from 'dexie-react-hooks';
import { useConsoleData } from '../../data/console-data-context';
import { parkedWithThreads } from '../../data/outbox.queries';
import type { OutboxItem, ThreadRecord } from '../../data/records';
import { useT } from '../../ui/i18n';
import { SafeName } from '../../ui/SafeName';
import { OutboxItemCard } from './OutboxItemCard';
import { messages } from './outbox.messages';

interface Props {
  /** Opens a thread in the inbox (offered next to each reply when given). */
  onOpenThread?: (selection: { shopId: string; threadId: string }) => void;
}

/**
 * Every refused (parked) item across shops and threads, oldest first, with the same actions as in
 * the thread: the status bar opens it, so a refused reply is never out of sight while its thread
 * is not open.
 */
export function ParkedList({ onOpenThread }: Props) {
  const { db, shops } = useConsoleData();
  const parked = useLiveQuery(() => parkedWithThreads(db), [db]);
  const labels = new Map(shops.map((s) => [s.id, s.label]));
  const t = useT();

  if (!parked)
    return (
      <p className="muted" role="status">
        {t(messages.readingOutbox)}
      </p>
    );
  if (parked.length === 0) return <p className="muted">{t(messages.nothingWaiting)}</p>;
  return (
    <ol className="outbox-items parked-list" aria-label={t(messages.repliesNotSent)}>
      {parked.map(({ item, thread }) => (
        <OutboxItemCard
          key={item.id}
          item={item}
          thread={thread}
          context={
            <ParkedContext item={item} thread={thread} shopLabel={labels.get(item.shopId) ?? item.shopId} onOpenThread={onOpenThread} />
          }
        />
      ))}
    </ol>
  );
}

function ParkedContext({
  item,
  thread,
  shopLabel,
  onOpenThread,
}: {
  item: OutboxItem;
  thread: ThreadRecord | undefined;
  shopLabel: string;
  onOpenThread: Props['onOpenThread'];
}) {
  const { threadId } = item;
  const t = useT();
  return (
    <p className="parked-context small">
      <span className="badge">{shopLabel}</span>{' '}
      {thread ? (
        <SafeName text={thread.topic || t(messages.noSubject)} />
      ) : threadId ? (
        t(messages.threadNumber, { id: threadId })
      ) : (
        item.kind
      )}
      {onOpenThread && threadId && (
        <button type="button" onClick={() => onOpenThread({ shopId: item.shopId, threadId })}>
          {t(messages.openThread)}
        </button>
      )}
    </p>
  );
}
