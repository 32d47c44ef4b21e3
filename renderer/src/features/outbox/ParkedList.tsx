import { useLiveQuery } from 'dexie-react-hooks';
import { useConsoleData } from '../../data/console-data-context';
import { parkedWithThreads } from '../../data/outbox.queries';
import type { OutboxItem, ThreadRecord } from '../../data/records';
import { SafeName } from '../../ui/SafeName';
import { OutboxItemCard } from './OutboxItemCard';

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

  if (!parked)
    return (
      <p className="muted" role="status">
        Reading the outbox…
      </p>
    );
  if (parked.length === 0) return <p className="muted">Nothing is waiting for you: every reply was sent or is on its way.</p>;
  return (
    <ol className="outbox-items parked-list" aria-label="Replies not sent">
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
  return (
    <p className="parked-context small">
      <span className="badge">{shopLabel}</span>{' '}
      {thread ? <SafeName text={thread.topic || 'No subject'} /> : threadId ? `Thread ${threadId}` : item.kind}
      {onOpenThread && threadId && (
        <button type="button" onClick={() => onOpenThread({ shopId: item.shopId, threadId })}>
          Open thread
        </button>
      )}
    </p>
  );
}
