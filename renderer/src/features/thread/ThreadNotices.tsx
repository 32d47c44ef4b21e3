import type { ThreadRecord } from '../../data/records';
import { useT } from '../../ui/i18n';
import { messages } from './thread.messages';

interface Props {
  thread: ThreadRecord;
  /** Replies of this thread not sent yet that are addressed to the buyer. */
  pendingToBuyer: number;
}

/**
 * What limits the seller in this thread, said at the top: the platform's takeover and what it
 * means for replies (they go to the platform only) and for replies waiting to send, a closed
 * thread, the 1000-message limit. Only the takeover is a `note` landmark: it changes what the
 * seller may do. The deadline is the header's countdown.
 */
export function ThreadNotices({ thread, pendingToBuyer }: Props) {
  const t = useT();
  return (
    <>
      {thread.takenOver === 1 && (
        <div className="notice operator" role="note">
          <p>{t(messages.takeover)}</p>
          {pendingToBuyer > 0 && <p>{t(messages.pendingToBuyer, { count: pendingToBuyer })}</p>}
        </div>
      )}
      {thread.closed === 1 && <p className="notice closed">{t(messages.closed)}</p>}
      {thread.atMessageLimit === 1 && <p className="notice limit">{t(messages.limit, { count: thread.messageCount })}</p>}
    </>
  );
}
