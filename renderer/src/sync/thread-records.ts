import type { Thread, ThreadDetail, ThreadMessage } from '../../../shared/mirakl';
import { replyDueAt, WorkingTimeError } from '../../../shared/working-time';
import type { AttachmentRecord, MessageRecord, ThreadRecord, ThreadReplyState } from '../data/records';

/** Mirakl refuses new messages in a thread that holds this many. */
export const THREAD_MESSAGE_LIMIT = 1000;

/** A thread as the cache stores it: the thread record, and the messages and attachments it carried. */
export interface ThreadRecords {
  thread: ThreadRecord;
  messages: MessageRecord[];
  attachments: AttachmentRecord[];
}

/**
 * Maps a validated M11 or M10 thread of `shopId` (in `market`) to cache records, deriving what the
 * UI sorts and filters on:
 * - the reply clock starts at `metadata.shop_reply_needed_since` (null once the shop answered), and
 *   `dueAt` is 24 working hours later in the market's calendar; a date the calendar does not cover
 *   leaves `dueAt` absent with the reason in `dueProblem`, instead of failing the sync;
 * - taken over: the operator is an authorised participant of a thread with the buyer;
 * - closed: the shop is no longer an authorised participant;
 * - the 1000-message limit from `metadata.total_count`.
 */
export function threadRecords(shopId: string, market: string, thread: Thread | ThreadDetail): ThreadRecords {
  const authorized = thread.authorized_participants.map((p) => p.type);
  const customer = thread.current_participants.find((p) => p.type === 'CUSTOMER') ?? thread.authorized_participants.find((p) => p.type === 'CUSTOMER');
  const since = thread.metadata.shop_reply_needed_since ?? undefined;
  let dueAt: string | undefined;
  let dueProblem: string | undefined;
  if (since) {
    try {
      // One fixed format (milliseconds, Z), so the dueAt index sorts as time does.
      dueAt = new Date(replyDueAt(since, market)).toISOString();
    } catch (error) {
      if (!(error instanceof WorkingTimeError)) throw error;
      dueProblem = error.message;
    }
  }
  const entity = thread.entities?.[0];
  const { messages: _messages, ...withoutMessages } = thread;
  const record: ThreadRecord = {
    shopId,
    id: thread.id,
    market,
    topic: thread.topic.value,
    topicType: thread.topic.type,
    customerName: customer?.display_name ?? '',
    dateCreated: thread.date_created,
    dateUpdated: thread.date_updated,
    replyNeededSince: since,
    dueAt,
    dueProblem,
    replyState: replyState(thread),
    takenOver: authorized.includes('OPERATOR') && authorized.includes('CUSTOMER') ? 1 : 0,
    closed: authorized.includes('SHOP') ? 0 : 1,
    messageCount: thread.metadata.total_count,
    atMessageLimit: thread.metadata.total_count >= THREAD_MESSAGE_LIMIT ? 1 : 0,
    lastSenderType: thread.metadata.last_sender.type,
    entityType: entity?.type,
    entityId: entity?.id,
    raw: withoutMessages,
  };
  const messages: MessageRecord[] = [];
  const attachments: AttachmentRecord[] = [];
  for (const m of thread.messages ?? []) {
    messages.push(messageRecord(shopId, thread.id, m));
    for (const a of m.attachments ?? []) attachments.push({ shopId, id: a.id, threadId: thread.id, messageId: m.id, name: a.name, size: a.size });
  }
  return { thread: record, messages, attachments };
}

function replyState(thread: Thread | ThreadDetail): ThreadReplyState {
  if (thread.metadata.shop_reply_needed_since) return 'waiting';
  return thread.metadata.last_sender.type === 'SHOP_USER' ? 'answered' : 'no-reply-needed';
}

function messageRecord(shopId: string, threadId: string, m: ThreadMessage): MessageRecord {
  // `raw` keeps every field the marketplace sent except the body, which is stored once, in `body`.
  const { body: _body, ...raw } = m;
  return {
    shopId,
    threadId,
    id: m.id,
    dateCreated: m.date_created,
    fromType: m.from.type,
    fromName: m.from.display_name,
    body: m.body,
    attachmentIds: (m.attachments ?? []).map((a) => a.id),
    raw,
  };
}
