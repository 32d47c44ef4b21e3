import { caseHistory, type CaseHistoryEntry } from './case-events.queries';
import type { ConsoleDatabase } from './db';
import { orderThreads } from './phone-complaint-orders.queries';
import { phoneComplaintKey } from './phone-complaints.queries';
import { hasCachedMessage } from './thread-messages.queries';
import type { OutboxItem, PhoneComplaintRecord, ThreadRecord } from './records';

/** Everything a phone complaint's detail shows, read in one go from the cache. */
export interface PhoneComplaintView {
  complaint: PhoneComplaintRecord;
  /** The shop's market ('' when the shop is no longer listed): the countdown's zone, the confirmation's language. */
  market: string;
  shopLabel: string;
  /** The cached threads of the complaint's order (none without an order): what it can be linked to. */
  threads: ThreadRecord[];
  /** The OR43 item carrying the written confirmation, as it stands now, once queued. */
  confirmation?: OutboxItem;
  history: CaseHistoryEntry[];
  /** The cached thread whose first message is the delivered OR43 confirmation, once synced: what to link. */
  createdThreadId?: string;
}

/** The detail of one phone complaint, or null when the cache does not hold it. Reads only. */
export async function phoneComplaintView(db: ConsoleDatabase, id: string): Promise<PhoneComplaintView | null> {
  const complaint = await db.phoneComplaints.get(id);
  if (!complaint) return null;
  const shop = await db.shops.get(complaint.shopId);
  const threads = complaint.orderId ? await orderThreads(db, complaint.shopId, complaint.orderId) : [];
  const confirmation = complaint.confirmationItemId ? await db.outbox.where('id').equals(complaint.confirmationItemId).first() : undefined;
  const delivered = confirmation?.state === 'sent' ? confirmation.deliveredMessageId : undefined;
  let createdThreadId: string | undefined;
  for (const thread of delivered ? threads : []) {
    if (await hasCachedMessage(db, complaint.shopId, thread.id, delivered ?? '')) createdThreadId = thread.id;
  }
  return {
    complaint,
    market: shop?.market ?? '',
    shopLabel: shop?.label ?? complaint.shopId,
    threads,
    ...(confirmation ? { confirmation } : {}),
    history: await caseHistory(db, phoneComplaintKey(complaint)),
    ...(createdThreadId ? { createdThreadId } : {}),
  };
}
