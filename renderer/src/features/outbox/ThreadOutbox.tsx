import type { OutboxItem, ThreadRecord } from '../../data/records';
import { useT } from '../../ui/i18n';
import { OutboxItemCard } from './OutboxItemCard';
import { messages } from './outbox.messages';

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
  const t = useT();
  if (rows.length === 0) return null;
  return (
    <section className="thread-outbox" aria-label={t(messages.notYetInThread)}>
      <ol className="outbox-items">
        {rows.map(({ item, heldBack }) => (
          <OutboxItemCard key={item.id} item={item} thread={thread} heldBack={heldBack} />
        ))}
      </ol>
    </section>
  );
}
