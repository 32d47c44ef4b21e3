import type { ConsoleDatabase } from './db';
import type { CaseEventRecord, CaseKey, CaseMetaRecord, OutboxItem } from './records';

/**
 * Appends one step to a case's history. Call it inside the same Dexie transaction as the change it
 * records (include `db.caseEvents` in the transaction's stores), so a step is never recorded for a
 * change that was not stored, nor the reverse. Returns the stored event's sequence number.
 */
export async function recordCaseEvent(db: ConsoleDatabase, event: Omit<CaseEventRecord, 'seq'>): Promise<number> {
  return (await db.caseEvents.add(event as CaseEventRecord)) as number;
}

/** One step of a case's history with, when it went through the outbox, that item as it stands now. */
export interface CaseHistoryEntry {
  event: CaseEventRecord;
  item?: OutboxItem;
}

/** A case's console history, oldest first, each step joined with its outbox item (sent, parked, waiting). */
export async function caseHistory(db: ConsoleDatabase, key: CaseKey): Promise<CaseHistoryEntry[]> {
  const events = await db.caseEvents.where('caseKey').equals(key).sortBy('at');
  const ids = events.flatMap((e) => (e.outboxItemId ? [e.outboxItemId] : []));
  const items = ids.length > 0 ? await db.outbox.where('id').anyOf(ids).toArray() : [];
  const byId = new Map(items.map((item) => [item.id, item]));
  return events.map((event) => ({ event, item: event.outboxItemId ? byId.get(event.outboxItemId) : undefined }));
}

/** The console's facts about a case, or an empty record for a case it knows nothing about yet. */
export async function readCaseMeta(db: ConsoleDatabase, key: CaseKey): Promise<CaseMetaRecord> {
  return (await db.caseMeta.get(key)) ?? { key };
}

/** Merges `change` into a case's facts (creating them); fields set to undefined are removed. */
export async function updateCaseMeta(
  db: ConsoleDatabase,
  key: CaseKey,
  change: Partial<Omit<CaseMetaRecord, 'key'>>,
): Promise<CaseMetaRecord> {
  return db.transaction('rw', db.caseMeta, async () => {
    const next: CaseMetaRecord = { ...(await readCaseMeta(db, key)), ...change, key };
    for (const field of Object.keys(next) as (keyof CaseMetaRecord)[]) if (next[field] === undefined) delete next[field];
    await db.caseMeta.put(next);
    return next;
  });
}
