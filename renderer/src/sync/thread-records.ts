import { threadFieldsSchema, type Thread, type ThreadDetail, type ThreadMessage, type ThreadParticipant } from '../../../shared/mirakl';
import { replyDueAt, WorkingTimeError } from '../../../shared/working-time';
import type { MessageRecord, ThreadAttachment, ThreadParticipantRecord, ThreadRaw, ThreadRecord, ThreadReplyState } from '../data/records';

/** Mirakl refuses new messages in a thread that holds this many. */
export const THREAD_MESSAGE_LIMIT = 1000;

/**
 * A thread as the cache stores it: the thread record, and the messages and attachments it carried
 * (both kept in the thread's ThreadMessagesRecord, see data/thread-messages.queries.ts).
 */
export interface ThreadRecords {
  thread: ThreadRecord;
  messages: MessageRecord[];
  attachments: ThreadAttachment[];
}

/** The fields of a thread record that follow from the thread alone (not its messages, nor a calendar). */
export type ThreadFacts = Pick<
  ThreadRecord,
  | 'topic'
  | 'topicType'
  | 'topicCode'
  | 'customerName'
  | 'orderId'
  | 'orderLabel'
  | 'lastMessageAt'
  | 'entityType'
  | 'entityId'
  | 'currentParticipants'
  | 'authorizedParticipants'
  | 'takenOver'
  | 'closed'
>;

/** Entity types that name an order (marketplace and service orders). */
const orderEntityTypes: ReadonlySet<string> = new Set(['MMP_ORDER', 'MPS_ORDER']);

/**
 * Derives what the UI reads of a validated thread, once, when it is stored:
 * - the topic (its text, and its code when it is a REASON_CODE topic);
 * - the buyer's name (a current buyer participant, else an authorised one) and the order it is about
 *   (its id, and the label the seller knows it by, which search finds too);
 * - when the last message was written (what unread marks compare with);
 * - its current and authorised participants with their types;
 * - taken over: the operator is an authorised participant of a thread with the buyer;
 * - closed: the shop is no longer an authorised participant.
 */
export function threadFacts(thread: ThreadRaw): ThreadFacts {
  const authorized = thread.authorized_participants.map((p) => p.type);
  const customer =
    thread.current_participants.find((p) => p.type === 'CUSTOMER') ?? thread.authorized_participants.find((p) => p.type === 'CUSTOMER');
  const entity = thread.entities?.[0];
  const order = thread.entities?.find((e) => orderEntityTypes.has(e.type));
  return {
    topic: thread.topic.value,
    topicType: thread.topic.type,
    topicCode: thread.topic.type === 'REASON_CODE' ? thread.topic.value : undefined,
    customerName: customer?.display_name ?? '',
    orderId: order?.id,
    orderLabel: order?.label,
    lastMessageAt: thread.metadata.last_message_date,
    entityType: entity?.type,
    entityId: entity?.id,
    currentParticipants: thread.current_participants.map(participantRecord),
    authorizedParticipants: thread.authorized_participants.map(participantRecord),
    takenOver: authorized.includes('OPERATOR') && authorized.includes('CUSTOMER') ? 1 : 0,
    closed: authorized.includes('SHOP') ? 0 : 1,
  };
}

/**
 * threadFacts of a thread cached by an older console (schema version 3 derives them for every cached
 * thread from its `raw`). `raw` was validated when it was stored; should it not pass today's schema,
 * null, and the record keeps what it has.
 */
export function cachedThreadFacts(raw: unknown): ThreadFacts | null {
  const parsed = threadFieldsSchema.safeParse(raw);
  return parsed.success ? threadFacts(parsed.data) : null;
}

/**
 * Maps a validated M11 or M10 thread of `shopId` (in `market`) to cache records, with the derived
 * fields of threadFacts and what the UI sorts and filters on:
 * - the reply clock starts at `metadata.shop_reply_needed_since` (null once the shop answered), and
 *   `dueAt` is 24 working hours later in the market's calendar; a date the calendar does not cover
 *   leaves `dueAt` absent with the reason in `dueProblem`, instead of failing the sync;
 * - the 1000-message limit from `metadata.total_count`.
 */
export function threadRecords(shopId: string, market: string, thread: Thread | ThreadDetail): ThreadRecords {
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
  const { messages: _messages, ...withoutMessages } = thread;
  const record: ThreadRecord = {
    shopId,
    id: thread.id,
    market,
    ...threadFacts(withoutMessages),
    dateCreated: thread.date_created,
    dateUpdated: thread.date_updated,
    replyNeededSince: since,
    dueAt,
    dueProblem,
    replyState: replyState(thread),
    messageCount: thread.metadata.total_count,
    atMessageLimit: thread.metadata.total_count >= THREAD_MESSAGE_LIMIT ? 1 : 0,
    lastSenderType: thread.metadata.last_sender.type,
    raw: withoutMessages,
  };
  const messages: MessageRecord[] = [];
  const attachments: ThreadAttachment[] = [];
  for (const m of thread.messages ?? []) {
    messages.push(messageRecord(shopId, thread.id, m));
    for (const a of m.attachments ?? [])
      attachments.push(
        a.size === undefined ? { id: a.id, messageId: m.id, name: a.name } : { id: a.id, messageId: m.id, name: a.name, size: a.size },
      );
  }
  return { thread: record, messages, attachments };
}

function participantRecord(p: ThreadParticipant): ThreadParticipantRecord {
  return { type: p.type, name: p.display_name };
}

function replyState(thread: Thread | ThreadDetail): ThreadReplyState {
  if (thread.metadata.shop_reply_needed_since) return 'waiting';
  return thread.metadata.last_sender.type === 'SHOP_USER' ? 'answered' : 'no-reply-needed';
}

/**
 * The fields of a message the console reads. Since schema version 9 the marketplace's whole message
 * is not kept beside them (nothing read it, and it doubled what a sync page writes); its attachments
 * go to the thread's ThreadMessagesRecord.
 */
function messageRecord(shopId: string, threadId: string, m: ThreadMessage): MessageRecord {
  return {
    shopId,
    threadId,
    id: m.id,
    dateCreated: m.date_created,
    fromType: m.from.type,
    fromName: m.from.display_name,
    body: m.body,
    attachmentIds: (m.attachments ?? []).map((a) => a.id),
  };
}
