// Reading a complaint or decision file (CSV or XLSX) into rows of text cells: Papa Parse for CSV in
// any common delimiter and encoding (decode-text.ts), read-excel-file for XLSX (first sheet).
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/browser';
import { decodeText, type TextEncoding } from './decode-text';

/** A file read as a header row and data rows, every cell as text. */
export interface Table {
  header: string[];
  rows: string[][];
  /** The CSV's encoding, or 'xlsx'. */
  source: TextEncoding | 'xlsx';
}

/** Thrown when a file is neither a CSV nor a readable XLSX, or has no header row. */
export class UnreadableFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly detail: string,
  ) {
    super(`${fileName} could not be read: ${detail}`);
    this.name = 'UnreadableFileError';
  }
}

/** The delimiters a complaint CSV may use; Papa Parse picks the one that splits the rows consistently. */
export const csvDelimiters = [',', ';', '\t', '|'];

/** Parses CSV text (any of csvDelimiters, quoted fields, CRLF or LF) into rows; blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimitersToGuess: csvDelimiters, skipEmptyLines: 'greedy' });
  return result.data;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An XLSX cell as text: dates as `YYYY-MM-DD` (read-excel-file gives them in UTC), numbers plainly. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  return String(value);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads a file the seller picked: an XLSX (told by its ZIP signature, whatever its name) through
 * read-excel-file, anything else as CSV text. Rejects with UnreadableFileError for a broken
 * spreadsheet or a file without a header row.
 */
export async function readTable(file: Blob, fileName: string): Promise<Table> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let table: Table;
  if (isZip(bytes)) {
    let sheet: unknown[][];
    try {
      sheet = await readSheet(bytes.buffer);
    } catch (error) {
      throw new UnreadableFileError(fileName, error instanceof Error ? error.message : String(error));
    }
    const rows = sheet.map((row) => row.map(cellText)).filter((row) => row.some((cell) => cell.trim() !== ''));
    table = { header: rows[0] ?? [], rows: rows.slice(1), source: 'xlsx' };
  } else {
    const { text, encoding } = decodeText(bytes);
    const rows = parseCsv(text);
    table = { header: rows[0] ?? [], rows: rows.slice(1), source: encoding };
  }
  if (table.header.every((cell) => cell.trim() === '')) throw new UnreadableFileError(fileName, 'no header row');
  return { ...table, header: table.header.map((h) => h.trim()) };
}
