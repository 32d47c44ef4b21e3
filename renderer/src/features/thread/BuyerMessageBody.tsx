import { useT } from '../../ui/i18n';
import { highlightSegments } from '../../ui/highlight-segments';
import type { BuyerContact } from './buyer-contact';
import { messages } from './buyer-contact.messages';
import './buyer-contact.css';

/**
 * A message's text; for a buyer's message with contact data in it (see buyerContact), the e-mail
 * addresses, phone numbers, links and messengers marked, and a note per kind to answer on the
 * platform, not there.
 */
export function BuyerMessageBody({ body, contact }: { body: string; contact: BuyerContact | undefined }) {
  const t = useT();
  if (!contact || contact.findings.length === 0) return <p className="message-body">{body}</p>;
  return (
    <>
      <p className="message-body">
        {highlightSegments(body, contact.findings).map((segment) =>
          segment.marks.length === 0 ? (
            segment.text
          ) : (
            <mark
              key={segment.start}
              className="buyer-contact"
              data-rules={[...new Set(segment.marks.map((i) => contact.findings[i]?.rule))].join(' ')}
            >
              {segment.text}
            </mark>
          ),
        )}
      </p>
      <ul className="buyer-contact-notes" aria-label={t(messages.notesLabel)}>
        {contact.rules.map((rule) => (
          <li key={rule} data-rule={rule}>
            {t(messages[rule])}
          </li>
        ))}
      </ul>
    </>
  );
}
