import { unsentStates } from '../../data/outbox.queries';
import type { MessageRecord, OutboxItem } from '../../data/records';
import { findDeliveredCopy } from '../../sync/outbox/delivery-check';

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
}

/**
 * Labels an outbox item in plain words: "Waiting to send" (queued, also offline or before a
 * retry), "Sending…", "Checking whether it arrived…" (the outcome of an attempt is unknown and the
 * thread is read back before any resend), "Sent", or "Not sent: <reason>" (the marketplace refused
 * it; it waits for the seller). Pure, so every state is tested.
 */
export function outboxStatus(item: OutboxItem, context: OutboxStatusContext): OutboxStatus {
  switch (item.state) {
    case 'queued':
      return { kind: 'waiting', label: 'Waiting to send', detail: waitingDetail(item, context) };
    case 'sending':
      return { kind: 'sending', label: 'Sending…', detail: null };
    case 'unknown':
      return {
        kind: 'checking',
        label: 'Checking whether it arrived…',
        detail: checkingDetail(item, context),
      };
    case 'sent':
      return { kind: 'sent', label: 'Sent', detail: item.sentAt ? `Delivered ${context.formatTime(item.sentAt)}.` : null };
    case 'parked':
      return {
        kind: 'parked',
        label: `Not sent: ${item.lastError?.message ?? 'the marketplace refused it.'}`,
        detail: 'The marketplace refused this reply as it is. Edit and retry it, copy its text, or discard it.',
      };
  }
}

/**
 * Why the outcome is unknown (the marketplace's answer, a timeout, a broken connection: whatever the
 * last error says), and what the console does next, and when.
 */
function checkingDetail(item: OutboxItem, context: OutboxStatusContext): string {
  const why = item.lastError?.message ?? 'The last attempt got no answer.';
  const when = !context.online ? ' when you are back online' : item.notBefore ? ` at ${context.formatTime(item.notBefore)}` : '';
  return `${why} It may or may not have arrived. Before sending it again, the console reads the thread back${when}, so it never arrives twice.`;
}

function waitingDetail(item: OutboxItem, context: OutboxStatusContext): string | null {
  if (context.heldBack) return 'Held back until the reply before it in this thread is sent or discarded, so they arrive in order.';
  if (!context.online) return 'You are offline. It is sent by itself when the connection is back.';
  if (item.notBefore && item.lastError)
    return `The last try failed (${item.lastError.message}). Trying again at ${context.formatTime(item.notBefore)}.`;
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

/** "To the buyer", "To the platform", "To the buyer and the platform". */
export function recipientsText(item: Pick<OutboxItem, 'payload'>): string {
  const names = replyRecipients(item).map((type) => (type === 'CUSTOMER' ? 'the buyer' : type === 'OPERATOR' ? 'the platform' : type));
  return names.length > 0 ? `To ${names.join(' and ')}` : '';
}
