import { formatDateTime } from '../../app/format';
import { useThread } from './useThread';

interface Props {
  shopId: string;
  threadId: string;
}

const senderLabels: Record<string, string> = { CUSTOMER: 'Buyer', SHOP: 'You', OPERATOR: 'Platform' };

/** A thread's messages, with who wrote each and when, and the platform's involvement made plain. */
export function ThreadView({ shopId, threadId }: Props) {
  const thread = useThread(shopId, threadId);
  if (thread.isPending) return <div className="panel-message" role="status">Loading the thread…</div>;
  if (thread.isError) {
    return (
      <div className="panel-message error" role="alert">
        <p>This thread could not be loaded: {thread.error.message}</p>
        <button type="button" onClick={() => void thread.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const detail = thread.data;
  const operator = detail.participants.some((p) => p.type === 'OPERATOR');
  return (
    <article className="thread-view" aria-label={`Thread ${detail.topic}`}>
      <header>
        <h2>{detail.topic || 'No subject'}</h2>
        <p className="participants">{detail.participants.map((p) => `${p.name} (${senderLabels[p.type] ?? p.type})`).join(' · ')}</p>
        {operator && (
          <p className="notice operator" role="note">
            The platform's support team takes part in this thread. Keep answering the buyer here; the platform may decide the case.
          </p>
        )}
      </header>
      <ol className="messages">
        {detail.messages.map((m) => (
          <li key={m.id} className={`message from-${m.fromType.toLowerCase()}`}>
            <div className="message-meta">
              <strong>{m.fromName || senderLabels[m.fromType] || m.fromType}</strong>
              <span className="badge">{senderLabels[m.fromType] ?? m.fromType}</span>
              <time dateTime={m.dateCreated}>{formatDateTime(m.dateCreated)}</time>
            </div>
            <p className="message-body">{m.body}</p>
            {m.attachments.length > 0 && (
              <ul className="attachments" aria-label="Attachments">
                {m.attachments.map((a) => (
                  <li key={a.id}>📎 {a.name}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
