import { useQuery } from '@tanstack/react-query';
import { useConsoleData } from '../data/console-data-context';
import { ThreadView } from '../features/thread';
import { useT } from '../ui/i18n';
import { messages } from './app.messages';

/**
 * The open thread: shown from the cache at once, and fetched whole (M10) in the background when
 * opened and when the window regains focus, so what the seller reads is fresh. react-query keeps
 * the request's state (loading, retries); the messages themselves come from Dexie.
 */
export function ThreadPane({ shopId, threadId }: { shopId: string; threadId: string }) {
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
      <ThreadView shopId={shopId} threadId={threadId} />
    </>
  );
}
