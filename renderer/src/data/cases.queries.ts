import {
  allowedIncidentActions,
  allowedReturnActions,
  projectIncident,
  projectReturn,
  type PendingAction,
} from '../../../shared/cases/case-actions';
import {
  buyerOf,
  caseKeyOfItem,
  complaintThreadCase,
  incidentCase,
  incidentRaw,
  pendingActionOf,
  returnCase,
  returnRaw,
  threadsByOrder,
  type CaseListItem,
  type CaseLookup,
} from './case-adapters';
import type { ConsoleDatabase } from './db';
import { orderKeyOf, reasonKeyOf } from './inbox.queries';
import { phoneComplaintCaseSummaries } from './phone-complaints.queries';
import type { CaseKey, CaseSummary, OutboxItem, ShopRecord } from './records';

export type { CaseListItem } from './case-adapters';

/** A shop as the Cases view needs it. */
export type CaseShop = Pick<ShopRecord, 'id' | 'label' | 'market'>;

/** Outbox states that still count as the seller's decision on its way (or applied but not synced back). */
const liveStates: ReadonlySet<OutboxItem['state']> = new Set(['queued', 'sending', 'unknown', 'sent']);
const unconfirmedStates: ReadonlySet<OutboxItem['state']> = new Set(['queued', 'sending', 'unknown']);

/** The case-action outbox items of the shops, oldest first, grouped by the case they are about. */
async function caseItems(db: ConsoleDatabase, shopIds: readonly string[]): Promise<Map<CaseKey, OutboxItem[]>> {
  const items = await db.outbox.where('shopId').anyOf(shopIds).toArray();
  const byCase = new Map<CaseKey, OutboxItem[]>();
  for (const item of items.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))) {
    const key = caseKeyOfItem(item);
    if (key) byCase.set(key, [...(byCase.get(key) ?? []), item]);
  }
  return byCase;
}

/**
 * Every case of the connected shops (`shops`), read in one transaction and merged: incidents (open and
 * resolved ones the cache still holds), returns in every state, complaint threads (see case-adapters.ts
 * for what counts) and phone complaints (data/phone-complaints.queries.ts). Each comes with the label of
 * its reason (RE11, in the marketplace's language), the actions the seller may take now (the state
 * machine of shared/cases applied to the cached state and the actions already in the outbox), and the
 * latest refusal by the marketplace while it waits. Unsorted; read-only, used as a live query.
 */
export async function casesList(db: ConsoleDatabase, shops: readonly CaseShop[]): Promise<CaseListItem[]> {
  const ids = shops.map((s) => s.id);
  const shopById = new Map(shops.map((s) => [s.id, s]));
  // Phone complaints' adapter runs inside too (a live query must not await outside Dexie): the transaction
  // names every store it may read (its complaints, their facts and history, threads, outbox).
  const stores = [db.incidents, db.returns, db.threads, db.reasons, db.caseMeta, db.caseEvents, db.outbox, db.phoneComplaints];
  return db.transaction('r', stores, async () => {
    const [incidents, returns, threads, reasons, metas, items] = await Promise.all([
      db.incidents.where('shopId').anyOf(ids).toArray(),
      db.returns.where('shopId').anyOf(ids).toArray(),
      db.threads.where('shopId').anyOf(ids).toArray(),
      db.reasons
        .where('[shopId+type]')
        .anyOf(ids.map((id) => [id, 'incident_open']))
        .toArray(),
      db.caseMeta.toArray(),
      caseItems(db, ids),
    ]);
    const phone = await phoneComplaintCaseSummaries(db, shops as ShopRecord[]);
    const labels = new Map(reasons.map((r) => [reasonKeyOf(r.shopId, r.code), r.label]));
    const metaByKey = new Map(metas.map((m) => [m.key, m]));
    const byOrder = threadsByOrder(threads);
    const buyers = new Map<string, string>();
    for (const i of incidents) {
      const name = buyerOf(incidentRaw(i));
      if (name) buyers.set(orderKeyOf(i.shopId, i.orderId), name);
    }
    const look: CaseLookup = {
      market: (shopId) => shopById.get(shopId)?.market ?? '',
      thread: (shopId, orderId) => (orderId ? byOrder.get(orderKeyOf(shopId, orderId)) : undefined),
      meta: (key) => metaByKey.get(key),
      buyer: (shopId, orderId) => (orderId ? buyers.get(orderKeyOf(shopId, orderId)) : undefined),
    };
    const caseOrders = new Set([...incidents, ...returns].map((r) => orderKeyOf(r.shopId, r.orderId ?? '')));
    const complaintThreads = threads.filter(
      (t) =>
        t.topicType === 'REASON_CODE' &&
        t.topicCode !== undefined &&
        labels.has(reasonKeyOf(t.shopId, t.topicCode)) &&
        !(t.orderId && caseOrders.has(orderKeyOf(t.shopId, t.orderId))),
    );
    const item = (summary: CaseSummary, allowedFrom?: (pending: PendingAction[]) => CaseListItem['allowed']): CaseListItem => {
      const own = items.get(summary.key) ?? [];
      const live = own.filter((i) => liveStates.has(i.state));
      const pending = live.flatMap((i) => pendingActionOf(i) ?? []);
      const last = own[own.length - 1];
      return {
        summary,
        shopLabel: shopById.get(summary.shopId)?.label ?? summary.shopId,
        reasonLabel: summary.reasonCode ? labels.get(reasonKeyOf(summary.shopId, summary.reasonCode)) : undefined,
        allowed: allowedFrom ? allowedFrom(pending) : [],
        pending: own.filter((i) => unconfirmedStates.has(i.state)).length,
        ...(last?.state === 'parked'
          ? { refused: { itemId: last.id, message: last.lastError?.message ?? '', action: pendingActionOf(last)?.id } }
          : {}),
      };
    };
    return [
      ...incidents.map((r) => item(incidentCase(r, look), (p) => allowedIncidentActions(projectIncident(r.state, p)))),
      ...returns.map((r) => {
        const raw = returnRaw(r);
        const lines = (raw?.return_lines ?? []).map((l) => ({ orderLineId: l.order_line_id, compliant: l.compliance?.[0]?.compliant }));
        return item(returnCase(r, look), (p) => allowedReturnActions(projectReturn({ state: r.state, lines }, p)));
      }),
      ...complaintThreads.map((t) => item(complaintThreadCase(t, look))),
      ...phone.map((s) => item(s)),
    ];
  });
}
