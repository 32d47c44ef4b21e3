import { useQuery } from '@tanstack/react-query';
import { useConsoleData } from '../data/console-data-context';
import { ThreadView } from '../features/thread';

/**
 * The open thread: shown from the cache at once, and fetched whole (M10) in the background when
 * opened and when the window regains focus, so what the seller reads is fresh. react-query keeps
 * the request's state (loading, retries); the messages themselves come from Dexie. `now` (ms) is
 * the minute clock the deadlines are counted against.
 */
export function ThreadPane({ shopId, threadId, now }: { shopId: string; threadId: string; now: number }) {
  const { refreshThread } = useConsoleData();
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
  return (
    <>
      {refresh.isFetching && (
        <p className="refresh-note muted" role="status">
          Checking for new messages…
        </p>
      )}
      {refresh.isError && !refresh.isFetching && (
        <p className="refresh-note error" role="alert">
          Could not check this thread for new messages: {refresh.error.message} What you see is the offline copy.{' '}
          <button type="button" onClick={() => void refresh.refetch()}>
            Try again
          </button>
        </p>
      )}
      <ThreadView shopId={shopId} threadId={threadId} now={now} />
    </>
  );
}
