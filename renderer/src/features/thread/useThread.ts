import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../api/platform-client';

export interface ThreadMessageView {
  id: string;
  body: string;
  dateCreated: string;
  fromType: string;
  fromName: string;
  attachments: { id: string; name: string; size: number | null }[];
}

export interface ThreadDetail {
  id: string;
  topic: string;
  replyNeededSince: string | null;
  participants: { type: string; name: string }[];
  messages: ThreadMessageView[];
}

interface RawThread {
  id: string;
  topic?: { value?: string } | null;
  metadata?: { shop_reply_needed_since?: string | null } | null;
  current_participants?: { type?: string; display_name?: string }[];
  messages?: {
    id: string;
    body?: string;
    date_created: string;
    from?: { type?: string; display_name?: string };
    attachments?: { id: string; name?: string; size?: number }[];
  }[];
}

/** One thread with its messages (M10), oldest message first. */
export function useThread(shopId: string, threadId: string) {
  return useQuery({
    queryKey: ['thread', shopId, threadId],
    queryFn: async (): Promise<ThreadDetail> => {
      const raw = (await getJson(shopId, `api/inbox/threads/${encodeURIComponent(threadId)}`)) as RawThread;
      const messages = (raw.messages ?? []).map((m) => ({
        id: m.id,
        body: m.body ?? '',
        dateCreated: m.date_created,
        // Message authors are typed CUSTOMER_USER / SHOP_USER / OPERATOR_USER; participants without the suffix.
        fromType: (m.from?.type ?? '').replace(/_USER$/, ''),
        fromName: m.from?.display_name ?? '',
        attachments: (m.attachments ?? []).map((a) => ({ id: a.id, name: a.name ?? a.id, size: a.size ?? null })),
      }));
      messages.sort((a, b) => a.dateCreated.localeCompare(b.dateCreated));
      return {
        id: raw.id,
        topic: raw.topic?.value ?? '',
        replyNeededSince: raw.metadata?.shop_reply_needed_since ?? null,
        participants: (raw.current_participants ?? []).map((p) => ({ type: p.type ?? '', name: p.display_name ?? '' })),
        messages,
      };
    },
  });
}
