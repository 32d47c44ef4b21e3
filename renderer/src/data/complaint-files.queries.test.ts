import { describe, expect, it } from 'vitest';
import { ConsoleDatabase } from './db';
import {
  applyDecisions,
  deleteComplaintFile,
  importComplaintFile,
  listComplaintFiles,
  loadComplaintRows,
  markComplaintFileFiled,
  updateComplaintRow,
} from './complaint-files.queries';
import type { ComplaintFileRecord, ComplaintRowRecord } from './records';

const file: ComplaintFileRecord = {
  id: 'f1',
  name: 'a.csv',
  importedAt: '2026-11-28T09:00:00.000Z',
  columns: ['Record ID', 'Reason'],
  rowCount: 3,
};
const rows: ComplaintRowRecord[] = ['R1', 'R2', 'R3'].map((id, row) => ({
  fileId: 'f1',
  row,
  cells: { 'Record ID': id, Reason: 'numer nie istnieje' },
}));

describe('complaint-files.queries', () => {
  it('imports a file and its rows in chunks, in order, reporting progress', async () => {
    const db = new ConsoleDatabase('cf-import');
    const many = Array.from({ length: 12_001 }, (_, row) => ({ fileId: 'f1', row, cells: { 'Record ID': `R${row}` } }));
    const progress: number[] = [];
    await importComplaintFile(db, { ...file, rowCount: many.length }, many, (n) => progress.push(n));
    expect(progress).toEqual([5_000, 10_000, 12_001]);
    const loaded = await loadComplaintRows(db, 'f1');
    expect(loaded).toHaveLength(12_001);
    expect(loaded[11_000]?.cells['Record ID']).toBe('R11000');
    expect((await listComplaintFiles(db)).map((f) => f.id)).toEqual(['f1']);
    db.close();
  });

  it('keeps rows a page per record, and a fix or a decision reaches the right row of a later page', async () => {
    const db = new ConsoleDatabase('cf-pages');
    const many = Array.from({ length: 2_500 }, (_, row) => ({ fileId: 'f1', row, cells: { 'Record ID': `R${row}`, Reason: 'x' } }));
    await importComplaintFile(db, { ...file, rowCount: many.length }, many);
    expect(await db.complaintRowPages.count()).toBe(3);
    await updateComplaintRow(db, 'f1', 1_500, { 'Record ID': 'R1500', Reason: 'numer nie istnieje' });
    await applyDecisions(
      db,
      'f1',
      'Record ID',
      [{ recordId: 'R2400', decision: 'replaced', text: 'replaced', note: '' }],
      '2026-11-28T10:00:00Z',
    );
    const loaded = await loadComplaintRows(db, 'f1');
    expect(loaded.map((r) => r.row)).toEqual(many.map((r) => r.row));
    expect(loaded[1_500]?.cells.Reason).toBe('numer nie istnieje');
    expect(loaded[2_400]?.decision).toBe('replaced');
    expect(loaded.filter((r) => r.decision || r.cells.Reason !== 'x')).toHaveLength(2);
    await expect(updateComplaintRow(db, 'f1', 9_999, {})).rejects.toThrow(/gone/);
    db.close();
  });

  it('stores nothing when a chunk fails', async () => {
    const db = new ConsoleDatabase('cf-atomic');
    const broken = [...rows, { fileId: undefined, row: 9, cells: {} } as unknown as ComplaintRowRecord];
    await expect(importComplaintFile(db, file, broken)).rejects.toThrow();
    expect(await db.complaintFiles.count()).toBe(0);
    expect(await db.complaintRowPages.count()).toBe(0);
    db.close();
  });

  it('updates a row, marks the file filed, and deletes it with its rows', async () => {
    const db = new ConsoleDatabase('cf-update');
    await importComplaintFile(db, file, rows);
    await updateComplaintRow(db, 'f1', 1, { 'Record ID': 'R2', Reason: 'WRONG_PERSON' });
    expect((await loadComplaintRows(db, 'f1'))[1]?.cells.Reason).toBe('WRONG_PERSON');
    await expect(updateComplaintRow(db, 'f1', 7, {})).rejects.toThrow(/gone/);
    await markComplaintFileFiled(db, 'f1', '2026-11-28', 3);
    expect(await db.complaintFiles.get('f1')).toMatchObject({ filedOn: '2026-11-28', filedRowCount: 3 });
    await deleteComplaintFile(db, 'f1');
    expect(await db.complaintRowPages.count()).toBe(0);
    db.close();
  });

  it('applies decisions by record id and reports unknown ids and unreadable decisions', async () => {
    const db = new ConsoleDatabase('cf-decisions');
    await importComplaintFile(db, file, rows);
    const outcome = await applyDecisions(
      db,
      'f1',
      'Record ID',
      [
        { recordId: 'R1', decision: 'refunded', text: 'REFUNDED', note: '' },
        { recordId: 'R2', decision: 'refused', text: 'REFUSED', note: 'voicemail' },
        { recordId: 'R3', decision: undefined, text: 'later', note: '' },
        { recordId: 'R9', decision: 'replaced', text: 'REPLACED', note: '' },
      ],
      '2026-12-10T10:00:00.000Z',
    );
    expect(outcome).toEqual({ applied: 2, unknownIds: ['R9'], unreadable: ['R3: later'] });
    const loaded = await loadComplaintRows(db, 'f1');
    expect(loaded.map((r) => r.decision)).toEqual(['refunded', 'refused', undefined]);
    expect(loaded[1]?.decisionNote).toBe('voicemail');
    expect(await db.complaintFiles.get('f1')).toMatchObject({ decisionUnknownIds: ['R9'], decisionImportedAt: '2026-12-10T10:00:00.000Z' });
    db.close();
  });
});
