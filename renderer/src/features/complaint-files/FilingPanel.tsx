import { useId, useMemo, useState } from 'react';
import { ComplaintFileDateError, decisionDeadline, parseDay } from '../../../../shared/complaint-files';
import { useConsoleData } from '../../data/console-data-context';
import { applyDecisions, markComplaintFileFiled } from '../../data/complaint-files.queries';
import type { ComplaintFileRecord, ComplaintRowRecord } from '../../data/records';
import { useT } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
import { columnMap, decisionLines, outcomeTotals } from './complaint-file-model';
import { messages as fileMessages } from './complaint-files.messages';
import { messages } from './complaint-filing.messages';
import { readTable, UnreadableFileError } from './read-table';

/** What the panel says after a decision import that did not apply. */
type DecisionError =
  | { kind: 'not-template'; name: string; missing: string[]; unexpected: string[] }
  | { kind: 'unreadable'; name: string; detail: string }
  | { kind: 'failed'; error: string };

/** Days from `today` to `deadline` (negative once it has passed). */
function daysBetween(today: string, deadline: string): number {
  return parseDay(today, 'today').until(parseDay(deadline, 'deadline'), { largestUnit: 'days' }).days;
}

/**
 * A file's filing with the platform and the platform's answer: marking it filed on a day (the 21-day
 * decision window starts there, shown as days left or overdue), importing the decision file (record
 * ids not in this file are listed, never dropped), and the outcome totals.
 */
export function FilingPanel(props: {
  file: ComplaintFileRecord;
  rows: readonly ComplaintRowRecord[];
  validCount: number;
  today: string;
  onDecisionsApplied(): void;
}) {
  const { file, rows, validCount, today, onDecisionsApplied } = props;
  const t = useT();
  const { formatDay, formatDateTime } = useFormat();
  const { db, now } = useConsoleData();
  const ids = useId();
  const [filedOn, setFiledOn] = useState(today);
  const [dateError, setDateError] = useState(false);
  const [failure, setFailure] = useState<DecisionError | null>(null);
  const totals = useMemo(() => outcomeTotals(file, rows), [file, rows]);

  const markFiled = async (): Promise<void> => {
    try {
      parseDay(filedOn.trim(), 'filedOn');
    } catch (error) {
      if (error instanceof ComplaintFileDateError) return setDateError(true);
      throw error;
    }
    setDateError(false);
    try {
      await markComplaintFileFiled(db, file.id, filedOn.trim(), validCount);
    } catch (error) {
      setFailure({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const importDecisions = async (picked: File): Promise<void> => {
    setFailure(null);
    try {
      const read = decisionLines(await readTable(picked, picked.name));
      if (!read.ok) return setFailure({ kind: 'not-template', name: picked.name, missing: read.missing, unexpected: read.unexpected });
      await applyDecisions(db, file.id, columnMap(file).recordId ?? '', read.lines, now().toISOString());
      onDecisionsApplied();
    } catch (error) {
      if (error instanceof UnreadableFileError) setFailure({ kind: 'unreadable', name: picked.name, detail: error.detail });
      else setFailure({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const deadline = file.filedOn ? decisionDeadline(file.filedOn) : null;
  const days = deadline ? daysBetween(today, deadline) : 0;
  return (
    <section className="cf-filing" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t(messages.title)}</h3>
      {!file.filedOn ? (
        <div className="cf-toolbar">
          <label htmlFor={`${ids}-date`}>{t(messages.filedOnLabel)}</label>
          <input
            id={`${ids}-date`}
            type="text"
            value={filedOn}
            aria-invalid={dateError}
            aria-describedby={dateError ? `${ids}-date-error` : undefined}
            onChange={(event) => setFiledOn(event.target.value)}
          />
          <button type="button" disabled={validCount === 0} onClick={() => void markFiled()}>
            {t(messages.markFiled)}
          </button>
          {dateError && (
            <p id={`${ids}-date-error`} role="alert" className="panel-message error">
              {t(messages.badDate)}
            </p>
          )}
        </div>
      ) : (
        <>
          <p>{t(messages.filed, { date: formatDay(file.filedOn), count: file.filedRowCount ?? 0 })}</p>
          {deadline && (
            <p role="timer" className={days < 0 ? 'cf-overdue' : undefined} data-deadline={deadline}>
              {days >= 0
                ? t(messages.decisionDue, { date: formatDay(deadline), days })
                : t(messages.decisionOverdue, { date: formatDay(deadline), days: -days })}
            </p>
          )}
          <label className="cf-file-input">
            {t(messages.decisionImportLabel)}
            <input
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => {
                const picked = event.target.files?.[0];
                event.target.value = '';
                if (picked) void importDecisions(picked);
              }}
            />
          </label>
          {file.decisionImportedAt && <p>{t(messages.decisionImported, { at: formatDateTime(file.decisionImportedAt) })}</p>}
          {(file.decisionUnknownIds?.length ?? 0) > 0 && (
            <p role="alert" className="panel-message error">
              {t(messages.unknownIds, { ids: file.decisionUnknownIds?.join(', ') ?? '' })}
            </p>
          )}
          {(file.decisionUnreadable?.length ?? 0) > 0 && (
            <p role="alert" className="panel-message error">
              {t(messages.unreadable, { lines: file.decisionUnreadable?.join('; ') ?? '' })}
            </p>
          )}
          <table className="cf-totals">
            <caption>{t(messages.outcome)}</caption>
            <tbody>
              {(['refunded', 'replaced', 'refused', 'awaiting'] as const).map((kind) => (
                <tr key={kind}>
                  <th scope="row">{t(messages[kind])}</th>
                  <td>{totals[kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {failure?.kind === 'not-template' && (
        <div role="alert" className="panel-message error">
          <p>{t(messages.decisionNotTemplate, { name: failure.name })}</p>
          {failure.missing.length > 0 && <p>{t(fileMessages.missingColumns, { columns: failure.missing.join(', ') })}</p>}
          {failure.unexpected.length > 0 && <p>{t(fileMessages.unexpectedColumns, { columns: failure.unexpected.join(', ') })}</p>}
        </div>
      )}
      {failure?.kind === 'unreadable' && (
        <p role="alert" className="panel-message error">
          {t(fileMessages.unreadable, { name: failure.name, detail: failure.detail })}
        </p>
      )}
      {failure?.kind === 'failed' && (
        <p role="alert" className="panel-message error">
          {t(messages.failed, { error: failure.error })}
        </p>
      )}
    </section>
  );
}
