import { Dexie } from 'dexie';
import { orderSchema } from '../../../shared/mirakl';
import type { ConsoleDatabase } from './db';
import type { TemplateRecord } from './records';

/** The seed mark of the starter templates (db.seedMarks). */
export const starterTemplatesSeed = 'starter-templates';

/** Every template of the profile, in no particular order (the picker orders them for the thread). */
export async function listTemplates(db: ConsoleDatabase): Promise<TemplateRecord[]> {
  return db.templates.toArray();
}

/** Stores a template, new or changed (by id), stamped `now`; answers the stored record. */
export async function saveTemplate(db: ConsoleDatabase, template: Omit<TemplateRecord, 'updatedAt'>, now: Date): Promise<TemplateRecord> {
  const record: TemplateRecord = { ...template, updatedAt: now.toISOString() };
  await db.templates.put(record);
  return record;
}

/** Deletes a template; deleting one that is gone already is no error. */
export async function deleteTemplate(db: ConsoleDatabase, id: string): Promise<void> {
  await db.templates.delete(id);
}

/**
 * Seeds the profile's starter templates once: in one transaction, unless the seed mark says it was
 * done, adds `starter` (stamped `now`; a template of the same id already there is kept as it is) and
 * writes the mark. So templates the seller deleted are not seeded again, and two windows starting at
 * once seed once. Answers whether it seeded.
 */
export async function seedStarterTemplates(
  db: ConsoleDatabase,
  starter: readonly Omit<TemplateRecord, 'updatedAt'>[],
  now: Date,
): Promise<boolean> {
  return db.transaction('rw', [db.templates, db.seedMarks], async () => {
    if (await db.seedMarks.get(starterTemplatesSeed)) return false;
    const existing = new Set((await db.templates.bulkGet(starter.map((t) => t.id))).map((t) => t?.id));
    const stamp = now.toISOString();
    await db.templates.bulkAdd(starter.filter((t) => !existing.has(t.id)).map((t) => ({ ...t, updatedAt: stamp })));
    await db.seedMarks.put({ id: starterTemplatesSeed, seededAt: stamp });
    return true;
  });
}

/** What the cache knows of an order's shipment: its tracking number and carrier, when known. */
export interface ShipmentFacts {
  tracking?: string;
  carrier?: string;
}

const shipmentFields = orderSchema.pick({ shipping_tracking: true, shipping_company: true, shipping_carrier_code: true });

/**
 * The shipment of an order as far as the cache knows it. Orders are cached only with their incidents
 * (db.incidents keeps the order's fields of OR11 beside each line with an incident), so for most
 * orders this answers nothing, and the template's `{tracking}` and `{carrier}` stay for the seller to fill.
 */
export async function shipmentFacts(db: ConsoleDatabase, shopId: string, orderId: string): Promise<ShipmentFacts> {
  const lines = await db.incidents
    .where('[shopId+orderId+lineId]')
    .between([shopId, orderId, Dexie.minKey], [shopId, orderId, Dexie.maxKey])
    .toArray();
  for (const line of lines) {
    const order = (line.raw as { order?: unknown } | undefined)?.order;
    const parsed = shipmentFields.safeParse(order);
    if (!parsed.success) continue;
    const tracking = parsed.data.shipping_tracking?.trim() || undefined;
    const carrier = (parsed.data.shipping_company ?? parsed.data.shipping_carrier_code)?.trim() || undefined;
    if (tracking || carrier) return { tracking, carrier };
  }
  return {};
}
