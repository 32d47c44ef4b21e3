import type { OutboxItem, ThreadRecord } from '../../data/records';
import { OutboxItemCard } from './OutboxItemCard';

/**
 * The seller's replies to a thread that are not among its messages yet, below the messages:
 * waiting, sending, being checked, sent (until the delivered message is in the cache), or refused
 * with what to do. Rows come from threadOutboxRows; nothing is rendered when there are none.
 */
export function ThreadOutbox({
  rows,
  thread,
}: {
  rows: readonly { item: OutboxItem; heldBack: boolean }[];
  thread: ThreadRecord | undefined;
}) {
  if (rows.length === 0) return null;
  return (
    <section className="thread-outbox" aria-label="Your replies not yet in the thread">
      <ol className="outbox-items">
        {rows.map(({ item, heldBack }) => (
          <OutboxItemCard key={item.id} item={item} thread={thread} heldBack={heldBack} />
        ))}
      </ol>
    </section>
  );
}
