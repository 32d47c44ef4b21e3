import { z } from 'zod';
import { returnSchema, type Return } from '../../../shared/mirakl';
import { isReturnOpen, type CaseActionId, type PendingAction } from '../../../shared/cases/case-actions';
import { orderKeyOf } from './inbox.queries';
import {
  caseKey,
  type CaseKey,
  type CaseMetaRecord,
  type CaseSummary,
  type IncidentRecord,
  type OutboxItem,
  type ReturnRecord,
  type ThreadRecord,
} from './records';

/*
 * The adapters of the Cases view (issue 13): each source record (an incident, a return, a complaint
 * thread) mapped to one CaseSummary; data/cases.queries.ts reads and merges them.
 *
 * What counts as a complaint thread: a thread whose topic is a REASON_CODE that the shop's RE11 list
 * (incident opening reasons, the platform's complaint reasons) holds, about an order that has no
 * incident or return case of its own (such a thread is that case's linked thread instead). It is open
 * while the shop may still answer and the buyer waits for a reply.
 */

/** What an incident record's `raw` holds (OR11's order without its lines, and the line). */
const incidentRawSchema = z.object({
  order: z.looseObject({
    commercial_id: z.string().nullish(),
    created_date: z.string().nullish(),
    customer: z.looseObject({ firstname: z.string().nullish(), lastname: z.string().nullish() }).nullish(),
    currency_iso_code: z.string().nullish(),
  }),
  line: z.looseObject({
    order_line_id: z.string(),
    product_title: z.string().nullish(),
    quantity: z.number().nullish(),
    price: z.number().nullish(),
    created_date: z.string().nullish(),
    last_updated_date: z.string().nullish(),
    order_line_state_reason_label: z.string().nullish(),
  }),
});
export type IncidentRaw = z.infer<typeof incidentRawSchema>;

/** An incident record's raw fields, or undefined when they cannot be read. */
export function incidentRaw(record: Pick<IncidentRecord, 'raw'>): IncidentRaw | undefined {
  const parsed = incidentRawSchema.safeParse(record.raw);
  return parsed.success ? parsed.data : undefined;
}

/** A return record's RT11 return, or undefined when it cannot be read. */
export function returnRaw(record: Pick<ReturnRecord, 'raw'>): Return | undefined {
  const parsed = returnSchema.safeParse(record.raw);
  return parsed.success ? parsed.data : undefined;
}

/** One row of the Cases view: the case, its reason's label, and where its marketplace actions stand. */
export interface CaseListItem {
  summary: CaseSummary;
  shopLabel: string;
  /** The label of `summary.reasonCode` (RE11, in the marketplace's language), when the shop's reasons are cached. */
  reasonLabel?: string;
  /** The actions the seller may take now (state machine of shared/cases, with actions already queued applied). */
  allowed: CaseActionId[];
  /** Actions written to the outbox and not yet confirmed by the marketplace. */
  pending: number;
  /** The latest action the marketplace refused, with its reason, while it waits for the seller. */
  refused?: { itemId: string; message: string; action?: CaseActionId };
}

/** The outbox kinds that carry case actions, and the case each item is about. */
export function caseKeyOfItem(item: OutboxItem): CaseKey | undefined {
  if (item.kind === 'incident-resolution')
    return caseKey('incident', item.shopId, `${item.payload.order_id}/${item.payload.order_line_id}`);
  if (item.kind === 'return-action') return caseKey('return', item.shopId, item.payload.returns[0]?.id ?? '');
  return undefined;
}

/** The case action an outbox item carries (see shared/cases), for projecting the state it leads to. */
export function pendingActionOf(item: OutboxItem): PendingAction | undefined {
  if (item.kind === 'incident-resolution') return { id: 'resolve-incident' };
  if (item.kind !== 'return-action') return undefined;
  const payload = item.payload;
  switch (payload.action) {
    case 'accept':
      return { id: payload.returns[0]?.accepted === false ? 'refuse-return' : 'accept-return' };
    case 'receive':
      return { id: 'receive-return' };
    case 'close':
      return { id: 'close-return' };
    case 'compliance':
      return {
        id: 'record-compliance',
        compliance: (payload.returns[0]?.return_lines ?? []).map((l) => ({ orderLineId: l.order_line_id, compliant: l.compliant })),
      };
  }
}

