import { useId } from 'react';
import { useT } from '../../ui/i18n';
import { messages } from './shortcuts.messages';
import { useTriagePreferences } from './triage-preferences.store';

/**
 * The "Then open the next thread due" checkbox under the reply box (kept per profile), and, after a
 * send found nothing else due, a polite note saying so (`noneDue`), so the seller knows why it stayed.
 */
export function MoveOnOption({ noneDue }: { noneDue: boolean }) {
  const t = useT();
  const id = useId();
  const on = useTriagePreferences((s) => s.openNextAfterSend);
  const setOn = useTriagePreferences((s) => s.setOpenNextAfterSend);
  return (
    <div className="move-on">
      <input id={id} type="checkbox" checked={on} onChange={(event) => setOn(event.target.checked)} />
      <label htmlFor={id}>{t(messages.moveOn)}</label>
      <span className="muted" role="status">
        {noneDue ? t(messages.noneDue) : ''}
      </span>
    </div>
  );
}
