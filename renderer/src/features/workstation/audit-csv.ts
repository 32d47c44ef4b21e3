import Papa from 'papaparse';
import type { AuditEntry } from '../../host/host-contract';

/** The column headings and the action names in the seller's language. */
export interface AuditCsvLabels {
  columns: [time: string, profile: string, action: string, subject: string, detail: string];
  action(entry: AuditEntry): string;
  profile(entry: AuditEntry): string;
}

/**
 * The audit log as CSV: one row per entry (time as ISO 8601 UTC, so spreadsheets sort it), headings
 * and actions in the seller's language. Cells that a spreadsheet would run as a formula are escaped.
 */
export function auditCsv(entries: readonly AuditEntry[], labels: AuditCsvLabels): string {
  return Papa.unparse(
    {
      fields: labels.columns,
      data: entries.map((entry) => [entry.at, labels.profile(entry), labels.action(entry), entry.subject, entry.detail]),
    },
    { escapeFormulae: true },
  );
}
