import type { RecordDecision } from '../../../shared/complaint-files';
import type { ConsoleDatabase } from './db';
import { COMPLAINT_ROWS_PER_PAGE, type ComplaintFileRecord, type ComplaintRowPageRecord, type ComplaintRowRecord } from './records';

/** Rows written per bulkPut inside the import's transaction (progress is reported after each): whole pages. */
export const IMPORT_CHUNK = 5 * COMPLAINT_ROWS_PER_PAGE;

/** The rows as pages of COMPLAINT_ROWS_PER_PAGE, by each row's own number (rows of one file). */
function toPages(fileId: string, rows: readonly ComplaintRowRecord[]): ComplaintRowPageRecord[] {
  const pages = new Map<number, ComplaintRowRecord[]>();
  for (const row of rows) {
    const page = Math.floor(row.row / COMPLAINT_ROWS_PER_PAGE);
    const list = pages.get(page);
    if (list) list.push(row);
    else pages.set(page, [row]);
  }
  return [...pages].map(([page, list]) => ({ fileId, page, rows: list.sort((a, b) => a.row - b.row) }));
}

async function pagesOf(db: ConsoleDatabase, fileId: string): Promise<ComplaintRowPageRecord[]> {
  // Every key [fileId, page] lies between [fileId] and [fileId, []] (an array sorts after any number).
  return db.complaintRowPages.where('[fileId+page]').between([fileId], [fileId, []]).toArray();
}

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
  return (await pagesOf(db, fileId)).flatMap((p) => p.rows);
}

/**
 * Stores an imported file and all its rows in one transaction, so a failure (quota, a closed window)
 * leaves nothing half-imported. Rows are stored a page per record (ComplaintRowPageRecord), written
 * IMPORT_CHUNK rows at a time; `onProgress(written)` is called after each. Rejects with Dexie's error
 * when the write fails (nothing is then stored), and with a TypeError for a row of another file.
 */
export async function importComplaintFile(
  db: ConsoleDatabase,
  file: ComplaintFileRecord,
  rows: readonly ComplaintRowRecord[],
  onProgress?: (written: number) => void,
): Promise<void> {
  const stray = rows.find((r) => r.fileId !== file.id || !Number.isInteger(r.row) || r.row < 0);
  if (stray) throw new TypeError(`Row ${String(stray.row)} does not belong to complaint file ${file.id}.`);
  const pages = toPages(file.id, rows);
  const perChunk = IMPORT_CHUNK / COMPLAINT_ROWS_PER_PAGE;
  await db.transaction('rw', [db.complaintFiles, db.complaintRowPages], async () => {
    await db.complaintFiles.put(file);
    let written = 0;
    for (let start = 0; start < pages.length; start += perChunk) {
      const chunk = pages.slice(start, start + perChunk);
      await db.complaintRowPages.bulkPut(chunk);
      written += chunk.reduce((n, p) => n + p.rows.length, 0);
      onProgress?.(written);
    }
  });
}

/** Stores the seller's fix of one row's cells. Rejects when the row is gone (the file was deleted). */
export async function updateComplaintRow(db: ConsoleDatabase, fileId: string, row: number, cells: Record<string, string>): Promise<void> {
  await db.transaction('rw', db.complaintRowPages, async () => {
    const key: [string, number] = [fileId, Math.floor(row / COMPLAINT_ROWS_PER_PAGE)];
    const page = await db.complaintRowPages.get(key);
    const index = page?.rows.findIndex((r) => r.row === row) ?? -1;
    if (!page || index < 0) throw new Error(`Row ${row} of complaint file ${fileId} is gone.`);
    page.rows[index] = { ...(page.rows[index] as ComplaintRowRecord), cells };
    await db.complaintRowPages.put(page);
  });
}

/** Marks a file filed with the platform on `filedOn` (`YYYY-MM-DD`), with how many rows it sent. */
export async function markComplaintFileFiled(db: ConsoleDatabase, fileId: string, filedOn: string, filedRowCount: number): Promise<void> {
  await db.complaintFiles.update(fileId, { filedOn, filedRowCount });
}

/** Deletes a file and its rows, in one transaction. */
export async function deleteComplaintFile(db: ConsoleDatabase, fileId: string): Promise<void> {
  await db.transaction('rw', [db.complaintFiles, db.complaintRowPages], async () => {
    await db.complaintRowPages.where('fileId').equals(fileId).delete();
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
  return db.transaction('rw', [db.complaintFiles, db.complaintRowPages], async () => {
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
    if (changed.length > 0) {
      const byRow = new Map(changed.map((r) => [r.row, r]));
      await db.complaintRowPages.bulkPut(
        toPages(
          fileId,
          rows.map((r) => byRow.get(r.row) ?? r),
        ),
      );
    }
    await db.complaintFiles.update(fileId, {
      decisionImportedAt: importedAt,
      decisionUnknownIds: unknownIds,
      decisionUnreadable: unreadable,
    });
    return { applied: changed.length, unknownIds, unreadable };
  });
}
