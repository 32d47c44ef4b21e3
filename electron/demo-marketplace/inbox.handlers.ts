import { messageInputSchema, operatorThreadInputSchema } from '../../shared/mirakl';
import { describeIssues } from '../../shared/validation';
import type { z } from 'zod';
import { MiraklHttpError, json, type DemoReply, type OperationContext } from './http-types';
import type { Party, ShopRecord, ThreadRecord } from './model';
import { parseMultipart } from './multipart';
import type { PageTokens, SeekPosition } from './page-token';
import { booleanParam, dateParam, intParam, listParam } from './query';
import { allowedRecipients, serializeThread } from './inbox.serialize';
import type { MarketplaceState, NewMessage } from './state';

/** M11 page size: default 50 (spec); at most 100, Mirakl's general seek-pagination maximum. */
export const M11_DEFAULT_LIMIT = 50;
export const M11_MAX_LIMIT = 100;
/** M12: "Maximum 50 [attachments] across all threads of the same entity". */
export const MAX_ATTACHMENTS_PER_ENTITY = 50;

/** Throws a 400 naming the first zod issue, as Mirakl names the offending field. */
export function validate<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new MiraklHttpError(400, `Invalid ${what}: ${describeIssues(result.error.issues, { root: '(root)' })}`);
  return result.data;
}

/** M10: one thread with all its messages; 404 when the shop has no such thread. */
export function getThread(ctx: OperationContext): DemoReply {
  const thread = ctx.state.thread(ctx.shop.id, ctx.params.thread_id ?? '');
  return json(200, serializeThread(thread, ctx.shop, 'all'));
}

function threadFilters(query: URLSearchParams): Record<string, string> {
  const filters: Record<string, string> = {};
  const since = dateParam(query, 'updated_since');
  if (since !== undefined) filters.updated_since = String(since);
  if (booleanParam(query, 'with_messages', false)) filters.with_messages = 'true';
  const entityType = query.get('entity_type');
  const entityIds = listParam(query, 'entity_id');
  if (entityIds.length > 0 && !entityType) throw new MiraklHttpError(400, "Parameter 'entity_id' requires 'entity_type'");
  if (entityType) filters.entity_type = entityType;
  if (entityIds.length > 0) filters.entity_id = entityIds.join(',');
  return filters;
}

/**
 * M11: the shop's threads, newest `date_updated` first, by seek pagination. Without `page_token`:
 * `limit` (1..100, default 50), `updated_since` (at or after), `with_messages` (last 100 messages),
 * `entity_type` + `entity_id`. A token carries the first request's filters and limit.
 */
export function listThreads(ctx: OperationContext, tokens: PageTokens): DemoReply {
  const token = ctx.query.get('page_token');
  let position: SeekPosition | null = null;
  let filters: Record<string, string>;
  let limit: number;
  if (token !== null && token !== '') {
    position = tokens.decode(token, 'M11');
    filters = position.filters;
    limit = position.limit;
  } else {
    filters = threadFilters(ctx.query);
    limit = intParam(ctx.query, 'limit', M11_DEFAULT_LIMIT, 1, M11_MAX_LIMIT);
  }
  const since = filters.updated_since !== undefined ? Number(filters.updated_since) : undefined;
  const entityIds = filters.entity_id ? new Set(filters.entity_id.split(',')) : null;
  const matches = (t: ThreadRecord): boolean =>
    (!filters.entity_type || t.entity.type === filters.entity_type) && (!entityIds || entityIds.has(t.entity.id));
  const index = ctx.state.index(ctx.shop.id);
  // Threads updated at or after `since` are a prefix of the index.
  const end = since === undefined ? index.size : index.countUpdatedSince(since);
  const page: ThreadRecord[] = [];
  let more = false;
  if (!position || position.dir === 'next') {
    let i = 0;
    if (position) {
      const key = { updated: position.at[0], id: position.at[1] };
      i = index.lowerBound(key);
      const at = index.at(i);
      if (at && at.updated === key.updated && at.id === key.id) i++;
    }
    for (; i < end; i++) {
      const t = index.at(i) as ThreadRecord;
      if (!matches(t)) continue;
      if (page.length === limit) {
        more = true;
        break;
      }
      page.push(t);
    }
  } else {
    for (let i = Math.min(end, index.lowerBound({ updated: position.at[0], id: position.at[1] })) - 1; i >= 0; i--) {
      const t = index.at(i) as ThreadRecord;
      if (!matches(t)) continue;
      if (page.length === limit) {
        more = true;
        break;
      }
      page.unshift(t);
    }
  }
  const hasNext = position?.dir === 'prev' ? page.length > 0 : more;
  const hasPrevious = position?.dir === 'prev' ? more : position !== null && page.length > 0;
  const first = page[0];
  const last = page[page.length - 1];
  const withMessages = filters.with_messages === 'true';
  return json(200, {
    data: page.map((t) => serializeThread(t, ctx.shop, withMessages ? 'last-100' : 'none')),
    ...(hasNext && last ? { next_page_token: tokens.encode({ op: 'M11', dir: 'next', at: [last.updated, last.id], limit, filters }) } : {}),
    ...(hasPrevious && first
      ? { previous_page_token: tokens.encode({ op: 'M11', dir: 'prev', at: [first.updated, first.id], limit, filters }) }
      : {}),
  });
}

