import { useQuery } from '@tanstack/react-query';
import { callHostOrThrow } from '../../host/host-client';
import type { AuditEntry } from '../../host/host-contract';
import { useT } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
import { auditCsv } from './audit-csv';
import { messages } from './audit.messages';
import { profileName } from './profile-name';
import { useWorkstation } from './workstation-context';

/** The team's audit log (kept by the host, every profile's actions), newest first, with a CSV export. */
export function AuditLog() {
  const t = useT();
  const format = useFormat();
  const { session } = useWorkstation();
  const log = useQuery({ queryKey: ['audit-log', session], queryFn: () => callHostOrThrow('workstation:audit-list', { session }) });
  const action = (entry: AuditEntry) => t(messages[entry.action]);
  const who = (entry: AuditEntry) => profileName({ name: entry.profileName }, t);
  const exportCsv = () => {
    const csv = auditCsv(log.data ?? [], {
      columns: [t(messages.colTime), t(messages.colProfile), t(messages.colAction), t(messages.colSubject), t(messages.colDetail)],
      action,
      profile: who,
    });
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'audit-log.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  if (log.isError) {
    return (
      <p role="alert" className="field-error">
        {t(messages.loadFailed, { error: log.error.message })}
      </p>
    );
  }
  const entries = log.data ?? [];
  return (
    <div className="audit-log">
      <p className="muted">{t(messages.intro)}</p>
      <p role="status">
        {t(messages.count, { count: entries.length })}{' '}
        <button type="button" onClick={exportCsv} disabled={entries.length === 0}>
          {t(messages.exportCsv)}
        </button>
      </p>
      {entries.length === 0 ? (
        <p>{t(messages.empty)}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t(messages.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(messages.colTime)}</th>
              <th scope="col">{t(messages.colProfile)}</th>
              <th scope="col">{t(messages.colAction)}</th>
              <th scope="col">{t(messages.colSubject)}</th>
              <th scope="col">{t(messages.colDetail)}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td>{format.formatDateTime(entry.at)}</td>
                <td>{who(entry)}</td>
                <td>{action(entry)}</td>
                <td>{entry.subject}</td>
                <td>{entry.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
