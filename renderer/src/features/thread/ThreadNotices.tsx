import { formatDateTime } from '../../ui/format';
import type { ThreadRecord } from '../../data/records';

interface Props {
  thread: ThreadRecord;
  /** Replies of this thread not sent yet that are addressed to the buyer. */
  pendingToBuyer: number;
  /** The time deadlines are counted against (ms). */
  now: number;
}

/**
 * What limits the seller in this thread, said at the top: the platform's takeover and what it
 * means for replies waiting to send, a closed thread, the 1000-message limit, and the reply
 * deadline. Only the takeover is a `note` landmark: it changes what the seller may do.
 */
export function ThreadNotices({ thread, pendingToBuyer, now }: Props) {
  return (
    <>
      {thread.takenOver === 1 && (
        <div className="notice operator" role="note">
          <p>
            The platform's support team has taken over this thread. From now on your replies can go to the platform only, not to the buyer;
            the platform handles the case itself and may charge its costs to your shop.
          </p>
          {pendingToBuyer > 0 && (
            <p>
              {pendingToBuyer === 1 ? 'One of your replies waiting to send is' : `${pendingToBuyer} of your replies waiting to send are`}{' '}
              addressed to the buyer. The marketplace will refuse {pendingToBuyer === 1 ? 'it' : 'them'};{' '}
              {pendingToBuyer === 1 ? 'it comes' : 'they come'} back here as not sent, to edit and send to the platform, or to discard.
            </p>
          )}
        </div>
      )}
      {thread.closed === 1 && <p className="notice closed">This thread is closed: your shop can no longer write in it.</p>}
      {thread.atMessageLimit === 1 && (
        <p className="notice limit">This thread holds {thread.messageCount} messages, the marketplace's maximum: no reply can be added.</p>
      )}
      <Deadline thread={thread} now={now} />
    </>
  );
}

function Deadline({ thread, now }: { thread: ThreadRecord; now: number }) {
  if (thread.replyState !== 'waiting') return null;
  if (thread.dueAt) {
    const overdue = Date.parse(thread.dueAt) <= now;
    return (
      <p className={`notice deadline${overdue ? ' overdue' : ''}`}>
        {overdue ? 'Reply overdue since' : 'Reply due by'} <time dateTime={thread.dueAt}>{formatDateTime(thread.dueAt)}</time> (24 working
        hours in the {thread.market} calendar).
      </p>
    );
  }
  return (
    <p className="notice deadline">
      The buyer waits for a reply{thread.replyNeededSince ? ` since ${formatDateTime(thread.replyNeededSince)}` : ''}. No deadline could be
      computed: {thread.dueProblem ?? "the market's calendar is unknown"}.
    </p>
  );
}
