import type { ThreadKey } from '../inbox';
import { ABSENCE_RULE } from '../../../../shared/absence';
import { useT } from '../../ui/i18n';
import { messages } from './absence.messages';
import { AbsenceForm } from './AbsenceForm';
import { AbsenceList } from './AbsenceList';
import './absence.css';

/**
 * The Absence view (issue 12): plan an absence, see per shop in its market's calendar whether and by
 * when a notice is needed, file it through the outbox (exactly once, offline too), and follow the
 * planned and past absences. `now` is the minute clock's epoch ms; `onOpenThread` opens an operator
 * thread in the inbox.
 */
export function AbsenceView({ now, onOpenThread }: { now: number; onOpenThread(selection: ThreadKey): void }) {
  const t = useT();
  return (
    <section className="absence-view" aria-labelledby="absence-heading">
      <h2 id="absence-heading">{t(messages.heading)}</h2>
      <p className="muted">{t(messages.intro, { threshold: ABSENCE_RULE.thresholdWorkingDays, lead: ABSENCE_RULE.leadCalendarDays })}</p>
      <AbsenceForm now={now} />
      <AbsenceList onOpenThread={onOpenThread} />
    </section>
  );
}
