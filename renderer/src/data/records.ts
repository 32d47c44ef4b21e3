/**
 * The records of the offline cache. Each carries `shopId` (the console's shop id) in its key, so
 * several shops live side by side; derived fields (`dueAt`, `takenOver`, ...) are computed when a
 * record is written, so the UI's sorts and filters are index lookups.
 *
 * IndexedDB does not index booleans or null: flags are 0/1 numbers, and a field that is absent is
 * simply not in that index (a thread with no reply due is not in the `dueAt` index).
 */
import type { OperationBodyInput, OperationParams, ParticipantType, ThreadFields } from '../../../shared/mirakl';
import type { GuardRule } from '../../../shared/reply-guard';

export interface ShopRecord {
  id: string;
  label: string;
  market: string;
  /** A01's answer, refreshed at most once a day. */
  account?: unknown;
  accountFetchedAt?: string;
}

export type ThreadReplyState = 'waiting' | 'answered' | 'no-reply-needed';

/** Someone who takes part, or may take part, in a thread: Mirakl's participant type and display name. */
export interface ThreadParticipantRecord {
  type: ParticipantType;
  name: string;
}

/** A thread as the marketplace sent it and the sync engine validated it (M10/M11), minus its messages. */
export type ThreadRaw = ThreadFields;

/**
 * A cached thread. Everything the UI shows or decides on is a field here, derived once when the
 * sync engine writes the record (sync/thread-records.ts; schema version 3 derived it for threads
 * cached before): the UI never reads `raw`.
 */
export interface ThreadRecord {
  shopId: string;
  id: string;
  market: string;
  /** The topic as the thread shows it: the free text, or the reason code of a REASON_CODE topic. */
  topic: string;
  /** Mirakl's topic type: FREE_TEXT or REASON_CODE (others as sent). */
  topicType: string;
  /** The reason code of a REASON_CODE topic (RE11's codes); absent for free-text topics. */
  topicCode?: string;
  /** The buyer's display name ('' in a thread without a buyer, e.g. with the platform's support). */
  customerName: string;
  /** The order the thread is about (its MMP_ORDER or MPS_ORDER entity), when it is about one. */
  orderId?: string;
  /** The order's label (its commercial id, what the buyer and the seller quote); set since schema version 4. */
  orderLabel?: string;
  /**
   * When the thread's last message was written (Mirakl `metadata.last_message_date`): with
   * `lastSenderType`, what unread marks compare with. Set since schema version 4; older records fall
   * back to `dateUpdated`.
   */
  lastMessageAt?: string;
  /** Who takes part now (Mirakl `current_participants`), in the marketplace's order. */
  currentParticipants: ThreadParticipantRecord[];
  /** Who may take part (Mirakl `authorized_participants`): decides whom the shop may write to. */
  authorizedParticipants: ThreadParticipantRecord[];
  dateCreated: string;
  dateUpdated: string;
  /** When the unanswered buyer message arrived (Mirakl's metadata.shop_reply_needed_since). */
  replyNeededSince?: string;
  /** The 24-working-hour deadline in the market's calendar, as a UTC instant; absent when no reply is due. */
  dueAt?: string;
  /** Why no deadline could be computed although a reply is due (e.g. a date the calendars do not cover). */
  dueProblem?: string;
  replyState: ThreadReplyState;
  /** 1 when the platform took the thread over: its operator is authorised beside the buyer (replies go to the operator only). */
  takenOver: 0 | 1;
  /** 1 when the shop is no longer an authorised participant (the thread cannot be answered). */
  closed: 0 | 1;
  messageCount: number;
  /** 1 when the thread holds Mirakl's maximum of 1000 messages: no reply can be added. */
  atMessageLimit: 0 | 1;
  /** Who wrote last (Mirakl `metadata.last_sender.type`: CUSTOMER_USER, SHOP_USER, OPERATOR_USER). */
  lastSenderType?: string;
  entityType?: string;
  entityId?: string;
  /** The thread as the marketplace sent it (validated), minus its messages: what a later schema version derives new fields from. */
  raw: ThreadRaw;
}

export interface MessageRecord {
  shopId: string;
  threadId: string;
  id: string;
  dateCreated: string;
  fromType: string;
  fromName: string;
  body: string;
  attachmentIds: string[];
}

/**
 * An attachment as the UI reads it (names, sizes, what message it came with). Since schema version 9
 * the cache keeps a thread's attachments in its ThreadMessagesRecord (as ThreadAttachment), not as
 * records of their own; data/thread-messages.queries.ts answers them in this shape.
 */
export interface AttachmentRecord {
  shopId: string;
  id: string;
  threadId: string;
  messageId: string;
  name: string;
  size?: number;
}

export interface AttachmentBlobRecord {
  shopId: string;
  id: string;
  blob: Blob;
  contentType: string;
  fetchedAt: string;
}

export interface IncidentRecord {
  shopId: string;
  orderId: string;
  lineId: string;
  state: string;
  reasonCode?: string;
  dateUpdated: string;
  raw: unknown;
}

export interface ReturnRecord {
  shopId: string;
  id: string;
  state: string;
  orderId?: string;
  dateUpdated: string;
  raw: unknown;
}

export interface ReasonRecord {
  shopId: string;
  /** "incident_open" (RE11) or "incident_close" (RE12). */
  type: string;
  code: string;
  label: string;
  raw: unknown;
}

/** A reply in a thread: M12's `message_input` (body, recipients, topic). */
export type ReplyPayload = OperationBodyInput<'M12'>;

