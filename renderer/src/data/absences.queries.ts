import { absenceNoticeBody, absenceNoticeTopic, closingDates, planShopAbsence } from '../../../shared/absence';
import { enqueue } from '../sync/outbox/outbox.repository';
import type { ConsoleDatabase } from './db';
import { hasCachedMessage, threadMessagesOf } from './thread-messages.queries';
import type { AbsenceRecord, AbsenceShopRecord, OutboxItem, ThreadRecord } from './records';

/** A shop the seller chose for the absence, with the name the notice quotes. */
export interface AbsenceShopChoice {
  shopId: string;
  shopName: string;
  market: string;
}

/** What the seller planned in the form. */
export interface AbsenceDraft {
  firstDay: string;
  lastDay: string;
  standIn: string;
  note: string;
  shops: readonly AbsenceShopChoice[];
  /** Whether the shops' closing dates are set too (A02), only when the seller ticked it. */
  closeShops: boolean;
}

/** Thrown when an absence cannot be planned (dates the calendars cannot count, no shop): nothing is stored. */
export class AbsencePlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AbsencePlanError';
  }
}

function shopRecord(draft: Pick<AbsenceDraft, 'firstDay' | 'lastDay'>, shop: AbsenceShopChoice, now: Date): AbsenceShopRecord {
  const plan = planShopAbsence(draft.firstDay, draft.lastDay, shop, now.getTime());
  if (plan.status === 'invalid') throw new AbsencePlanError(`The absence cannot be planned for ${shop.shopName} (${plan.error}).`);
  return {
    shopId: shop.shopId,
    market: shop.market,
    workingDays: plan.workingDays,
    noticeRequired: plan.noticeRequired,
    fileBy: plan.fileBy,
  };
}

/**
 * Stores a planned absence without filing anything (it reminds the seller as its file-by date nears).
 * Throws AbsencePlanError when a shop's dates cannot be planned, or when no shop is chosen.
 */
export async function saveAbsencePlan(db: ConsoleDatabase, draft: AbsenceDraft, id: string, now: Date): Promise<AbsenceRecord> {
  if (draft.shops.length === 0) throw new AbsencePlanError('Choose at least one shop.');
  const record: AbsenceRecord = {
    id,
    firstDay: draft.firstDay,
    lastDay: draft.lastDay,
    standIn: draft.standIn.trim(),
    note: draft.note.trim(),
    shops: draft.shops.map((shop) => shopRecord(draft, shop, now)),
    createdAt: now.toISOString(),
    closeShops: draft.closeShops,
  };
  await db.absences.put(record);
  return record;
}

/**
 * Files the notices of a stored absence, in one transaction with the absence: per shop not filed yet,
 * the plan is made again for `now`; a late shop is refused (its missed file-by date recorded, nothing
 * queued); every other shop gets an 'absence-notice' item (M14, the bilingual body) and, when the
 * absence closes the shops, a 'status-update' item (A02 closed_from/closed_to). Shops whose item the
 * seller discarded are filed again. Returns the updated absence; the caller wakes the outbox sender.
 * Throws AbsencePlanError for an unknown or dropped absence.
 */
export async function fileAbsenceNotices(
  db: ConsoleDatabase,
  absenceId: string,
  shopNames: ReadonlyMap<string, string>,
  newId: () => string,
  now: Date,
): Promise<AbsenceRecord> {
  return db.transaction('rw', db.absences, db.outbox, db.drafts, async () => {
    const absence = await db.absences.get(absenceId);
    if (!absence) throw new AbsencePlanError('This absence is no longer planned.');
    if (absence.droppedAt) throw new AbsencePlanError('This absence was dropped.');
    const shops: AbsenceShopRecord[] = [];
    for (const shop of absence.shops) {
      const queued = shop.noticeItemId ? await db.outbox.where('id').equals(shop.noticeItemId).first() : undefined;
      if (queued || shop.refusedLate) {
        shops.push(shop);
        continue;
      }
      const plan = planShopAbsence(absence.firstDay, absence.lastDay, shop, now.getTime());
      if (plan.status === 'invalid') throw new AbsencePlanError(`The absence cannot be planned for ${shop.shopId} (${plan.error}).`);
      const current = { ...shop, workingDays: plan.workingDays, noticeRequired: plan.noticeRequired, fileBy: plan.fileBy };
      if (plan.status === 'late') {
        shops.push({ ...current, refusedLate: plan.fileBy ?? '' });
        continue;
      }
      const body = absenceNoticeBody({
        market: shop.market,
        shopName: shopNames.get(shop.shopId) ?? shop.shopId,
        firstDay: absence.firstDay,
        lastDay: absence.lastDay,
        workingDays: plan.workingDays,
        backOn: plan.backOn,
        noticeRequired: plan.noticeRequired,
        standIn: absence.standIn,
        note: absence.note,
        closing: absence.closeShops === true,
      });
      const notice = await enqueue(
        db,
        {
          shopId: shop.shopId,
          kind: 'absence-notice',
          payload: {
            body,
            entity: { type: 'SELLER_OPERATOR' },
            topic: { type: 'FREE_TEXT', value: absenceNoticeTopic(absence.firstDay, absence.lastDay) },
          },
        },
        newId(),
        now,
      );
      let closingItemId = shop.closingItemId;
      if (absence.closeShops && !closingItemId) {
        const closing = await enqueue(
          db,
          { shopId: shop.shopId, kind: 'status-update', payload: { ...closingDates(absence.firstDay, absence.lastDay, shop.market) } },
          newId(),
          now,
        );
        closingItemId = closing.id;
      }
      shops.push({ ...current, noticeItemId: notice.id, ...(closingItemId ? { closingItemId } : {}) });
    }
    const updated = { ...absence, shops };
    await db.absences.put(updated);
    return updated;
  });
}

