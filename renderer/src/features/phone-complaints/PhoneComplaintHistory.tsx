import { useId } from 'react';
import type { CaseHistoryEntry } from '../../data/case-events.queries';
import { useT } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
import { messages } from './detail.messages';
import { historyWords } from './phone-complaint-words';

/**
 * A phone complaint's history, oldest first: when, who, what (with its detail: to whom it was
 * forwarded, the outcome's note) and, for a step that went through the outbox, where that item is.
 */
export function PhoneComplaintHistory({ history }: { history: readonly CaseHistoryEntry[] }) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const titleId = useId();
  return (
    <section className="phone-complaint-history" aria-labelledby={titleId}>
      <h3 id={titleId}>{t(messages.history)}</h3>
      <ol aria-label={t(messages.history)}>
        {history.map(({ event, item }) => (
          <li key={event.seq ?? `${event.at}-${event.action}`} data-action={event.action}>
            {t(messages.historyEntry, { when: formatDateTime(event.at), who: event.actor, what: historyWords(event.action, t) })}
            {event.detail &&
              event.action !== 'phone-thread-linked' &&
              event.action !== 'phone-confirmation-drafted' &&
              ` — ${event.detail}`}
            {item && ` (${t(messages.itemState, { state: item.state })})`}
          </li>
        ))}
      </ol>
    </section>
  );
}
