import { Dexie } from 'dexie';
import type { RecordDecision } from '../../../shared/complaint-files';
import type { ConsoleDatabase } from './db';
import type { ComplaintFileRecord, ComplaintRowRecord } from './records';

/** Rows written per bulkPut inside the import's transaction (progress is reported after each). */
export const IMPORT_CHUNK = 5_000;

/** Every imported complaint file, newest first. */
export async function listComplaintFiles(db: ConsoleDatabase): Promise<ComplaintFileRecord[]> {
  return db.complaintFiles.orderBy('importedAt').reverse().toArray();
}

/** One complaint file, or undefined when it is gone. */
export async function getComplaintFile(db: ConsoleDatabase, id: string): Promise<ComplaintFileRecord | undefined> {
  return db.complaintFiles.get(id);
}

/** A file's rows in the file's order. */
export async function loadComplaintRows(db: ConsoleDatabase, fileId: string): Promise<ComplaintRowRecord[]> {
  return db.complaintRows.where('[fileId+row]').between([fileId, Dexie.minKey], [fileId, Dexie.maxKey]).toArray();
}

/**
 * Stores an imported file and all its rows in one transaction, so a failure (quota, a closed window)
 * leaves nothing half-imported. Rows are written in chunks of IMPORT_CHUNK; `onProgress(written)` is
 * called after each. Rejects with Dexie's error when the write fails (nothing is then stored).
 */
export async function importComplaintFile(
  db: ConsoleDatabase,
  file: ComplaintFileRecord,
  rows: readonly ComplaintRowRecord[],
  onProgress?: (written: number) => void,
): Promise<void> {
  await db.transaction('rw', [db.complaintFiles, db.complaintRows], async () => {
    await db.complaintFiles.put(file);
    for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
      const chunk = rows.slice(start, start + IMPORT_CHUNK);
      await db.complaintRows.bulkPut(chunk);
      onProgress?.(start + chunk.length);
    }
  });
}

/** Stores the seller's fix of one row's cells. Rejects when the row is gone (the file was deleted). */
export async function updateComplaintRow(db: ConsoleDatabase, fileId: string, row: number, cells: Record<string, string>): Promise<void> {
  const changed = await db.complaintRows.update([fileId, row], { cells });
  if (changed === 0 && !(await db.complaintRows.get([fileId, row]))) throw new Error(`Row ${row} of complaint file ${fileId} is gone.`);
}

/** Marks a file filed with the platform on `filedOn` (`YYYY-MM-DD`), with how many rows it sent. */
export async function markComplaintFileFiled(db: ConsoleDatabase, fileId: string, filedOn: string, filedRowCount: number): Promise<void> {
  await db.complaintFiles.update(fileId, { filedOn, filedRowCount });
}

/** Deletes a file and its rows, in one transaction. */
export async function deleteComplaintFile(db: ConsoleDatabase, fileId: string): Promise<void> {
  await db.transaction('rw', [db.complaintFiles, db.complaintRows], async () => {
    await db.complaintRows.where('fileId').equals(fileId).delete();
    await db.complaintFiles.delete(fileId);
  });
}

/** One line of the platform's decision file, as read. */
export interface DecisionLine {
  recordId: string;
  /** Undefined when the decision's text could not be read (`text` keeps it for the report). */
  decision: RecordDecision | undefined;
  text: string;
  note: string;
}

/** What applying a decision file did. */
export interface DecisionOutcome {
  applied: number;
  unknownIds: string[];
  unreadable: string[];
}

/**
 * Applies the platform's decision file to a file's rows in one transaction: each line's decision goes
 * to every row whose `recordColumn` cell is its record id. Ids matching no row and decisions that
 * could not be read are stored on the file (and answered) so the seller sees them; nothing is dropped
 * silently. Rejects when the file is gone.
 */
export async function applyDecisions(
  db: ConsoleDatabase,
  fileId: string,
  recordColumn: string,
  lines: readonly DecisionLine[],
  importedAt: string,
): Promise<DecisionOutcome> {
  return db.transaction('rw', [db.complaintFiles, db.complaintRows], async () => {
    if (!(await db.complaintFiles.get(fileId))) throw new Error(`Complaint file ${fileId} is gone.`);
    const rows = await loadComplaintRows(db, fileId);
    const byId = new Map<string, ComplaintRowRecord[]>();
    for (const row of rows) {
      const id = (row.cells[recordColumn] ?? '').trim();
      byId.set(id, [...(byId.get(id) ?? []), row]);
    }
    const changed: ComplaintRowRecord[] = [];
    const unknownIds: string[] = [];
    const unreadable: string[] = [];
    for (const line of lines) {
      const matches = byId.get(line.recordId.trim());
      if (!matches) unknownIds.push(line.recordId);
      else if (!line.decision) unreadable.push(`${line.recordId}: ${line.text}`);
      else for (const row of matches) changed.push({ ...row, decision: line.decision, decisionNote: line.note || undefined });
    }
    await db.complaintRows.bulkPut(changed);
    await db.complaintFiles.update(fileId, {
      decisionImportedAt: importedAt,
      decisionUnknownIds: unknownIds,
      decisionUnreadable: unreadable,
    });
    return { applied: changed.length, unknownIds, unreadable };
  });
}
