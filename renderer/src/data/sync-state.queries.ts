import type { ConsoleDatabase } from './db';
import type { QuarantineRecord, SyncCursorRecord } from './records';

/** Every shop's sync cursors (the status bar and Diagnostics show them). */
export async function syncCursors(db: ConsoleDatabase): Promise<SyncCursorRecord[]> {
  return db.syncCursors.toArray();
}

/** The inbox (`threads`) cursors of `shopIds`: whether their first sync is still loading. */
export async function threadCursors(db: ConsoleDatabase, shopIds: readonly string[]): Promise<SyncCursorRecord[]> {
  return db.syncCursors
    .where('[shopId+kind]')
    .anyOf(shopIds.map((id) => [id, 'threads']))
    .toArray();
}

/** Quarantined records per shop (read by the shop index; the quarantine stays small). */
export async function quarantinedCountByShop(db: ConsoleDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.quarantine.orderBy('shopId').eachKey((shopId) => {
    counts.set(String(shopId), (counts.get(String(shopId)) ?? 0) + 1);
  });
  return counts;
}

/** The quarantined records, the newest first. */
export async function quarantineNewestFirst(db: ConsoleDatabase): Promise<QuarantineRecord[]> {
  return db.quarantine.orderBy('receivedAt').reverse().toArray();
}

/** Removes one quarantine entry (the seller cleared it under Diagnostics). */
export async function clearQuarantined(db: ConsoleDatabase, id: number): Promise<void> {
  await db.quarantine.delete(id);
}
