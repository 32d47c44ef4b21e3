import { useCallback, useId, useState } from 'react';
import { useT } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
import { ComplaintFileDetail } from './ComplaintFileDetail';
import { messages } from './complaint-files.messages';
import { ImportPanel } from './ImportPanel';
import { localDay, useComplaintFile, useComplaintFileList, useComplaintImport } from './useComplaintFiles';
import './complaint-files.css';

/**
 * The Complaint files view (seed 000): import a file from the platform's template, see and fix the
 * rows with problems, export the valid rows, and track each filed file's decision. `now` (epoch ms,
 * the app's minute clock) sets the day the 30-day and 21-day windows are counted from.
 */
export function ComplaintFilesView({ now }: { now: number }) {
  const t = useT();
  const { formatDateTime, formatDay } = useFormat();
  const ids = useId();
  const files = useComplaintFileList();
  const [selected, setSelected] = useState<string | null>(null);
  const onImported = useCallback((fileId: string) => setSelected(fileId), []);
  const { state, importFile } = useComplaintImport(onImported);
  const today = localDay(now);
  const current = selected ?? files?.[0]?.id ?? null;
  return (
    <section className="complaint-files" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t(messages.title)}</h2>
      <p>{t(messages.intro)}</p>
      <ImportPanel state={state} onPick={(file) => void importFile(file)} />
      <nav aria-label={t(messages.files)} className="cf-files">
        {files && files.length === 0 && <p>{t(messages.noFiles)}</p>}
        <ul>
          {files?.map((file) => (
            <li key={file.id}>
              <button type="button" aria-pressed={file.id === current} onClick={() => setSelected(file.id)}>
                <strong>{file.name}</strong> · {t(messages.fileRows, { count: file.rowCount })} · {formatDateTime(file.importedAt)} ·{' '}
                {file.filedOn ? t(messages.fileFiled, { date: formatDay(file.filedOn) }) : t(messages.fileNotFiled)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {current && <SelectedFile key={current} id={current} today={today} />}
    </section>
  );
}

function SelectedFile({ id, today }: { id: string; today: string }) {
  const file = useComplaintFile(id);
  return file ? <ComplaintFileDetail file={file} today={today} /> : null;
}
