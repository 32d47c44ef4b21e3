import { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type { OutboxItem } from '../../data/records';
import type { ReadBackMessage } from './delivery-check';
import type { OutboxPlatform } from './outbox-platform';
import { SendFailureError, classifyStatus } from './send-failure';

/**
 * The outbox's marketplace over HTTP: `http` is a ky instance whose prefix reaches
 * `/platform/` (the gateway) and which never retries writes itself (the outbox decides).
 */
export function httpOutboxPlatform(http: KyInstance, now: () => Date): OutboxPlatform {
  async function failureFrom(error: unknown): Promise<SendFailureError> {
    if (error instanceof HTTPError) {
      const body = await error.response
        .clone()
        .json()
        .then((json) => json as { message?: string; code?: string })
        .catch(() => null);
      return new SendFailureError(classifyStatus(error.response.status, error.response.headers.get('retry-after'), body, now().getTime()));
    }
    if (error instanceof TimeoutError) {
      return new SendFailureError({ kind: 'unknown', status: null, code: 'TIMEOUT', message: 'The marketplace did not answer in time.' });
    }
    return new SendFailureError({ kind: 'unknown', status: null, code: 'NETWORK', message: 'The connection to the marketplace failed.' });
  }

  return {
    async sendReply(item) {
      if (!item.threadId) throw new SendFailureError({ kind: 'refused', status: 0, code: 'NO_THREAD', message: 'This reply has no thread.' });
      const form = new FormData();
      form.append('message_input', new Blob([JSON.stringify(item.payload)], { type: 'application/json' }));
      for (const file of item.attachments) form.append('files', file.blob, file.name);
      try {
        const answer = await http
          .post(`${encodeURIComponent(item.shopId)}/api/inbox/threads/${encodeURIComponent(item.threadId)}/message`, { body: form, retry: 0 })
          .json<{ message_id?: unknown }>();
        return { messageId: typeof answer?.message_id === 'string' ? answer.message_id : null };
      } catch (error) {
        throw await failureFrom(error);
      }
    },
    async readThreadMessages(shopId, threadId) {
      try {
        const thread = await http
          .get(`${encodeURIComponent(shopId)}/api/inbox/threads/${encodeURIComponent(threadId)}`, { retry: 0 })
          .json<{ messages?: { id?: unknown; body?: unknown; date_created?: unknown; from?: { type?: unknown } }[] }>();
        return (thread.messages ?? []).flatMap((m): ReadBackMessage[] =>
          typeof m.id === 'string' && typeof m.date_created === 'string'
            ? [{ id: m.id, body: typeof m.body === 'string' ? m.body : '', dateCreated: m.date_created, fromType: String(m.from?.type ?? '') }]
            : [],
        );
      } catch (error) {
        throw await failureFrom(error);
      }
    },
  };
}

/** The reply payload M12 expects as `message_input`. */
export function replyPayload(body: string, to: { type: string; id?: string }[]): OutboxItem['payload'] {
  return { body, to };
}
