import { formatDateTime } from '../../ui/format';
import type { AttachmentRecord, MessageRecord } from '../../data/records';
import { SafeName } from '../../ui/SafeName';
import { senderClass, senderLabel } from './participant-words';

interface Props {
  messages: readonly MessageRecord[];
  attachments: ReadonlyMap<string, AttachmentRecord>;
  /** Messages delivered by this console's outbox, by id, with who in the team wrote them. */
  sentHere: ReadonlyMap<string, string | undefined>;
}

/** The thread's messages, oldest first, each with its author, when, and its attachments' names. */
export function MessageList({ messages, attachments, sentHere }: Props) {
  if (messages.length === 0) return <p className="muted">No messages in the offline copy yet.</p>;
  return (
    <ol className="messages">
      {messages.map((m) => {
        const who = senderLabel(m.fromType);
        const fromHere = sentHere.has(m.id);
        const author = sentHere.get(m.id);
        return (
          <li key={m.id} className={`message from-${senderClass(m.fromType)}`}>
            <div className="message-meta">
              <strong>
                <SafeName text={m.fromName || who} />
              </strong>
              <span className="badge">{who}</span>
              <time dateTime={m.dateCreated}>{formatDateTime(m.dateCreated)}</time>
              {fromHere && (
                <span className="sent-here" title={author && author !== 'default' ? `Written by ${author}` : undefined}>
                  Sent from this console
                </span>
              )}
            </div>
            <p className="message-body">{m.body}</p>
            {m.attachmentIds.length > 0 && (
              <ul className="attachments" aria-label="Attachments">
                {m.attachmentIds.map((id) => (
                  <li key={id}>
                    📎 <SafeName kind="file" text={attachments.get(id)?.name ?? id} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
