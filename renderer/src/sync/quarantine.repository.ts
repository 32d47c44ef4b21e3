import type { ConsoleDatabase } from '../data/db';
import { quarantineFingerprint } from '../data/quarantine-fingerprint';
import type { Quarantined } from './payload-validation';

/**
 * Stores quarantined payloads, skipping ones already kept (same fingerprint). Must run inside a
 * transaction that includes `db.quarantine` when it is part of a page write.
 */
export async function addToQuarantine(db: ConsoleDatabase, records: readonly Quarantined[]): Promise<void> {
  for (const record of records) {
    const fingerprint = quarantineFingerprint(record.shopId, record.kind, record.payload);
    const known = await db.quarantine.where('fingerprint').equals(fingerprint).count();
    if (known === 0) await db.quarantine.add({ ...record, fingerprint });
  }
}
