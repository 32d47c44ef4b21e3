import { useT } from '../../ui/i18n';
import { messages } from './complaint-files.messages';
import type { ImportState } from './useComplaintFiles';

/**
 * The file picker for a complaint file and what became of the last import: progress while reading and
 * storing, the count once stored, or why nothing was imported (the missing and unexpected columns by name).
 */
export function ImportPanel({ state, onPick }: { state: ImportState; onPick(file: File): void }) {
  const t = useT();
  const busy = state.phase === 'reading' || state.phase === 'storing';
  return (
    <div className="cf-import">
      <label className="cf-file-input">
        {t(messages.importLabel)}
        <input
          type="file"
          disabled={busy}
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const picked = event.target.files?.[0];
            event.target.value = '';
            if (picked) onPick(picked);
          }}
        />
      </label>
      <div role="status" className="cf-import-status">
        {state.phase === 'reading' && <p>{t(messages.reading, { name: state.name })}</p>}
        {state.phase === 'storing' && (
          <>
            <p>{t(messages.storing, { name: state.name, written: state.written, total: state.total })}</p>
            <progress aria-label={t(messages.progress)} max={Math.max(1, state.total)} value={state.written} />
          </>
        )}
        {state.phase === 'done' && <p>{t(messages.imported, { name: state.name, count: state.count })}</p>}
      </div>
      {state.phase === 'not-template' && (
        <div role="alert" className="panel-message error">
          <p>{t(messages.notTemplate, { name: state.name })}</p>
          {state.missing.length > 0 && <p>{t(messages.missingColumns, { columns: state.missing.join(', ') })}</p>}
          {state.unexpected.length > 0 && <p>{t(messages.unexpectedColumns, { columns: state.unexpected.join(', ') })}</p>}
          {state.duplicated.length > 0 && <p>{t(messages.duplicatedColumns, { columns: state.duplicated.join(', ') })}</p>}
        </div>
      )}
      {state.phase === 'unreadable' && (
        <p role="alert" className="panel-message error">
          {t(messages.unreadable, { name: state.name, detail: state.detail })}
        </p>
      )}
      {state.phase === 'failed' && (
        <p role="alert" className="panel-message error">
          {t(messages.storeFailed, { name: state.name, error: state.error })}
        </p>
      )}
    </div>
  );
}
