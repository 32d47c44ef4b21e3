import type { ConsoleDatabase } from '../../data/db';
import { unsentStates } from '../../data/outbox.queries';
import type { OutboxAttachment, OutboxItem, OutboxItemFields, OutboxKind, OutboxPayloads, ReplyGuardOverride } from '../../data/records';
import { replyGuardContext } from '../../data/reply-guard.queries';
import {
  keptOverride,
  mergedOverride,
  loadPlatformReplyChecker,
  ReplyGuardError,
  standingFindings,
  type ReplyChecker,
} from './reply-guard.gate';

/** What the seller asks to send, of kind `K`; the repository adds the bookkeeping. A reply may carry the seller's override of the guard's warnings. */
export type NewOutboxItemOf<K extends OutboxKind> = K extends OutboxKind
  ? {
      shopId: string;
      kind: K;
      threadId?: string;
      payload: OutboxPayloads[K];
      attachments?: OutboxAttachment[];
      author?: string;
    } & (K extends 'reply' ? { guardOverride?: ReplyGuardOverride } : unknown)
  : never;

/** What the seller asks to send, of any kind (a union discriminated by `kind`). */
export type NewOutboxItem = NewOutboxItemOf<OutboxKind>;

/** A payload edited by the seller, with the kind it is for (see retryParked). */
export type OutboxEdit = { [K in OutboxKind]: { kind: K; payload: OutboxPayloads[K] } }[OutboxKind];

/** What a state change may set: the item's bookkeeping, never what it is or what it carries. */
export type OutboxChange = Partial<
  Omit<OutboxItemFields, 'id' | 'seq' | 'shopId' | 'threadId' | 'attachments' | 'author' | 'guardOverride'>
>;

/**
 * Stores a new item durably, before any send is tried, and clears the thread's draft in the same
 * transaction (what the seller wrote is then in exactly one place). Returns the stored item.
 * A reply is checked by the reply guard first, in the context the cache gives its thread
 * (replyGuardContext), whoever enqueues it, so no path into the outbox skips the platform's rules:
 * a blocking finding, or a warning `guardOverride` does not cover, rejects with ReplyGuardError and
 * nothing is stored (the draft stays). The override is kept with the item, trimmed to the warnings
 * actually raised. `options.checker` swaps the guard (tests); the real one otherwise.
 */
export async function enqueue(
  db: ConsoleDatabase,
  item: NewOutboxItem,
  id: string,
  now: Date,
  options: { checker?: ReplyChecker } = {},
): Promise<OutboxItem> {
  let checked: NewOutboxItem = item;
  if (item.kind === 'reply') {
    const context = await replyGuardContext(db, item.shopId, item.threadId ?? '');
    const findings = (options.checker ?? (await loadPlatformReplyChecker()))(item.payload.body, context);
    const standing = standingFindings(findings, item.guardOverride);
    if (standing.length > 0) throw new ReplyGuardError(standing);
    const { guardOverride, ...rest } = item;
    const kept = keptOverride(findings, guardOverride);
    checked = kept ? { ...rest, guardOverride: kept } : rest;
  }
  const stored: OutboxItem = {
    ...checked,
    id,
    attachments: item.attachments ?? [],
    state: 'queued',
    createdAt: now.toISOString(),
    attempts: 0,
  };
  await db.transaction('rw', db.outbox, db.drafts, async () => {
    await db.outbox.add(stored);
    if (item.threadId) await db.drafts.delete([item.shopId, item.threadId]);
  });
  return (await db.outbox.where('id').equals(id).first()) ?? stored;
}

/** Items that still have to reach the marketplace, in the order they were written. */
export async function pendingItems(db: ConsoleDatabase): Promise<OutboxItem[]> {
  return db.outbox.where('state').anyOf(unsentStates).sortBy('seq');
}

/**
 * Applies `change` to an item only if it is still in `expectedState` (compare-and-set in one
 * IndexedDB transaction, so two windows can never both claim an item). Returns the updated item, or
 * null when it was changed meanwhile.
 */
export async function transition(
  db: ConsoleDatabase,
  id: string,
  expectedState: OutboxItem['state'] | readonly OutboxItem['state'][],
  change: (item: OutboxItem) => OutboxChange,
): Promise<OutboxItem | null> {
  const expected = Array.isArray(expectedState) ? expectedState : [expectedState];
  return db.transaction('rw', db.outbox, async () => {
    const current = await db.outbox.where('id').equals(id).first();
    if (!current || !expected.includes(current.state)) return null;
    const updated = { ...current, ...change(current) };
    await db.outbox.put(updated);
    return updated;
  });
}

/**
 * Marketplace ids already matched to delivered items, which a read-back must never match again: for
 * an item of a thread, those of the thread's items; for an item that creates something (a new
 * thread), those of every item of its shop (ids are unique across a marketplace).
 */
export async function claimedMessageIds(db: ConsoleDatabase, item: Pick<OutboxItem, 'shopId' | 'threadId'>): Promise<Set<string>> {
  const items = item.threadId
    ? await db.outbox.where('[shopId+threadId]').equals([item.shopId, item.threadId]).toArray()
    : await db.outbox.where('shopId').equals(item.shopId).toArray();
  return new Set(items.map((i) => i.deliveredMessageId).filter((v): v is string => typeof v === 'string'));
}

/**
 * The seller's actions on a parked item: retry it as it is, or with `edited` (the payload the seller
 * corrected, for the item's own kind: an edit for another kind changes nothing). Returns false when
 * the item is no longer parked (changed meanwhile, perhaps in another window). An edited reply is
 * checked by the reply guard as enqueue checks a new one (the item's recorded override still counts
 * for its warnings, merged with a reason given for the edit: mergedOverride): what it refuses rejects with ReplyGuardError and the item stays parked as it was.
 */
export async function retryParked(
  db: ConsoleDatabase,
  id: string,
  edited?: OutboxEdit,
  options: { checker?: ReplyChecker; override?: ReplyGuardOverride } = {},
): Promise<boolean> {
  let override: ReplyGuardOverride | undefined;
  if (edited?.kind === 'reply') {
    const current = await db.outbox.where('id').equals(id).first();
    if (current?.kind === 'reply') {
      override = options.override ? mergedOverride(current.guardOverride, options.override) : current.guardOverride;
      const context = await replyGuardContext(db, current.shopId, current.threadId ?? '');
      const standing = standingFindings((options.checker ?? (await loadPlatformReplyChecker()))(edited.payload.body, context), override);
      if (standing.length > 0) throw new ReplyGuardError(standing);
    }
  }
  return db.transaction('rw', db.outbox, async () => {
    const current = await db.outbox.where('id').equals(id).first();
    if (!current || current.state !== 'parked' || (edited && edited.kind !== current.kind)) return false;
    // Same kind (checked above), so the edited payload is the kind's own.
    const retried = {
      ...current,
      ...edited,
      // A reason given for the edited text's warnings is kept with the item, as at the first send.
      ...(override ? { guardOverride: override } : {}),
      state: 'queued',
      lastError: undefined,
      notBefore: undefined,
      firstAttemptAt: undefined,
    } as OutboxItem;
    await db.outbox.put(retried);
    return true;
  });
}

/** Discards a parked item (the UI offers to copy its text first). */
export async function discardParked(db: ConsoleDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.outbox, async () => {
    const current = await db.outbox.where('id').equals(id).first();
    if (!current || current.state !== 'parked') return false;
    await db.outbox.where('id').equals(id).delete();
    return true;
  });
}
