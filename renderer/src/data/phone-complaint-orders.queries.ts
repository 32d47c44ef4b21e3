import type { ConsoleDatabase } from './db';
import type { PhoneComplaintRecord, ThreadRecord } from './records';

/** An order the cache knows of, as the phone complaint intake offers it. */
export interface CachedOrder {
  orderId: string;
  /** Its commercial label, when a thread or an incident gave it. */
  label?: string;
  /** The buyer's name, when a thread or an incident gave it. */
  buyer?: string;
}

/** The most orders one shop's list holds (the newest threads, incidents and returns first). */
export const cachedOrdersMax = 2000;

interface OrderFields {
  commercial_id?: unknown;
  customer?: { firstname?: unknown; lastname?: unknown };
}

function incidentOrder(raw: unknown): { label?: string; buyer?: string } {
  const order = (raw as { order?: OrderFields } | null)?.order;
  const label = typeof order?.commercial_id === 'string' ? order.commercial_id : undefined;
  const first = typeof order?.customer?.firstname === 'string' ? order.customer.firstname : '';
  const last = typeof order?.customer?.lastname === 'string' ? order.customer.lastname : '';
  const buyer = `${first} ${last}`.trim();
  return { ...(label ? { label } : {}), ...(buyer ? { buyer } : {}) };
}

/**
 * The orders one shop's cache knows: those of its threads (orderId, orderLabel, the buyer's name),
 * its incidents (OR11's order: commercial id and customer) and its returns (orderId). Read once
 * per shop through the `shopId` indexes, newest first and bounded by cachedOrdersMax, so the
 * intake's search filters this list in memory on each keystroke instead of scanning the cache.
 */
export async function cachedOrders(db: ConsoleDatabase, shopId: string): Promise<CachedOrder[]> {
  return db.transaction('r', [db.threads, db.incidents, db.returns], async () => {
    const orders = new Map<string, CachedOrder>();
    const add = (orderId: string | undefined, label?: string, buyer?: string) => {
      if (!orderId || (orders.size >= cachedOrdersMax && !orders.has(orderId))) return;
      const known = orders.get(orderId) ?? { orderId };
      orders.set(orderId, { ...known, ...(!known.label && label ? { label } : {}), ...(!known.buyer && buyer ? { buyer } : {}) });
    };
    const threads = await db.threads
      .where('[shopId+dateUpdated]')
      .between([shopId, ''], [shopId, '\uffff'])
      .reverse()
      .limit(cachedOrdersMax)
      .toArray();
    for (const t of threads) add(t.orderId, t.orderLabel, t.customerName || undefined);
    const incidents = await db.incidents.where('shopId').equals(shopId).limit(cachedOrdersMax).toArray();
    for (const i of incidents) {
      const { label, buyer } = incidentOrder(i.raw);
      add(i.orderId, label, buyer);
    }
    const returns = await db.returns.where('shopId').equals(shopId).limit(cachedOrdersMax).toArray();
    for (const r of returns) add(r.orderId);
    return [...orders.values()];
  });
}

/** The orders of `orders` whose id or label contains `query` (case-insensitive), at most `limit`. */
export function matchOrders(orders: readonly CachedOrder[], query: string, limit = 8): CachedOrder[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const matches: CachedOrder[] = [];
  for (const order of orders) {
    if (order.orderId.toLowerCase().includes(needle) || order.label?.toLowerCase().includes(needle)) matches.push(order);
    if (matches.length >= limit) break;
  }
  return matches;
}

/** The cached threads of one order in a shop, newest first: what a phone complaint can be linked to. */
export async function orderThreads(db: ConsoleDatabase, shopId: string, orderId: string): Promise<ThreadRecord[]> {
  const threads = await db.threads
    .where('shopId')
    .equals(shopId)
    .filter((t) => t.orderId === orderId)
    .toArray();
  return threads.sort((a, b) => b.dateUpdated.localeCompare(a.dateUpdated));
}

/** The phone complaints about one order of a shop, newest first (through the `orderId` index). */
export async function orderPhoneComplaints(db: ConsoleDatabase, shopId: string, orderId: string): Promise<PhoneComplaintRecord[]> {
  const complaints = await db.phoneComplaints
    .where('orderId')
    .equals(orderId)
    .filter((c) => c.shopId === shopId)
    .toArray();
  return complaints.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
