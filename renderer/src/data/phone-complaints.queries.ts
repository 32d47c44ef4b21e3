import type { PhoneComplaintIntake, PhoneComplaintOutcomeCode } from '../../../shared/cases/phone-complaint';
import type { OperationBodyInput } from '../../../shared/mirakl';
import { enqueue } from '../sync/outbox/outbox.repository';
import { recordCaseEvent } from './case-events.queries';
import type { ConsoleDatabase } from './db';
import { readDraft, storeDraft } from './drafts.queries';
import { caseKey, type CaseSummary, type PhoneComplaintRecord, type ShopRecord } from './records';

/** The history's codes for a phone complaint's steps (the UI translates them; outcomes as `phone-outcome:<outcome>`). */
export const phoneComplaintActions = {
  taken: 'phone-taken',
  forwarded: 'phone-forwarded',
  outcome: 'phone-outcome',
  closed: 'phone-closed',
  linked: 'phone-thread-linked',
  drafted: 'phone-confirmation-drafted',
  queued: 'phone-confirmation-queued',
} as const;

/** Who did a step and when: the profile member and the console's clock. */
export interface StepBy {
  actor: string;
  now: Date;
}

/** The case key of a phone complaint (caseKey('phone-complaint', shop, id)). */
export function phoneComplaintKey(complaint: Pick<PhoneComplaintRecord, 'shopId' | 'id'>): string {
  return caseKey('phone-complaint', complaint.shopId, complaint.id);
}

/** Raised when a step names a complaint the cache does not hold, or one its stage does not allow. */
export class PhoneComplaintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PhoneComplaintError';
  }
}

/** One phone complaint, or undefined. */
export async function readPhoneComplaint(db: ConsoleDatabase, id: string): Promise<PhoneComplaintRecord | undefined> {
  return db.phoneComplaints.get(id);
}

/**
 * Stores a complaint taken by phone (an intake checked by shared/cases checkIntake) and its first
 * steps in its history, in one transaction: "taken", and "forwarded" when the intake already names
 * the person deciding. Returns the stored record.
 */
export async function createPhoneComplaint(
  db: ConsoleDatabase,
  complaint: { id: string; shopId: string; intake: PhoneComplaintIntake; orderLabel?: string },
  by: StepBy,
): Promise<PhoneComplaintRecord> {
  const at = by.now.toISOString();
  const record: PhoneComplaintRecord = {
    id: complaint.id,
    shopId: complaint.shopId,
    ...complaint.intake,
    ...(complaint.orderLabel && complaint.intake.orderId ? { orderLabel: complaint.orderLabel } : {}),
    createdAt: at,
    updatedAt: at,
  };
  const key = phoneComplaintKey(record);
  await db.transaction('rw', db.phoneComplaints, db.caseEvents, async () => {
    await db.phoneComplaints.add(record);
    await recordCaseEvent(db, { caseKey: key, at, actor: by.actor, action: phoneComplaintActions.taken, detail: record.product });
    if (record.forwardedTo)
      await recordCaseEvent(db, { caseKey: key, at, actor: by.actor, action: phoneComplaintActions.forwarded, detail: record.forwardedTo });
  });
  return record;
}

/** Changes a stored complaint and records the step, in one transaction; rejects for an unknown or refused change. */
async function step(
  db: ConsoleDatabase,
  id: string,
  by: StepBy,
  change: (current: PhoneComplaintRecord) => { next: Partial<PhoneComplaintRecord>; action: string; detail?: string },
): Promise<PhoneComplaintRecord> {
  const at = by.now.toISOString();
  return db.transaction('rw', db.phoneComplaints, db.caseEvents, async () => {
    const current = await db.phoneComplaints.get(id);
    if (!current) throw new PhoneComplaintError(`No phone complaint ${id} in the cache.`);
    const { next, action, detail } = change(current);
    const stored: PhoneComplaintRecord = { ...current, ...next, updatedAt: at };
    await db.phoneComplaints.put(stored);
    await recordCaseEvent(db, { caseKey: phoneComplaintKey(stored), at, actor: by.actor, action, ...(detail ? { detail } : {}) });
    return stored;
  });
}

/** Forwards a complaint to the person who decides (again, if it was already forwarded); refused once the outcome is documented. */
export async function forwardPhoneComplaint(db: ConsoleDatabase, id: string, to: string, by: StepBy): Promise<PhoneComplaintRecord> {
  const name = to.trim();
  if (!name) throw new PhoneComplaintError('Say to whom the complaint is forwarded.');
  return step(db, id, by, (current) => {
    if (current.outcome) throw new PhoneComplaintError('The outcome is already documented.');
    return { next: { forwardedTo: name }, action: phoneComplaintActions.forwarded, detail: name };
  });
}

/** Documents how the complaint ended, with the seller's note; once only, never after closing. */
export async function documentPhoneComplaintOutcome(
  db: ConsoleDatabase,
  id: string,
  outcome: PhoneComplaintOutcomeCode,
  note: string,
  by: StepBy,
): Promise<PhoneComplaintRecord> {
  return step(db, id, by, (current) => {
    if (current.outcome || current.closedAt) throw new PhoneComplaintError('The outcome is already documented.');
    const text = note.trim();
    return {
      next: { outcome, ...(text ? { outcomeNote: text } : {}) },
      action: `${phoneComplaintActions.outcome}:${outcome}`,
      detail: text,
    };
  });
}

