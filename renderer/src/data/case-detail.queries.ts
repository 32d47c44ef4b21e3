import type { CaseActionId } from '../../../shared/cases/case-actions';
import { discardParked, enqueue, type NewOutboxItem } from '../sync/outbox/outbox.repository';
import { incidentRaw, returnRaw } from './case-adapters';
import { caseHistory, recordCaseEvent, updateCaseMeta, type CaseHistoryEntry } from './case-events.queries';
import type { ConsoleDatabase } from './db';
import type { CaseKey, CaseSummary, OutboxItem, ReasonRecord } from './records';
import { cachedThread, type CachedThread } from './threads.queries';

/** One line of the order a case is about, as far as the cache knows it. */
export interface CaseLine {
  orderLineId: string;
  product?: string;
  quantity?: number;
  /** A return line's reason code, and its compliance once RT26 recorded it. */
  reasonCode?: string;
  compliant?: boolean;
  nonComplianceReason?: string;
  nonComplianceInfo?: string;
}

/**
 * A platform event of a case, derived from the synced record's dates and states (the marketplace's
 * own history is not in its API): `what` is a stable code the UI words, `detail` a code or a label.
 */
export interface PlatformEvent {
  at: string;
  what: 'incident-opened' | 'incident-left' | 'return-created' | 'return-state' | 'return-refused' | 'thread-opened' | 'buyer-wrote';
  detail?: string;
}

/** Everything a case's detail shows beside its summary. */
export interface CaseDetail {
  lines: CaseLine[];
  platformEvents: PlatformEvent[];
  /** The console's own steps, oldest first, each with its outbox item as it stands now. */
  history: CaseHistoryEntry[];
  /** The buyer's thread, when the case has one. */
  thread?: CachedThread;
  /** The shop's RE12 closing reasons (for resolving an incident). */
  closeReasons: ReasonRecord[];
}

async function incidentDetail(db: ConsoleDatabase, summary: CaseSummary): Promise<Pick<CaseDetail, 'lines' | 'platformEvents'>> {
  const [orderId = '', lineId = ''] = summary.id.split('/');
  const record = await db.incidents.get([summary.shopId, orderId, lineId]);
  const siblings = await db.incidents
    .where('[shopId+orderId+lineId]')
    .between([summary.shopId, orderId, ''], [summary.shopId, orderId, '\uffff'])
    .toArray();
  const lines = siblings.map((r) => {
    const raw = incidentRaw(r);
    return { orderLineId: r.lineId, product: raw?.line.product_title ?? undefined, quantity: raw?.line.quantity ?? undefined };
  });
  const events: PlatformEvent[] = [{ at: summary.openedAt, what: 'incident-opened', detail: summary.reasonCode }];
  if (record && record.state !== 'INCIDENT_OPEN') events.push({ at: record.dateUpdated, what: 'incident-left', detail: record.state });
  return { lines, platformEvents: events };
}

async function returnDetail(db: ConsoleDatabase, summary: CaseSummary): Promise<Pick<CaseDetail, 'lines' | 'platformEvents'>> {
  const record = await db.returns.get([summary.shopId, summary.id]);
  const raw = record ? returnRaw(record) : undefined;
  const products = new Map(
    summary.orderId
      ? (
          await db.incidents
            .where('[shopId+orderId+lineId]')
            .between([summary.shopId, summary.orderId, ''], [summary.shopId, summary.orderId, '\uffff'])
            .toArray()
        ).map((r) => [r.lineId, incidentRaw(r)?.line.product_title ?? undefined])
      : [],
  );
  const lines = (raw?.return_lines ?? []).map((l) => {
    const decision = l.compliance?.[0];
    return {
      orderLineId: l.order_line_id,
      product: products.get(l.order_line_id),
      quantity: l.quantity,
      reasonCode: l.reason_code,
      compliant: decision?.compliant,
      nonComplianceReason: decision?.non_compliance_reason_code ?? undefined,
      nonComplianceInfo: decision?.non_compliance_additional_info ?? undefined,
    };
  });
  const events: PlatformEvent[] = [{ at: summary.openedAt, what: 'return-created', detail: summary.reasonCode }];
  if (raw && raw.state !== 'WAITING_ACCEPTANCE') events.push({ at: raw.last_updated, what: 'return-state', detail: raw.state });
  if (raw?.rejection_reason_code) events.push({ at: raw.last_updated, what: 'return-refused', detail: raw.rejection_reason_code });
  return { lines, platformEvents: events };
}

