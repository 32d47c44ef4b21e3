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

/**
 * Clears a shop's quarantined list records of `kind` (entries without a record id): called when a
 * complete pass, which fetched every such record again, found nothing it could not read.
 */
export async function resolveQuarantine(db: ConsoleDatabase, shopId: string, kind: string): Promise<void> {
  await db.quarantine
    .where('shopId')
    .equals(shopId)
    .filter((entry) => entry.kind === kind && entry.recordId === undefined)
    .delete();
}

/** Clears the quarantine entries of one record read by id, once it has been read fine (or is gone). */
export async function resolveQuarantinedRecord(db: ConsoleDatabase, shopId: string, kind: string, recordId: string): Promise<void> {
  await db.quarantine
    .where('shopId')
    .equals(shopId)
    .filter((entry) => entry.kind === kind && entry.recordId === recordId)
    .delete();
}
