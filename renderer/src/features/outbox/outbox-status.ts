import { unsentStates } from '../../data/outbox.queries';
import type { MessageRecord, OutboxItem } from '../../data/records';
import { findDeliveredCopy } from '../../sync/outbox/delivery-check';
import { failureText } from '../../ui/failure-text';
import type { Translate } from '../../ui/translate';
import { messages } from './outbox.messages';

/** The five things the seller needs to know about an item, whatever the sender's internal state. */
export type OutboxStatusKind = 'waiting' | 'sending' | 'checking' | 'sent' | 'parked';

/** What an outbox item shows: a short label and, when it helps, one sentence of detail. */
export interface OutboxStatus {
  kind: OutboxStatusKind;
  label: string;
  detail: string | null;
}

/** What the label depends on besides the item. */
export interface OutboxStatusContext {
  online: boolean;
  /** An earlier item of the same thread is parked: the sender holds this one back to keep the order. */
  heldBack: boolean;
  /** Formats an ISO instant for the seller (injected so tests need no locale). */
  formatTime: (iso: string) => string;
  /** Words the label and detail in the UI language. */
  t: Translate;
}

/**
 * Labels an outbox item in plain words: "Waiting to send" (queued, also offline or before a
 * retry), "Sending…", "Checking whether it arrived…" (the outcome of an attempt is unknown and the
 * thread is read back before any resend), "Sent", or "Not sent: <reason>" (the marketplace refused
 * it; it waits for the seller). Pure, so every state is tested.
 */
export function outboxStatus(item: OutboxItem, context: OutboxStatusContext): OutboxStatus {
  const { t } = context;
  switch (item.state) {
    case 'queued':
      return { kind: 'waiting', label: t(messages.waiting), detail: waitingDetail(item, context) };
    case 'sending':
      return { kind: 'sending', label: t(messages.sending), detail: null };
    case 'unknown':
      return {
        kind: 'checking',
        label: t(messages.checking),
        detail: checkingDetail(item, context),
      };
    case 'sent':
      return {
        kind: 'sent',
        label: t(messages.sent),
        detail: item.sentAt ? t(messages.delivered, { time: context.formatTime(item.sentAt) }) : null,
      };
    case 'parked':
      return {
        kind: 'parked',
        label: t(messages.notSent, { reason: item.lastError ? errorText(item.lastError, t) : t(messages.refusedIt) }),
        detail: t(messages.parkedDetail),
      };
  }
}

/**
 * An item's last error in the seller's language: the console's own sentences translated (see
 * failureText), the sender's "looking up its copy" by its code, the marketplace's words as they are.
 */
function errorText(error: NonNullable<OutboxItem['lastError']>, t: Translate): string {
  return error.code === 'UNIDENTIFIED' ? t(messages.lookingUpCopy) : failureText(error.message, t);
}

/**
 * Why the outcome is unknown (the marketplace's answer, a timeout, a broken connection: whatever the
 * last error says), and what the console does next, and when.
 */
function checkingDetail(item: OutboxItem, context: OutboxStatusContext): string {
  const { t } = context;
  const why = item.lastError ? errorText(item.lastError, t) : t(messages.noAnswer);
  if (!context.online) return t(messages.checkingDetailOffline, { why });
  if (item.notBefore) return t(messages.checkingDetailAt, { why, time: context.formatTime(item.notBefore) });
  return t(messages.checkingDetail, { why });
}

function waitingDetail(item: OutboxItem, context: OutboxStatusContext): string | null {
  const { t } = context;
  if (context.heldBack) return t(messages.heldBack);
  if (!context.online) return t(messages.offline);
  if (item.notBefore && item.lastError)
    return t(messages.retryAt, { error: errorText(item.lastError, t), time: context.formatTime(item.notBefore) });
  return null;
}

/**
 * Whether a delivered item is already shown as a message of the thread, so it is shown only as
 * that message: by the delivered message's id, or, when the marketplace did not say the id, by the
 * outbox's own delivery check (findDeliveredCopy: a shop message with the same text written no
 * earlier than the first attempt).
 */
export function reflectedMessageId(
  item: OutboxItem,
  messages: readonly Pick<MessageRecord, 'id' | 'fromType' | 'body' | 'dateCreated'>[],
): string | null {
  if (item.state !== 'sent') return null;
  if (item.deliveredMessageId) return messages.some((m) => m.id === item.deliveredMessageId) ? item.deliveredMessageId : null;
  return findDeliveredCopy({ body: replyText(item), firstAttemptAt: item.firstAttemptAt ?? item.createdAt }, messages, new Set());
}

/**
 * The thread's items still to show below its messages, in the order written, each with whether
 * an earlier one holds it back. Delivered items that appear among the messages are left out.
 */
export function threadOutboxRows(
  items: readonly OutboxItem[],
  messages: readonly Pick<MessageRecord, 'id' | 'fromType' | 'body' | 'dateCreated'>[],
): { item: OutboxItem; heldBack: boolean }[] {
  const ordered = [...items].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  let parkedBefore = false;
  const rows: { item: OutboxItem; heldBack: boolean }[] = [];
  for (const item of ordered) {
    if (item.state === 'sent' && reflectedMessageId(item, messages) !== null) continue;
    rows.push({ item, heldBack: parkedBefore && item.state === 'queued' });
    if (item.state === 'parked') parkedBefore = true;
  }
  return rows;
}

/** The text the seller wrote in an item (a reply's body; for other kinds their payload as JSON). */
export function replyText(item: Pick<OutboxItem, 'payload'>): string {
  const body = item.payload.body;
  return typeof body === 'string' ? body : JSON.stringify(item.payload, null, 2);
}

/** The recipient types of a reply (`payload.to[].type`); empty for other kinds. */
export function replyRecipients(item: Pick<OutboxItem, 'payload'>): string[] {
  const to = Array.isArray(item.payload.to) ? (item.payload.to as { type?: unknown }[]) : [];
  return to.map((r) => String(r.type));
}

/** Whether an item has still to reach the marketplace and is addressed to the buyer (refused after a takeover). */
export function isUnsentToBuyer(item: Pick<OutboxItem, 'payload' | 'state'>): boolean {
  return unsentStates.includes(item.state) && replyRecipients(item).includes('CUSTOMER');
}

/** "To the buyer", "To the platform", "To the buyer and the platform" (in the UI language of `t`); empty without recipients. */
export function recipientsText(item: Pick<OutboxItem, 'payload'>, t: Translate): string {
  const types = replyRecipients(item);
  const known = types.filter((type) => type === 'CUSTOMER' || type === 'OPERATOR');
  if (types.length === 0) return '';
  if (known.length < types.length) return t(messages.toOther, { names: types.join(', ') });
  if (types.includes('CUSTOMER') && types.includes('OPERATOR')) return t(messages.toBoth);
  return t(types.includes('CUSTOMER') ? messages.toBuyer : messages.toPlatform);
}
