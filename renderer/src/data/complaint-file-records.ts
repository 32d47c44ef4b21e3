/**
 * Complaint files (seed 000; schema version 6): a file of bought contact records the seller complains
 * about, one reason per record, and the platform's decision on each. Re-exported by records.ts.
 */

/** One imported complaint file, and where it stands. */
export interface ComplaintFileRecord {
  id: string;
  /** The name of the file the seller imported. */
  name: string;
  importedAt: string;
  /** The template's columns, in the file's order (export writes them back in this order). */
  columns: string[];
  rowCount: number;
  /** The day the seller filed the exported file with the platform (`YYYY-MM-DD`); the 21-day decision window starts here. */
  filedOn?: string;
  /** When the platform's decision file was imported. */
  decisionImportedAt?: string;
  /** How many rows the exported file held when it was marked filed (the decisions awaited). */
  filedRowCount?: number;
  /** Record ids in the decision file that match no row of this file (reported, never dropped silently). */
  decisionUnknownIds?: string[];
  /** Rows of the decision file whose decision could not be read, as `recordId: text`. */
  decisionUnreadable?: string[];
}

/** One record (row) of a complaint file, as imported and as the seller fixed it. */
export interface ComplaintRowRecord {
  fileId: string;
  /** The row's position in the imported file (0 = first data row). */
  row: number;
  /** The row's cells by column name, as the seller sees and edits them. */
  cells: Record<string, string>;
  /** The platform's decision on this record, once its decision file is imported. */
  decision?: 'refunded' | 'replaced' | 'refused';
  decisionNote?: string;
}

/**
 * Rows are stored a page at a time (COMPLAINT_ROWS_PER_PAGE consecutive rows per record): a 50,000-row
 * file is 50 records, not 50,000, which is what makes its import quick in IndexedDB. A fix rewrites
 * its row's page.
 */
export interface ComplaintRowPageRecord {
  fileId: string;
  /** Page number: rows page * COMPLAINT_ROWS_PER_PAGE up to the next page's first row. */
  page: number;
  rows: ComplaintRowRecord[];
}

/** How many consecutive rows one ComplaintRowPageRecord holds. */
export const COMPLAINT_ROWS_PER_PAGE = 1_000;