/**
 * Plans an absence and files its notices in one transaction (saveAbsencePlan, then fileAbsenceNotices):
 * either the plan and its queued items are stored together, or nothing is. Throws as those do.
 */
export async function planAndFileAbsence(
  db: ConsoleDatabase,
  draft: AbsenceDraft,
  id: string,
  newId: () => string,
  now: Date,
): Promise<AbsenceRecord> {
  const names = new Map(draft.shops.map((s) => [s.shopId, s.shopName]));
  return db.transaction('rw', db.absences, db.outbox, db.drafts, async () => {
    await saveAbsencePlan(db, draft, id, now);
    return fileAbsenceNotices(db, id, names, newId, now);
  });
}

/**
 * Drops a planned absence: it no longer reminds and stays listed as dropped. Only an absence none of
 * whose notices is queued or sent can be dropped (a queued notice is handled in the outbox); returns
 * false otherwise, or when it is unknown.
 */
export async function dropAbsence(db: ConsoleDatabase, absenceId: string, now: Date): Promise<boolean> {
  return db.transaction('rw', db.absences, db.outbox, async () => {
    const absence = await db.absences.get(absenceId);
    if (!absence || absence.droppedAt) return false;
    for (const shop of absence.shops) {
      if (shop.noticeItemId && (await db.outbox.where('id').equals(shop.noticeItemId).count()) > 0) return false;
    }
    await db.absences.put({ ...absence, droppedAt: now.toISOString() });
    return true;
  });
}

/**
 * Where one shop's notice is: 'planned' (not filed, or its item was discarded), 'refused-late' (filing
 * refused, the file-by date had passed), 'waiting' (queued, being sent or checked), 'refused' (the
 * platform refused it: `reason`), 'sent' (`threadId` once the operator thread is in the cache),
 * 'answered' (the operator wrote in that thread).
 */
export type AbsenceShopState = 'planned' | 'refused-late' | 'waiting' | 'refused' | 'sent' | 'answered';

/** A shop's notice and closing, as the list shows them. */
export interface AbsenceShopStatus {
  shop: AbsenceShopRecord;
  state: AbsenceShopState;
  reason?: string;
  threadId?: string;
  /** The closing (A02), when the seller ticked it: where its item is. */
  closing?: 'waiting' | 'sent' | 'refused';
  closingReason?: string;
}

/** An absence with each shop's status (absenceStatuses). */
export interface AbsenceEntry {
  absence: AbsenceRecord;
  shops: AbsenceShopStatus[];
}

/** The operator thread a delivered notice created: the shop's operator threads holding its first message. */
async function noticeThread(db: ConsoleDatabase, shopId: string, messageId: string): Promise<ThreadRecord | undefined> {
  const threads = await db.threads
    .where('shopId')
    .equals(shopId)
    .filter((t) => t.entityType === 'SELLER_OPERATOR')
    .toArray();
  for (const thread of threads) {
    if (await hasCachedMessage(db, shopId, thread.id, messageId)) return thread;
  }
  return undefined;
}

async function shopStatus(db: ConsoleDatabase, shop: AbsenceShopRecord, items: Map<string, OutboxItem>): Promise<AbsenceShopStatus> {
  const closingItem = shop.closingItemId ? items.get(shop.closingItemId) : undefined;
  const closing = closingItem
    ? closingItem.state === 'sent'
      ? 'sent'
      : closingItem.state === 'parked'
        ? 'refused'
        : 'waiting'
    : undefined;
  const base: Omit<AbsenceShopStatus, 'state'> = {
    shop,
    ...(closing ? { closing } : {}),
    ...(closingItem?.lastError && closing === 'refused' ? { closingReason: closingItem.lastError.message } : {}),
  };
  if (shop.refusedLate) return { ...base, state: 'refused-late' };
  const item = shop.noticeItemId ? items.get(shop.noticeItemId) : undefined;
  if (!item) return { ...base, state: 'planned' };
  if (item.state === 'parked') return { ...base, state: 'refused', reason: item.lastError?.message ?? '' };
  if (item.state !== 'sent') return { ...base, state: 'waiting' };
  const thread = item.deliveredMessageId ? await noticeThread(db, item.shopId, item.deliveredMessageId) : undefined;
  if (!thread) return { ...base, state: 'sent' };
  const answered = (await threadMessagesOf(db, shop.shopId, thread.id)).some((m) => m.fromType === 'OPERATOR_USER');
  return { ...base, state: answered ? 'answered' : 'sent', threadId: thread.id };
}

/** Every absence, latest first day first, with each shop's status (see AbsenceShopState). */
export async function absenceStatuses(db: ConsoleDatabase): Promise<AbsenceEntry[]> {
  const absences = await db.absences.orderBy('firstDay').reverse().toArray();
  const ids = absences.flatMap((a) => a.shops.flatMap((s) => [s.noticeItemId, s.closingItemId].filter((v): v is string => !!v)));
  const items = new Map((await db.outbox.where('id').anyOf(ids).toArray()).map((i) => [i.id, i]));
  return Promise.all(
    absences.map(async (absence) => ({ absence, shops: await Promise.all(absence.shops.map((s) => shopStatus(db, s, items))) })),
  );
}
