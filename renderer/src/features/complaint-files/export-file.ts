// The bytes of the file to send: CSV (UTF-8 with a BOM, so Excel opens Polish text right) or XLSX.
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/browser';

/** CSV text of a table with a UTF-8 byte-order mark and CRLF line ends, every cell quoted where needed. */
export function csvText(table: readonly string[][]): string {
  return `\uFEFF${Papa.unparse(table as string[][], { newline: '\r\n' })}\r\n`;
}

/** The table as a CSV blob (see csvText). */
export function csvBlob(table: readonly string[][]): Blob {
  return new Blob([csvText(table)], { type: 'text/csv;charset=utf-8' });
}

/** The table as an XLSX blob, one sheet, every cell text (so ids and dates stay as written). */
export async function xlsxBlob(table: readonly string[][]): Promise<Blob> {
  return writeXlsxFile(
    table.map((row) => row.map((value) => ({ value, type: String }))),
    { sheet: 'Complaint' },
  ).toBlob();
}

/** Offers a blob to the seller as a download named `fileName` (the browser's or Electron's save). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
