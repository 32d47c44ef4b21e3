import { z } from 'zod';
import { integer, isoDateTime, openEnum } from './open-enum';

/** Who takes part in a thread (M10/M11 `*_participants[].type`, M12 `to[].type`). */
export const participantTypes = ['OPERATOR', 'SHOP', 'CUSTOMER'] as const;
export const participantTypeSchema = openEnum(participantTypes);
export type ParticipantType = z.infer<typeof participantTypeSchema>;

/** The kind of user who sent a message (M10/M11 `from.type`, `metadata.last_sender.type`). */
export const senderTypes = ['OPERATOR_USER', 'SHOP_USER', 'CUSTOMER_USER'] as const;
export const senderTypeSchema = openEnum(senderTypes);
export type SenderType = z.infer<typeof senderTypeSchema>;

/** Topic kinds (M10/M11 `topic.type`, M12/M14/OR43 topic inputs). */
export const topicTypes = ['FREE_TEXT', 'REASON_CODE'] as const;
export const topicTypeSchema = openEnum(topicTypes);

/** Entity types M11 filters on (`entity_type`); threads carry them in `entities[].type`. */
export const threadEntityTypes = ['MMP_ORDER', 'MMP_OFFER', 'MPS_ORDER', 'MPS_SERVICE', 'SELLER_OPERATOR'] as const;
export const threadEntityTypeSchema = openEnum(threadEntityTypes);

/** M10/M11 participant (authorized, current, message recipient, sender organization). No `id` for OPERATOR. */
export const threadParticipantSchema = z.looseObject({
  display_name: z.string(),
  id: z.string().nullish(),
  type: participantTypeSchema,
});
export type ThreadParticipant = z.infer<typeof threadParticipantSchema>;

/** M10/M11 message sender (`from`, `metadata.last_sender`). */
export const threadSenderSchema = z.looseObject({
  display_name: z.string(),
  organization_details: threadParticipantSchema.nullish(),
  type: senderTypeSchema,
});
export type ThreadSender = z.infer<typeof threadSenderSchema>;

/** M10/M11 message attachment; download it with M13 by `id`. */
export const threadAttachmentSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  size: integer,
});
export type ThreadAttachment = z.infer<typeof threadAttachmentSchema>;

/** M10/M11 message (`messages[]`). */
export const threadMessageSchema = z.looseObject({
  attachments: z.array(threadAttachmentSchema).nullish(),
  body: z.string(),
  date_created: isoDateTime,
  from: threadSenderSchema,
  id: z.string(),
  to: z.array(threadParticipantSchema),
});
export type ThreadMessage = z.infer<typeof threadMessageSchema>;

/** M10/M11 thread topic. */
export const threadTopicSchema = z.looseObject({
  type: topicTypeSchema,
  value: z.string(),
});
export type ThreadTopic = z.infer<typeof threadTopicSchema>;

/** M10/M11 thread entity (e.g. `MMP_ORDER` with the order id). */
export const threadEntitySchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  type: threadEntityTypeSchema,
});
export type ThreadEntity = z.infer<typeof threadEntitySchema>;

/**
 * M10/M11 `metadata`. `shop_reply_needed_since` is when the oldest unanswered buyer message arrived,
 * the moment the reply clock starts; null once the shop replied (the spec's prose and example say
 * null although its JSON schema types it as a plain string).
 */
export const threadMetadataSchema = z.looseObject({
  last_message_date: isoDateTime,
  last_sender: threadSenderSchema,
  shop_reply_needed_since: isoDateTime.nullable(),
  total_count: integer,
});
export type ThreadMetadata = z.infer<typeof threadMetadataSchema>;

/** M10/M11 "no store reply needed" action. */
export const noStoreReplyNeededSchema = z.looseObject({
  date: isoDateTime,
  user_type: openEnum(['OPERATOR', 'SHOP'] as const),
});

const threadFields = {
  authorized_participants: z.array(threadParticipantSchema),
  current_participants: z.array(threadParticipantSchema),
  customer_organization: z.looseObject({ display_name: z.string(), id: z.string() }).nullish(),
  date_created: isoDateTime,
  date_updated: isoDateTime,
  entities: z.array(threadEntitySchema).nullish(),
  id: z.string(),
  metadata: threadMetadataSchema,
  no_store_reply_needed: z.array(noStoreReplyNeededSchema).nullish(),
  topic: threadTopicSchema,
};

/** An M10/M11 thread without its messages: what the console keeps of a thread beside its messages. */
export const threadFieldsSchema = z.looseObject(threadFields);
export type ThreadFields = z.infer<typeof threadFieldsSchema>;

/** M11 thread (`data[]`): `messages` only with `with_messages=true` (the last 100 of the thread). */
export const threadSchema = z.looseObject({
  ...threadFields,
  messages: z.array(threadMessageSchema).nullish(),
});
export type Thread = z.infer<typeof threadSchema>;

/** M10 response: one thread with all its messages. */
export const threadDetailSchema = z.looseObject({
  ...threadFields,
  messages: z.array(threadMessageSchema),
});
export type ThreadDetail = z.infer<typeof threadDetailSchema>;

/**
 * M11 response: one page of threads, newest `date_updated` first, with seek-pagination tokens
 * (absent on the last/first page). Query: `limit` (default 50), `page_token`, `updated_since`,
 * `with_messages`, `entity_type`/`entity_id`, `channel_codes`, `shop_id`.
 */
export const threadsPageSchema = z.looseObject({
  data: z.array(threadSchema),
  next_page_token: z.string().nullish(),
  previous_page_token: z.string().nullish(),
});
export type ThreadsPage = z.infer<typeof threadsPageSchema>;

/** M12 `message_input[].to[]` recipient. */
export const messageRecipientSchema = z.looseObject({
  id: z.string().optional(),
  type: participantTypeSchema,
});

/** M12 request, the `message_input` JSON part of the multipart body (files go in `files` parts). */
export const messageInputSchema = z.looseObject({
  body: z.string().min(3).max(50_000),
  to: z.array(messageRecipientSchema),
  topic: z.looseObject({ type: topicTypeSchema.optional(), value: z.string().optional() }).optional(),
});
export type MessageInput = z.infer<typeof messageInputSchema>;

/** M12 response (201): the ids of the stored message and its thread. */
export const messageCreatedSchema = z.looseObject({
  message_id: z.string().nullish(),
  thread_id: z.string().nullish(),
});
export type MessageCreated = z.infer<typeof messageCreatedSchema>;

/** M14 request, the `thread_input` JSON part: a new thread with the operator and its first message. */
export const operatorThreadInputSchema = z.looseObject({
  body: z.string().min(3).max(50_000),
  entity: z.looseObject({ type: z.string() }),
  topic: z.looseObject({ type: topicTypeSchema.optional(), value: z.string().optional() }),
});
export type OperatorThreadInput = z.infer<typeof operatorThreadInputSchema>;

/** M14 response (201). */
export const operatorThreadCreatedSchema = z.looseObject({
  message_id: z.string().nullish(),
  thread_id: z.string().nullish(),
});
export type OperatorThreadCreated = z.infer<typeof operatorThreadCreatedSchema>;
