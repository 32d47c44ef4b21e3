import { useLiveQuery } from 'dexie-react-hooks';
import { useConsoleData } from '../../data/console-data-context';
import type { ThreadRecord } from '../../data/records';
import { shipmentFacts } from '../../data/templates.queries';
import type { PlaceholderValues } from './placeholders';

/**
 * What a thread fills in a template: the buyer's name and the order's label (what the buyer quotes;
 * its id when it has no label) from the thread, and the tracking number and carrier when the cache
 * knows the order's shipment (see shipmentFacts). `{date}` is never filled: which date a reply means
 * (delivery, repair, refund) is the seller's to write.
 */
export function threadValues(
  thread: Pick<ThreadRecord, 'customerName' | 'orderId' | 'orderLabel'>,
  shipment: { tracking?: string; carrier?: string } = {},
): PlaceholderValues {
  return {
    buyer: thread.customerName || undefined,
    order: thread.orderLabel || thread.orderId || undefined,
    tracking: shipment.tracking,
    carrier: shipment.carrier,
  };
}

/**
 * threadValues for the thread, with the shipment read live from the cache while `active` (the
 * picker is open). Closed, it reads nothing: a live query per composer would re-run on every write
 * of the orders sync and hold up the cache's other transactions.
 */
export function useThreadValues(thread: ThreadRecord, active: boolean): PlaceholderValues {
  const { db } = useConsoleData();
  const orderId = thread.orderId;
  const shipment = useLiveQuery(
    async () => (active && orderId ? shipmentFacts(db, thread.shopId, orderId) : {}),
    [active, db, thread.shopId, orderId],
  );
  return threadValues(thread, shipment);
}
