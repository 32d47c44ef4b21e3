import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { checkReply } from '../../../../shared/reply-guard';
import type { AttachmentRecord, MessageRecord } from '../../data/records';
import { useT, type UiMessage } from '../../ui/i18n';
import { SafeName } from '../../ui/SafeName';
import { AttachmentItem } from '../attachments';
import { messages as text } from './message-list.messages';
import { BuyerMessageBody } from './BuyerMessageBody';
import { buyerContact, type BuyerContact, type ContactChecker } from './buyer-contact';
import { senderClass, senderLabel } from './participant-words';

interface Props {
  messages: readonly MessageRecord[];
  attachments: ReadonlyMap<string, AttachmentRecord>;
  /** Messages delivered by this console's outbox, by id, with who in the team wrote them. */
  sentHere: ReadonlyMap<string, string | undefined>;
  /** The thread's market: buyers' messages are checked for contact data in it (absent: not checked). */
  market?: string;
  /** The reply guard (a test's fake in tests). */
  checker?: ContactChecker;
}

const senderWords: Readonly<Record<string, UiMessage>> = { customer: text.fromBuyer, shop: text.fromShop, operator: text.fromPlatform };

/**
 * The thread's messages, oldest first, each with its author, when, and its attachments (to open or
 * download); contact data a buyer shared is marked, with a note to answer here (BuyerMessageBody).
 */
export function MessageList({ messages, attachments, sentHere, market, checker = checkReply }: Props) {
  const t = useT();
  const intl = useIntl();
  const contact = useMemo(() => {
    const found = new Map<string, BuyerContact>();
    if (market === undefined) return found;
    for (const m of messages) if (senderClass(m.fromType) === 'customer') found.set(m.id, buyerContact(m.body, market, checker));
    return found;
  }, [messages, market, checker]);
  if (messages.length === 0) return <p className="muted">{t(text.empty)}</p>;
  return (
    // The list scrolls inside the thread pane: a focus stop with a name, so it scrolls from the keyboard too.
    <ol className="messages" tabIndex={0} aria-label={t(text.listLabel)}>
      {messages.map((m) => {
        const word = senderWords[senderClass(m.fromType)];
        const who = word ? t(word) : senderLabel(m.fromType);
        const fromHere = sentHere.has(m.id);
        const author = sentHere.get(m.id);
        return (
          <li key={m.id} className={`message from-${senderClass(m.fromType)}`}>
            <div className="message-meta">
              <strong>
                <SafeName text={m.fromName || who} />
              </strong>
              <span className="badge">{who}</span>
              <time dateTime={m.dateCreated}>{formatInstant(intl, m.dateCreated)}</time>
              {fromHere && (
                <span className="sent-here" title={author && author !== 'default' ? t(text.writtenBy, { author }) : undefined}>
                  {t(text.sentHere)}
                </span>
              )}
            </div>
            <BuyerMessageBody body={m.body} contact={contact.get(m.id)} />
            {m.attachmentIds.length > 0 && (
              <ul className="attachments" aria-label={t(text.attachments)}>
                {m.attachmentIds.map((id) => (
                  <AttachmentItem key={id} shopId={m.shopId} attachment={attachments.get(id) ?? { id, name: id }} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** An ISO instant in the UI language, in the seller's own time zone; an unreadable one as it is. */
function formatInstant(intl: ReturnType<typeof useIntl>, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
}
