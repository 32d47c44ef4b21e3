import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import { validateRows, type RowCheck } from '../../../../shared/complaint-files';
import { useConsoleData } from '../../data/console-data-context';
import {
  getComplaintFile,
  importComplaintFile,
  listComplaintFiles,
  loadComplaintRows,
  updateComplaintRow,
} from '../../data/complaint-files.queries';
import type { ComplaintFileRecord, ComplaintRowRecord } from '../../data/records';
import { buildImport, columnMap, rowFields } from './complaint-file-model';
import { readTable, UnreadableFileError } from './read-table';

/** The seller's calendar day (`YYYY-MM-DD`) at `now` (epoch ms), in the environment's time zone. */
export function localDay(now: number): string {
  return Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(Temporal.Now.timeZoneId()).toPlainDate().toString();
}

/** Every imported complaint file, newest first, live (undefined while read). */
export function useComplaintFileList(): ComplaintFileRecord[] | undefined {
  const { db } = useConsoleData();
  return useLiveQuery(() => listComplaintFiles(db), [db]);
}

/** One complaint file, live (undefined while read or when gone). */
export function useComplaintFile(id: string): ComplaintFileRecord | undefined {
  const { db } = useConsoleData();
  return useLiveQuery(() => getComplaintFile(db, id), [db, id]);
}

/** Where an import stands, for the import panel. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string }
  | { phase: 'storing'; name: string; written: number; total: number }
  | { phase: 'done'; name: string; count: number; fileId: string }
  | { phase: 'not-template'; name: string; missing: string[]; unexpected: string[]; duplicated: string[] }
  | { phase: 'unreadable'; name: string; detail: string }
  | { phase: 'failed'; name: string; error: string };

/**
 * Imports a complaint file the seller picked: read (CSV or XLSX), checked against the template (a file
 * that is not the template stores nothing), stored in one transaction with progress. Answers the state
 * and the function to start an import; `onImported(fileId)` is called once a file is stored.
 */
export function useComplaintImport(onImported: (fileId: string) => void): { state: ImportState; importFile(file: File): Promise<void> } {
  const { db, now } = useConsoleData();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const importFile = useCallback(
    async (file: File) => {
      const name = file.name;
      setState({ phase: 'reading', name });
      try {
        const table = await readTable(file, name);
        const built = buildImport(table, { id: crypto.randomUUID(), name, importedAt: now().toISOString() });
        if (!built.ok) {
          setState({ phase: 'not-template', name, missing: built.missing, unexpected: built.unexpected, duplicated: built.duplicated });
          return;
        }
        const total = built.rows.length;
        setState({ phase: 'storing', name, written: 0, total });
        await importComplaintFile(db, built.file, built.rows, (written) => setState({ phase: 'storing', name, written, total }));
        setState({ phase: 'done', name, count: total, fileId: built.file.id });
        onImported(built.file.id);
      } catch (error) {
        if (error instanceof UnreadableFileError) setState({ phase: 'unreadable', name, detail: error.detail });
        else setState({ phase: 'failed', name, error: error instanceof Error ? error.message : String(error) });
      }
    },
    [db, now, onImported],
  );
  return { state, importFile };
}

/** A file's rows as the grid shows them, with each row's check and the means to fix one. */
export interface ComplaintRows {
  rows: ComplaintRowRecord[] | undefined;
  checks: RowCheck[];
  /** Stores a row's new cells (shown at once; undone, with `saveError` set, when the write fails). */
  editRow(row: number, cells: Record<string, string>): Promise<void>;
  saveError: { row: number; error: string } | null;
  /** Reads the rows again (after the decision file changed them). */
  reload(): void;
}

/**
 * The rows of a file, read once and kept in memory (a live query would read 50,000 rows again after
 * every edit), validated as of `today`; edits write through to the stored row pages.
 */
export function useComplaintRows(file: ComplaintFileRecord, today: string): ComplaintRows {
  const { db } = useConsoleData();
  const [rows, setRows] = useState<ComplaintRowRecord[] | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const [saveError, setSaveError] = useState<{ row: number; error: string } | null>(null);
  const current = useRef(rows);
  useEffect(() => {
    current.current = rows;
  }, [rows]);
  useEffect(() => {
    let live = true;
    loadComplaintRows(db, file.id).then(
      (loaded) => live && setRows(loaded),
      () => live && setRows([]),
    );
    return () => {
      live = false;
    };
  }, [db, file.id, generation]);
  const columns = useMemo(() => columnMap(file), [file]);
  const checks = useMemo(
    () =>
      rows
        ? validateRows(
            rows.map((r) => rowFields(r.cells, columns)),
            today,
          )
        : [],
    [rows, columns, today],
  );
  const editRow = useCallback(
    async (row: number, cells: Record<string, string>) => {
      const before = current.current?.find((r) => r.row === row);
      setRows((list) => list?.map((r) => (r.row === row ? { ...r, cells } : r)));
      setSaveError(null);
      try {
        await updateComplaintRow(db, file.id, row, cells);
      } catch (error) {
        setRows((list) => list?.map((r) => (r.row === row && before ? before : r)));
        setSaveError({ row, error: error instanceof Error ? error.message : String(error) });
      }
    },
    [db, file.id],
  );
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { rows, checks, editRow, saveError, reload };
}
