import { fileByIsNear, isAwayOn, marketToday } from '../../../../shared/absence';
import type { AbsenceEntry } from '../../data/absences.queries';

/** A planned absence whose notice is still to be filed and whose file-by date is near. */
export interface AbsenceReminder {
  absenceId: string;
  firstDay: string;
  lastDay: string;
  /** The earliest file-by date among the shops still to file. */
  fileBy: string;
  shopIds: string[];
}

/** An absence going on now, with the shops that are away and who stands in. */
export interface AbsenceAway {
  absenceId: string;
  lastDay: string;
  standIn: string;
  shopIds: string[];
}

/**
 * The reminders due at `now` (epoch ms): per absence not dropped, the shops whose required notice is
 * still planned (not filed, not refused) and whose file-by date is at most 3 working days ahead in the
 * shop's market (REMINDER_WORKING_DAYS).
 */
export function absenceReminders(entries: readonly AbsenceEntry[], now: number): AbsenceReminder[] {
  const reminders: AbsenceReminder[] = [];
  for (const { absence, shops } of entries) {
    if (absence.droppedAt) continue;
    const due = shops.filter(
      (s) => s.state === 'planned' && s.shop.noticeRequired && fileByIsNear(s.shop.fileBy, s.shop.market, marketToday(now, s.shop.market)),
    );
    const fileBy = due.map((s) => s.shop.fileBy ?? '').sort()[0];
    if (fileBy) {
      reminders.push({
        absenceId: absence.id,
        firstDay: absence.firstDay,
        lastDay: absence.lastDay,
        fileBy,
        shopIds: due.map((s) => s.shop.shopId),
      });
    }
  }
  return reminders.sort((a, b) => a.fileBy.localeCompare(b.fileBy));
}

/** The absences going on at `now` (epoch ms), each shop judged by its own market's date; dropped ones are not. */
export function absencesNow(entries: readonly AbsenceEntry[], now: number): AbsenceAway[] {
  const away: AbsenceAway[] = [];
  for (const { absence } of entries) {
    if (absence.droppedAt) continue;
    const shopIds = absence.shops.filter((s) => isAwayOn(absence, marketToday(now, s.market))).map((s) => s.shopId);
    if (shopIds.length > 0) away.push({ absenceId: absence.id, lastDay: absence.lastDay, standIn: absence.standIn, shopIds });
  }
  return away;
}