/** A new thread with the operator (a question to support, an absence notice): M14's `thread_input`. */
export type OperatorThreadPayload = OperationBodyInput<'M14'>;

/**
 * Resolving an order line's incident: OR64's body and its path parameters, the line stored as
 * `order_line_id` (OR11's name for what OR64's path calls `line`).
 */
export type IncidentResolutionPayload = OperationBodyInput<'OR64'> & {
  order_id: OperationParams<'OR64'>['order_id'];
  order_line_id: OperationParams<'OR64'>['line'];
};

/** The operation of each return action: RT21 accept (or refuse), RT25 receive, RT26 compliance, RT27 close. */
export interface ReturnActionCodes {
  accept: 'RT21';
  receive: 'RT25';
  compliance: 'RT26';
  close: 'RT27';
}
/** What a return update does to its return. */
export type ReturnAction = keyof ReturnActionCodes;

/** An action on one return: the action, and its operation's body (`returns` holds that one return). */
export type ReturnActionPayload = { [A in ReturnAction]: { action: A } & OperationBodyInput<ReturnActionCodes[A]> }[ReturnAction];

/**
 * A new thread with the buyer on an order (the written confirmation of a phone complaint where the
 * order has no thread yet): OR43's `thread_input` {body, to, topic} and the order it is created on.
 */
export type OrderThreadPayload = OperationBodyInput<'OR43'> & { order_id: OperationParams<'OR43'>['order_id'] };

/** A change of the shop's information (e.g. its closing dates): A02's body. */
export type StatusUpdatePayload = OperationBodyInput<'A02'>;

/**
 * What each kind of outbox item carries, typed from the input of the operation that sends it
 * (shared/mirakl/operations.ts), so producers and handlers agree by the compiler, not by convention.
 * Payloads read back from IndexedDB are still checked by their handler before the first send.
 */
export interface OutboxPayloads {
  reply: ReplyPayload;
  'support-thread': OperatorThreadPayload;
  'absence-notice': OperatorThreadPayload;
  'incident-resolution': IncidentResolutionPayload;
  'return-action': ReturnActionPayload;
  'status-update': StatusUpdatePayload;
  'order-thread': OrderThreadPayload;
}

export type OutboxKind = keyof OutboxPayloads;

/**
 * Where an outbox item is:
 * - queued: stored, not sent yet (or due for a retry after `notBefore`);
 * - sending: a request may be in flight; on start-up this means the outcome is unknown;
 * - unknown: a send failed in a way that may or may not have reached the marketplace: it is
 *   checked against the thread before any resend;
 * - sent: the marketplace has it (`deliveredMessageId` when known);
 * - parked: the marketplace refused it (4xx); it waits for the seller to edit, retry or discard.
 */
export type OutboxState = 'queued' | 'sending' | 'unknown' | 'sent' | 'parked';

export interface OutboxAttachment {
  name: string;
  type: string;
  blob: Blob;
}

/** What every outbox item has, whatever its kind: where it goes, and where it is on its way. */
export interface OutboxItemFields {
  /** A random id made when the seller pressed send. */
  id: string;
  /** Insertion order: items of one thread are sent in this order. */
  seq?: number;
  shopId: string;
  /** The thread the item writes to (replies); absent for items that create something. */
  threadId?: string;
  attachments: OutboxAttachment[];
  state: OutboxState;
  createdAt: string;
  /** When the first send attempt started: the lower bound of the delivery check's time window. */
  firstAttemptAt?: string;
  attempts: number;
  notBefore?: string;
  lastError?: { code: string; message: string; status?: number };
  deliveredMessageId?: string;
  sentAt?: string;
  /** Which profile member wrote it (the team's record of who did what). */
  author?: string;
  /** Replies only: the reply guard's warnings the seller sent it despite, and why (kept for the audit). */
  guardOverride?: ReplyGuardOverride;
}

/** How the seller answered an "unanswered question" warning instead of answering it in the reply. */
export type UnansweredTick = 'answered-elsewhere' | 'not-needed';

/**
 * The reply guard's warnings (marketing, language, generic, unanswered) a reply was sent despite:
 * the platform can sanction a seller for them, so the seller's reason is kept with the item for the
 * workstation's audit. Blocking findings are never overridden. `questions` are the unanswered-question
 * findings (the guard's English wording of each question) the seller ticked off one by one; ticking
 * every one of them counts as the reason for the `unanswered` rule, so `reason` may then be ''.
 */
export interface ReplyGuardOverride {
  rules: GuardRule[];
  reason: string;
  questions: { question: string; tick: UnansweredTick }[];
}

/** An outbox item of kind `K` (for a union of kinds, the union of their items), with what the seller wrote as `payload`. */
export type OutboxItemOf<K extends OutboxKind> = K extends OutboxKind ? OutboxItemFields & { kind: K; payload: OutboxPayloads[K] } : never;

/** An outbox item of any kind: a union discriminated by `kind`. */
export type OutboxItem = OutboxItemOf<OutboxKind>;

// What the seller keeps in the profile (read marks, templates, drafts) lives in its own module.
export * from './seller-records';

// The sync engine's bookkeeping (cursors, quarantine) lives in its own module too.
export * from './sync-records';

// Cases (local facts, history, phone complaints) and absences live in their own module.
export * from './case-records';

// Complaint files about bought contact records (seed 000).
export * from './complaint-file-records';

// A thread's messages and the search index (schema version 7).
export * from './search-records';