/**
 * A case's detail (see CaseDetail), read in one transaction: the order lines, platform events derived
 * from the synced record, the console's history (caseHistory), the buyer's thread and the shop's RE12
 * reasons. Read-only; used as a live query.
 */
export async function caseDetail(db: ConsoleDatabase, summary: CaseSummary): Promise<CaseDetail> {
  const stores = [db.incidents, db.returns, db.threads, db.threadMessages, db.outbox, db.reasons, db.caseEvents];
  return db.transaction('r', stores, async () => {
    const base =
      summary.kind === 'incident'
        ? await incidentDetail(db, summary)
        : summary.kind === 'return'
          ? await returnDetail(db, summary)
          : { lines: [], platformEvents: [] };
    const thread = summary.threadId ? await cachedThread(db, summary.shopId, summary.threadId) : undefined;
    const platformEvents = [...base.platformEvents];
    if (summary.kind === 'complaint-thread' && thread?.thread) {
      platformEvents.push({ at: thread.thread.dateCreated, what: 'thread-opened', detail: summary.reasonCode });
      const lastBuyer = [...thread.messages].reverse().find((m) => m.fromType === 'CUSTOMER_USER');
      if (lastBuyer) platformEvents.push({ at: lastBuyer.dateCreated, what: 'buyer-wrote' });
    }
    return {
      lines: base.lines,
      platformEvents: platformEvents.sort((a, b) => a.at.localeCompare(b.at)),
      history: await caseHistory(db, summary.key),
      thread,
      closeReasons: await db.reasons.where('[shopId+type]').equals([summary.shopId, 'incident_close']).toArray(),
    };
  });
}

/** A case action the seller confirmed: the outbox item that carries it, and what the history records. */
export interface CaseActionRequest {
  summary: CaseSummary;
  action: CaseActionId;
  item: NewOutboxItem;
  /** Plain details for the history (the reason chosen, the lines' decisions). */
  detail?: string;
}

/**
 * Writes a confirmed case action: the outbox item (enqueue) and the step in the case's history
 * (recordCaseEvent, naming the item) in one transaction, so neither exists without the other. The
 * caller wakes the outbox sender afterwards. Rejects when the database refuses the write (nothing is
 * stored then).
 */
export async function enqueueCaseAction(
  db: ConsoleDatabase,
  request: CaseActionRequest,
  options: { id: string; author: string; now: Date },
): Promise<OutboxItem> {
  return db.transaction('rw', [db.outbox, db.drafts, db.caseEvents], async () => {
    const stored = await enqueue(db, { ...request.item, author: options.author }, options.id, options.now);
    await recordCaseEvent(db, {
      caseKey: request.summary.key,
      at: options.now.toISOString(),
      actor: options.author,
      action: request.action,
      ...(request.detail ? { detail: request.detail } : {}),
      outboxItemId: stored.id,
    });
    return stored;
  });
}

/**
 * Sets the person responsible for a case (caseMeta) and records the change in its history, in one
 * transaction. An empty name clears it.
 */
export async function assignResponsible(
  db: ConsoleDatabase,
  key: CaseKey,
  responsible: string,
  options: { author: string; now: Date },
): Promise<void> {
  await db.transaction('rw', [db.caseMeta, db.caseEvents], async () => {
    const name = responsible.trim();
    await updateCaseMeta(db, key, { responsible: name || undefined });
    await recordCaseEvent(db, { caseKey: key, at: options.now.toISOString(), actor: options.author, action: 'responsible', detail: name });
  });
}

/**
 * Sets aside an action the marketplace refused (the parked item is discarded, so the case's later
 * actions are no longer held back) and keeps the refusal's reason in the case's history, in one
 * transaction. Answers false when the item was no longer parked (nothing changed).
 */
export async function dismissRefusal(
  db: ConsoleDatabase,
  key: CaseKey,
  itemId: string,
  options: { author: string; now: Date },
): Promise<boolean> {
  return db.transaction('rw', [db.outbox, db.caseEvents], async () => {
    const item = await db.outbox.where('id').equals(itemId).first();
    const reason = item?.lastError?.message ?? '';
    if (!(await discardParked(db, itemId))) return false;
    await recordCaseEvent(db, {
      caseKey: key,
      at: options.now.toISOString(),
      actor: options.author,
      action: 'refusal-dismissed',
      detail: reason,
    });
    return true;
  });
}