function checkAttachmentQuota(
  state: MarketplaceState,
  thread: { shopId: number; entity: { type: string; id: string } },
  adding: number,
): void {
  if (adding === 0) return;
  let count = 0;
  for (const t of state.data.threads.values()) {
    if (t.shopId !== thread.shopId || t.entity.type !== thread.entity.type || t.entity.id !== thread.entity.id) continue;
    for (const m of t.messages) count += m.attachments.length;
  }
  if (count + adding > MAX_ATTACHMENTS_PER_ENTITY) {
    throw new MiraklHttpError(
      400,
      `At most ${MAX_ATTACHMENTS_PER_ENTITY} attachments are allowed across the threads of ${thread.entity.type} ${thread.entity.id}`,
    );
  }
}

function checkBody(body: string): void {
  if (body.trim().length < 3)
    throw new MiraklHttpError(400, 'Invalid message_input: body: the message body must hold at least 3 characters');
}

/**
 * M12: the shop replies in a thread (multipart: `message_input` + `files`). Recipients must be
 * parties the shop may address (see `allowedRecipients`); 400 otherwise, and for an empty or too
 * long body, a full thread (1000 messages) or too many attachments; 404 for an unknown thread.
 */
export async function replyToThread(ctx: OperationContext): Promise<DemoReply> {
  const thread = ctx.state.thread(ctx.shop.id, ctx.params.thread_id ?? '');
  const { input, files } = await parseMultipart(ctx.body, headerValue(ctx.headers['content-type']), 'message_input');
  const message = validate(messageInputSchema, input, 'message_input');
  checkBody(message.body);
  if (message.to.length === 0) throw new MiraklHttpError(400, 'Invalid message_input: to: at least one recipient is required');
  const allowed = allowedRecipients(thread);
  const to: Party[] = [];
  for (const r of message.to) {
    if (!allowed.includes(r.type as Party)) {
      const why = thread.takenOver && r.type === 'CUSTOMER' ? ': the operator has taken over this thread' : '';
      throw new MiraklHttpError(400, `Invalid message_input: to: the shop cannot write to ${r.type} in this thread${why}`);
    }
    if (!to.includes(r.type as Party)) to.push(r.type as Party);
  }
  checkAttachmentQuota(ctx.state, thread, files.length);
  if (message.topic?.type && message.topic.value) {
    thread.topic = { type: message.topic.type === 'REASON_CODE' ? 'REASON_CODE' : 'FREE_TEXT', value: message.topic.value };
  }
  const record = ctx.state.appendMessage(thread, { from: 'SHOP', to, body: message.body, files }, ctx.shop.name);
  return json(201, { message_id: record.id, thread_id: thread.id });
}

/** M13: an attachment's bytes with its content type and file name; 404 when unknown to the shop. */
export function downloadAttachment(ctx: OperationContext): DemoReply {
  const attachment = ctx.state.attachment(ctx.shop.id, ctx.params.attachment_id ?? '');
  const ascii = attachment.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return {
    status: 200,
    bytes: attachment.bytes,
    headers: {
      'content-type': attachment.contentType,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
    },
  };
}

/** Creates a thread whose first message the shop writes; used by M14 and OR43. */
export function createThread(
  state: MarketplaceState,
  shop: ShopRecord,
  thread: Pick<ThreadRecord, 'topic' | 'entity' | 'customer' | 'takenOver'>,
  first: NewMessage,
): { threadId: string; messageId: string } {
  const now = state.nowSeconds();
  const record: ThreadRecord = {
    ...thread,
    id: state.newId(),
    shopId: shop.id,
    created: now,
    updated: now,
    messages: [],
    replyNeededSince: null,
    noReplyNeeded: [],
  };
  checkAttachmentQuota(state, record, first.files.length);
  state.addThread(record);
  const message = state.appendMessage(record, first, shop.name);
  return { threadId: record.id, messageId: message.id };
}

/** M14: a new thread with the operator (multipart: `thread_input` + `files`), answered 201. */
export async function createOperatorThread(ctx: OperationContext): Promise<DemoReply> {
  const { input, files } = await parseMultipart(ctx.body, headerValue(ctx.headers['content-type']), 'thread_input');
  const thread = validate(operatorThreadInputSchema, input, 'thread_input');
  checkBody(thread.body);
  const topic = {
    type: thread.topic.type === 'REASON_CODE' ? ('REASON_CODE' as const) : ('FREE_TEXT' as const),
    value: thread.topic.value ?? '',
  };
  const created = createThread(
    ctx.state,
    ctx.shop,
    { topic, entity: { type: thread.entity.type, id: String(ctx.shop.id), label: ctx.shop.name }, customer: null, takenOver: false },
    { from: 'SHOP', to: ['OPERATOR'], body: thread.body, files },
  );
  return json(201, { message_id: created.messageId, thread_id: created.threadId });
}

/** The first value of a header. */
export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
