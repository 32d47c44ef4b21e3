import type { ReactNode } from 'react';
import type { OutboxItem, ThreadRecord } from '../../data/records';
import { useT } from '../../ui/i18n';
import { SafeName } from '../../ui/SafeName';
import { useFormat } from '../../ui/useFormat';
import { useOnline } from '../../ui/useOnline';
import { ParkedActions } from './ParkedActions';
import { outboxStatus, recipientsText, replyText } from './outbox-status';
import { messages } from './outbox.messages';
import './outbox.css';

interface Props {
  item: OutboxItem;
  /** The item's thread from the cache, when there (decides the recipients an edit may choose). */
  thread: ThreadRecord | undefined;
  /** An earlier reply of the same thread is refused, so this one waits (see threadOutboxRows). */
  heldBack?: boolean;
  /** Shown above the text (the parked list names the shop and thread there). */
  context?: ReactNode;
}

/**
 * One thing the seller wrote that is not (yet) among the thread's messages, with where it is in
 * plain words (see outboxStatus) and, when the marketplace refused it, what can be done.
 */
export function OutboxItemCard({ item, thread, heldBack = false, context }: Props) {
  const online = useOnline();
  const t = useT();
  const { formatDateTime, formatSize } = useFormat();
  const status = outboxStatus(item, { online, heldBack, formatTime: formatDateTime, t });
  const recipients = recipientsText(item, t);
  return (
    <li className={`outbox-item state-${status.kind}`} data-outbox-id={item.id}>
      {context}
      <div className="message-meta">
        <strong>{t(messages.you)}</strong>
        {recipients && <span>{recipients}</span>}
        <time dateTime={item.createdAt}>{t(messages.written, { time: formatDateTime(item.createdAt) })}</time>
        <span className={`outbox-state state-${status.kind}`} role="status">
          {status.label}
        </span>
      </div>
      <p className="outbox-body">{replyText(item)}</p>
      {item.attachments.length > 0 && (
        <ul className="attachments" aria-label={t(messages.attachments)}>
          {item.attachments.map((a, index) => (
            <li key={`${index}-${a.name}`}>
              📎 <SafeName kind="file" text={a.name} /> <span className="muted">{formatSize(a.blob.size)}</span>
            </li>
          ))}
        </ul>
      )}
      {status.detail && <p className="outbox-detail small">{status.detail}</p>}
      {item.state === 'parked' && <ParkedActions item={item} thread={thread} />}
    </li>
  );
}