/** The thread linked to each order (orderKeyOf) (the most recently updated one of the order). */
export function threadsByOrder(threads: readonly ThreadRecord[]): Map<string, ThreadRecord> {
  const byOrder = new Map<string, ThreadRecord>();
  for (const t of threads) {
    if (!t.orderId) continue;
    const key = orderKeyOf(t.shopId, t.orderId);
    const known = byOrder.get(key);
    if (!known || known.dateUpdated < t.dateUpdated) byOrder.set(key, t);
  }
  return byOrder;
}

export function buyerOf(raw: IncidentRaw | undefined): string | undefined {
  const c = raw?.order.customer;
  const name = [c?.firstname, c?.lastname].filter(Boolean).join(' ');
  return name || undefined;
}

/** What an adapter looks up beside its record: the shop's market, the order's thread, the case's local facts, the buyer. */
export interface CaseLookup {
  market: (shopId: string) => string;
  thread: (shopId: string, orderId: string | undefined) => ThreadRecord | undefined;
  meta: (key: CaseKey) => CaseMetaRecord | undefined;
  buyer: (shopId: string, orderId: string | undefined) => string | undefined;
}

/** An incident (an order line in, or once in, INCIDENT_OPEN) as a case. */
export function incidentCase(record: IncidentRecord, look: CaseLookup): CaseSummary {
  const raw = incidentRaw(record);
  const id = `${record.orderId}/${record.lineId}`;
  const key = caseKey('incident', record.shopId, id);
  const thread = look.thread(record.shopId, record.orderId);
  return {
    key,
    kind: 'incident',
    shopId: record.shopId,
    market: look.market(record.shopId),
    id,
    state: record.state,
    open: record.state === 'INCIDENT_OPEN',
    orderId: record.orderId,
    orderLabel: raw?.order.commercial_id ?? undefined,
    buyer: buyerOf(raw) ?? thread?.customerName ?? undefined,
    threadId: thread?.id,
    reasonCode: record.reasonCode,
    responsible: look.meta(key)?.responsible,
    openedAt: raw?.line.last_updated_date ?? record.dateUpdated,
    updatedAt: record.dateUpdated,
    takenOver: thread?.takenOver === 1 || undefined,
  };
}

/** A return (RT11) as a case. */
export function returnCase(record: ReturnRecord, look: CaseLookup): CaseSummary {
  const raw = returnRaw(record);
  const key = caseKey('return', record.shopId, record.id);
  const thread = look.thread(record.shopId, record.orderId);
  return {
    key,
    kind: 'return',
    shopId: record.shopId,
    market: look.market(record.shopId),
    id: record.id,
    state: record.state,
    open: isReturnOpen(record.state),
    orderId: record.orderId,
    orderLabel: raw?.order_commercial_id,
    buyer: look.buyer(record.shopId, record.orderId) ?? (thread?.customerName || undefined),
    threadId: thread?.id,
    reasonCode: raw?.reason_code ?? raw?.return_lines[0]?.reason_code ?? undefined,
    responsible: look.meta(key)?.responsible,
    openedAt: raw?.date_created ?? record.dateUpdated,
    updatedAt: record.dateUpdated,
    takenOver: thread?.takenOver === 1 || undefined,
  };
}

/** A thread whose topic is a complaint reason (see the file's note) as a case. */
export function complaintThreadCase(thread: ThreadRecord, look: Pick<CaseLookup, 'meta'>): CaseSummary {
  const key = caseKey('complaint-thread', thread.shopId, thread.id);
  const open = thread.closed === 0 && thread.replyState === 'waiting';
  return {
    key,
    kind: 'complaint-thread',
    shopId: thread.shopId,
    market: thread.market,
    id: thread.id,
    state: open ? 'open' : 'closed',
    open,
    orderId: thread.orderId,
    orderLabel: thread.orderLabel,
    buyer: thread.customerName || undefined,
    threadId: thread.id,
    reasonCode: thread.topicCode,
    responsible: look.meta(key)?.responsible,
    openedAt: thread.dateCreated,
    updatedAt: thread.dateUpdated,
    takenOver: thread.takenOver === 1 || undefined,
  };
}
