// From a read table to stored records, from stored rows to the fields validation reads, and from the
// valid rows back to the template for the platform. Pure (the export's bytes are made in export-file.ts).
import {
  classifyReason,
  complaintTemplate,
  decisionTemplate,
  matchHeaders,
  parseDecision,
  reasonCodes,
  type ComplaintField,
  type RowCheck,
  type RowFields,
} from '../../../../shared/complaint-files';
import type { DecisionLine } from '../../data/complaint-files.queries';
import type { ComplaintFileRecord, ComplaintRowRecord } from '../../data/records';
import type { Table } from './read-table';

/** Why a file is not the template: the columns by name. */
export interface NotTemplate {
  ok: false;
  missing: string[];
  unexpected: string[];
  duplicated: string[];
}

/** The file's header for each template field it has. */
export type ColumnMap = Partial<Record<ComplaintField, string>>;

/**
 * Turns a read table into the file record and its rows, or says why it is not the template (nothing
 * is built then). Cells are keyed by the file's own headers; a short row is padded with empty cells.
 */
export function buildImport(
  table: Table,
  meta: { id: string; name: string; importedAt: string },
): { ok: true; file: ComplaintFileRecord; rows: ComplaintRowRecord[] } | NotTemplate {
  const match = matchHeaders(table.header, complaintTemplate);
  if (!match.ok) return match;
  const columns = table.header.filter((h) => h !== '');
  const indexes = columns.map((c) => table.header.indexOf(c));
  const rows = table.rows.map((cells, row) => {
    const record: Record<string, string> = {};
    columns.forEach((column, i) => {
      record[column] = (cells[indexes[i] ?? -1] ?? '').trim();
    });
    return { fileId: meta.id, row, cells: record };
  });
  return { ok: true, file: { ...meta, columns, rowCount: rows.length }, rows };
}

/** The file's header for each template field (a stored file always matches: it was checked on import). */
export function columnMap(file: ComplaintFileRecord): ColumnMap {
  const match = matchHeaders(file.columns, complaintTemplate);
  return match.ok ? match.columnOf : {};
}

/** The cells validation reads, picked from a row by the file's columns. */
export function rowFields(cells: Record<string, string>, columns: ColumnMap): RowFields {
  const cell = (field: ComplaintField): string => {
    const column = columns[field];
    return column === undefined ? '' : (cells[column] ?? '');
  };
  return { recordId: cell('recordId'), phone: cell('phone'), email: cell('email'), receivedOn: cell('receivedOn'), reason: cell('reason') };
}

/**
 * The file to send: the template's header (the file's own header names, English or Polish, in the
 * template's order; the comment column is added when the file had none) and only the valid rows.
 * The reason is written as the template's code (`reasonCodes`), which the platform reads without
 * doubt; the seller's own wording goes to the comment column, before any comment already there, so
 * each record keeps its individual reason (seed 000) when it was not a bare code.
 */
export function exportTable(file: ComplaintFileRecord, rows: readonly ComplaintRowRecord[], checks: readonly RowCheck[]): string[][] {
  const columns = columnMap(file);
  const header = complaintTemplate.map((c) => columns[c.field] ?? c.header);
  const out: string[][] = [header];
  rows.forEach((row, i) => {
    const check = checks[i];
    if (!check || check.problems.length > 0 || !check.verdict.category) return;
    const code = reasonCodes[check.verdict.category];
    const reasonText = rowFields(row.cells, columns).reason.trim();
    const ownWords = classifyReason(reasonText).category && reasonText.toUpperCase() !== code ? reasonText : '';
    const comment = columns.comment === undefined ? '' : (row.cells[columns.comment] ?? '');
    out.push(
      complaintTemplate.map((c) => {
        if (c.field === 'reason') return code;
        if (c.field === 'comment') return [ownWords, comment].filter((s) => s !== '').join(' — ');
        const column = columns[c.field];
        return column === undefined ? '' : (row.cells[column] ?? '');
      }),
    );
  });
  return out;
}

/** Reads the platform's decision file: its lines, or why it is not the decision template. */
export function decisionLines(table: Table): { ok: true; lines: DecisionLine[] } | NotTemplate {
  const match = matchHeaders(table.header, decisionTemplate);
  if (!match.ok) return match;
  const index = (column: string | undefined): number => (column === undefined ? -1 : table.header.indexOf(column));
  const [id, decision, comment] = [index(match.columnOf.recordId), index(match.columnOf.decision), index(match.columnOf.comment)];
  const lines = table.rows
    .map((cells) => {
      const text = (cells[decision] ?? '').trim();
      return { recordId: (cells[id] ?? '').trim(), decision: parseDecision(text), text, note: (cells[comment] ?? '').trim() };
    })
    .filter((line) => line.recordId !== '' || line.text !== '');
  return { ok: true, lines };
}

/** Counts of a file's outcome: decisions per kind, and how many filed records still wait for one. */
export interface OutcomeTotals {
  refunded: number;
  replaced: number;
  refused: number;
  awaiting: number;
}

/** Totals of the platform's decisions over a file's rows (awaiting: filed rows without a decision). */
export function outcomeTotals(file: ComplaintFileRecord, rows: readonly ComplaintRowRecord[]): OutcomeTotals {
  const totals = { refunded: 0, replaced: 0, refused: 0, awaiting: 0 };
  for (const row of rows) if (row.decision) totals[row.decision] += 1;
  totals.awaiting = Math.max(0, (file.filedRowCount ?? 0) - totals.refunded - totals.replaced - totals.refused);
  return totals;
}
