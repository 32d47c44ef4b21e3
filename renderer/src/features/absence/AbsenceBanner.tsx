import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n';
import { messages as absenceMessages } from './absence.messages';
import { messages } from './absence-notices.messages';
import { absenceReminders, absencesNow } from './absence-reminders';
import { useAbsenceEntries, useDayFormat, useShopNames } from './useAbsences';

/**
 * Above the inbox's thread list: a reminder per planned absence whose notice is due within 3 working
 * days (until it is filed or dropped), and, during an absence, which shops are away and who stands
 * in (replies still work). Renders nothing when there is nothing to say.
 */
export function AbsenceBanner({ now }: { now: number }) {
  const t = useT();
  const intl = useIntl();
  const day = useDayFormat();
  const name = useShopNames();
  const entries = useAbsenceEntries();
  if (!entries) return null;
  const reminders = absenceReminders(entries, now);
  const away = absencesNow(entries, now);
  if (reminders.length === 0 && away.length === 0) return null;
  const shops = (ids: readonly string[]) => intl.formatList(ids.map(name), { type: 'conjunction' });
  return (
    <div className="absence-banner">
      {reminders.map((r) => (
        <p key={`r-${r.absenceId}`} className="absence-reminder" role="status">
          {t(messages.reminder, {
            fileBy: day(r.fileBy),
            shops: shops(r.shopIds),
            period: t(absenceMessages.period, { first: day(r.firstDay), last: day(r.lastDay) }),
          })}
        </p>
      ))}
      {away.map((a) => (
        <p key={`a-${a.absenceId}`} className="absence-away" role="status">
          {a.standIn
            ? t(messages.away, { last: day(a.lastDay), shops: shops(a.shopIds), standIn: a.standIn })
            : t(messages.awayNobody, { last: day(a.lastDay), shops: shops(a.shopIds) })}
        </p>
      ))}
    </div>
  );
}
