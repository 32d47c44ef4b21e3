import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useConsoleData } from '../data/console-data-context';
import type { ThreadKey } from '../features/inbox';
import { MoveOnOption } from '../features/shortcuts';
import { ThreadView } from '../features/thread';
import { TeamPanel } from '../features/workstation';
import { useT } from '../ui/i18n';
import { messages } from './app.messages';

interface Props {
  shopId: string;
  threadId: string;
  /** A reply to this thread was queued (MoveOn.onQueued). */
  onQueued(key: ThreadKey): void;
  /** The composer's text box arriving or leaving (ReplyFocus.attach). */
  attachReplyBox(key: ThreadKey, box: HTMLTextAreaElement | null): void;
  /** The last send here found no other thread due: the move-on option says so. */
  noneDue: boolean;
}

/**
 * The open thread: shown from the cache at once, and fetched whole (M10) in the background when
 * opened and when the window regains focus, so what the seller reads is fresh. react-query keeps
 * the request's state (loading, retries); the messages themselves come from Dexie. Under the reply
 * box, the "Then open the next thread due" option.
 */
export function ThreadPane({ shopId, threadId, onQueued, attachReplyBox, noneDue }: Props) {
  const { refreshThread } = useConsoleData();
  const t = useT();
  const refresh = useQuery({
    queryKey: ['thread-refresh', shopId, threadId],
    queryFn: async () => {
      await refreshThread(shopId, threadId);
      return true;
    },
    staleTime: 15_000,
    retry: 2,
    refetchOnWindowFocus: true,
  });
  const replyBoxRef = useCallback(
    (box: HTMLTextAreaElement | null) => attachReplyBox({ shopId, threadId }, box),
    [attachReplyBox, shopId, threadId],
  );
  const reply = useMemo(() => ({ onQueued: () => onQueued({ shopId, threadId }), replyBoxRef }), [onQueued, replyBoxRef, shopId, threadId]);
  return (
    <>
      {refresh.isFetching && (
        <p className="refresh-note muted" role="status">
          {t(messages.checkingThread)}
        </p>
      )}
      {refresh.isError && !refresh.isFetching && (
        <p className="refresh-note error" role="alert">
          {t(messages.threadCheckFailed, { error: refresh.error.message })}{' '}
          <button type="button" onClick={() => void refresh.refetch()}>
            {t(messages.tryAgain)}
          </button>
        </p>
      )}
      <ThreadView shopId={shopId} threadId={threadId} reply={reply} />
      <MoveOnOption noneDue={noneDue} />
      <TeamPanel shopId={shopId} threadId={threadId} />
    </>
  );
}
