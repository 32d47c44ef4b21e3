import { useConsoleData } from '../../data/console-data-context';
import { useT } from '../../ui/i18n';
import { messages } from './absence-notices.messages';
import { absenceReminders } from './absence-reminders';
import { useAbsenceEntries, useDayFormat } from './useAbsences';

/** In the status bar: the nearest absence notice still to file when its file-by date is within 3 working days. */
export function AbsenceStatusNotice() {
  const t = useT();
  const day = useDayFormat();
  const { now } = useConsoleData();
  const entries = useAbsenceEntries();
  const first = entries ? absenceReminders(entries, now().getTime())[0] : undefined;
  if (!first) return null;
  return (
    <span className="status-absence" role="status">
      {t(messages.statusReminder, { fileBy: day(first.fileBy) })}
    </span>
  );
}
