import { useId, useMemo, useState } from 'react';
import type { ComplaintFileRecord } from '../../data/records';
import { useT } from '../../ui/i18n';
import { ComplaintGrid } from './ComplaintGrid';
import { columnMap, exportTable } from './complaint-file-model';
import { messages } from './complaint-grid.messages';
import { csvBlob, saveBlob, xlsxBlob } from './export-file';
import { FilingPanel } from './FilingPanel';
import { useComplaintRows } from './useComplaintFiles';

const baseName = (name: string): string => name.replace(/\.[^.]+$/, '');

/**
 * One complaint file: its valid and flagged counts, the grid (all rows or only those with problems),
 * the export of the valid rows, and its filing and decision (FilingPanel).
 */
export function ComplaintFileDetail({ file, today }: { file: ComplaintFileRecord; today: string }) {
  const t = useT();
  const { rows, checks, editRow, saveError, reload } = useComplaintRows(file, today);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const hintId = useId();
  const [exportError, setExportError] = useState<string | null>(null);
  const columns = useMemo(() => columnMap(file), [file]);
  const flaggedIndexes = useMemo(() => checks.flatMap((c, i) => (c.problems.length > 0 ? [i] : [])), [checks]);
  const allIndexes = useMemo(() => checks.map((_, i) => i), [checks]);
  const valid = checks.length - flaggedIndexes.length;

  if (!rows) {
    return (
      <p role="status" className="panel-message">
        {t(messages.loadingRows)}
      </p>
    );
  }
  const exportAs = async (kind: 'csv' | 'xlsx'): Promise<void> => {
    setExportError(null);
    try {
      const table = exportTable(file, rows, checks);
      const blob = kind === 'csv' ? csvBlob(table) : await xlsxBlob(table);
      saveBlob(blob, `${baseName(file.name)}-to-send.${kind}`);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="cf-detail">
      <p role="status" className="cf-counts">
        {t(messages.counts, { valid, flagged: flaggedIndexes.length })}
      </p>
      <div className="cf-toolbar">
        <label>
          <input type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />{' '}
          {t(messages.onlyProblems)}
        </label>
        <button type="button" disabled={valid === 0} onClick={() => void exportAs('csv')}>
          {t(messages.exportCsv)}
        </button>
        <button type="button" disabled={valid === 0} onClick={() => void exportAs('xlsx')}>
          {t(messages.exportXlsx)}
        </button>
      </div>
      <p className="cf-note">{t(messages.exportNote, { count: valid })}</p>
      <p className="cf-note" id={hintId}>
        {t(messages.hint)}
      </p>
      {exportError && (
        <p role="alert" className="panel-message error">
          {t(messages.exportFailed, { error: exportError })}
        </p>
      )}
      {saveError && (
        <p role="alert" className="panel-message error">
          {t(messages.saveFailed, { row: saveError.row + 1, error: saveError.error })}
        </p>
      )}
      <ComplaintGrid
        label={t(messages.grid, { name: file.name })}
        describedBy={hintId}
        rows={rows}
        checks={checks}
        shown={onlyProblems ? flaggedIndexes : allIndexes}
        columns={columns}
        onEdit={(row, cells) => void editRow(row, cells)}
      />
      <FilingPanel file={file} rows={rows} validCount={valid} today={today} onDecisionsApplied={reload} />
    </div>
  );
}