/** Closes a complaint whose outcome is documented. */
export async function closePhoneComplaint(db: ConsoleDatabase, id: string, by: StepBy): Promise<PhoneComplaintRecord> {
  return step(db, id, by, (current) => {
    if (!current.outcome) throw new PhoneComplaintError('Document the outcome before closing the complaint.');
    if (current.closedAt) throw new PhoneComplaintError('The complaint is already closed.');
    return { next: { closedAt: by.now.toISOString() }, action: phoneComplaintActions.closed };
  });
}

/** Links the complaint to a thread of its shop (the order thread that carries the written confirmation). */
export async function linkPhoneComplaintThread(
  db: ConsoleDatabase,
  id: string,
  threadId: string,
  by: StepBy,
): Promise<PhoneComplaintRecord> {
  return step(db, id, by, () => ({ next: { threadId }, action: phoneComplaintActions.linked, detail: threadId }));
}

/**
 * Puts the written confirmation in the linked thread's draft, for the seller to personalise and
 * send from the composer (where the reply guard checks it). A draft the seller had already started
 * is kept, the confirmation added after it. Records the step. Returns the thread to open.
 */
export async function draftPhoneComplaintConfirmation(
  db: ConsoleDatabase,
  id: string,
  text: string,
  by: StepBy,
): Promise<{ shopId: string; threadId: string }> {
  return db.transaction('rw', db.phoneComplaints, db.caseEvents, db.drafts, async () => {
    const complaint = await db.phoneComplaints.get(id);
    if (!complaint?.threadId) throw new PhoneComplaintError('Link the complaint to a thread first.');
    const existing = (await readDraft(db, complaint.shopId, complaint.threadId))?.body.trim() ?? '';
    const body = existing && !existing.includes(text.trim()) ? `${existing}\n\n${text}` : existing || text;
    await storeDraft(db, complaint.shopId, complaint.threadId, body, by.now);
    await recordCaseEvent(db, {
      caseKey: phoneComplaintKey(complaint),
      at: by.now.toISOString(),
      actor: by.actor,
      action: phoneComplaintActions.drafted,
      detail: complaint.threadId,
    });
    return { shopId: complaint.shopId, threadId: complaint.threadId };
  });
}

/**
 * Queues the written confirmation as a new thread on the complaint's order (outbox kind
 * 'order-thread', OR43) where the order has no thread, and records the step with the item, in one
 * transaction. The caller has checked the text with the reply guard. Only once: a complaint whose
 * confirmation is queued rejects a second one. Returns the item's id.
 */
export async function queuePhoneComplaintConfirmation(
  db: ConsoleDatabase,
  id: string,
  thread: OperationBodyInput<'OR43'>,
  itemId: string,
  by: StepBy,
): Promise<string> {
  return db.transaction('rw', [db.phoneComplaints, db.caseEvents, db.outbox, db.drafts], async () => {
    const complaint = await db.phoneComplaints.get(id);
    if (!complaint) throw new PhoneComplaintError(`No phone complaint ${id} in the cache.`);
    if (!complaint.orderId) throw new PhoneComplaintError('The complaint names no order to write on.');
    if (complaint.confirmationItemId) throw new PhoneComplaintError('The written confirmation is already on its way.');
    await enqueue(
      db,
      { kind: 'order-thread', shopId: complaint.shopId, payload: { ...thread, order_id: complaint.orderId }, author: by.actor },
      itemId,
      by.now,
    );
    const at = by.now.toISOString();
    await db.phoneComplaints.put({ ...complaint, confirmationItemId: itemId, updatedAt: at });
    await recordCaseEvent(db, {
      caseKey: phoneComplaintKey(complaint),
      at,
      actor: by.actor,
      action: phoneComplaintActions.queued,
      outboxItemId: itemId,
    });
    return itemId;
  });
}

/**
 * The phone complaints as cases for the Cases view: kind 'phone-complaint', open until closed,
 * opened when taken, the promised answer date, the market from the shop (`shops`; '' for a shop no
 * longer listed).
 */
export async function phoneComplaintCaseSummaries(db: ConsoleDatabase, shops: readonly ShopRecord[]): Promise<CaseSummary[]> {
  const markets = new Map(shops.map((shop) => [shop.id, shop.market]));
  const complaints = await db.phoneComplaints.orderBy('createdAt').reverse().toArray();
  return complaints.map((c) => ({
    key: phoneComplaintKey(c),
    kind: 'phone-complaint',
    shopId: c.shopId,
    market: markets.get(c.shopId) ?? '',
    id: c.id,
    state: c.closedAt ? 'closed' : 'open',
    open: !c.closedAt,
    ...(c.orderId ? { orderId: c.orderId } : {}),
    ...(c.orderLabel ? { orderLabel: c.orderLabel } : {}),
    buyer: c.buyerName,
    ...(c.threadId ? { threadId: c.threadId } : {}),
    responsible: c.responsible,
    openedAt: c.createdAt,
    updatedAt: c.updatedAt,
    promisedAnswerBy: c.promisedAnswerBy,
  }));
}
