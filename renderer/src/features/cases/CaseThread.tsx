import type { CaseDetail } from '../../data/case-detail.queries';
import type { CaseListItem } from '../../data/cases.queries';
import type { ThreadKey } from '../inbox';
import { useT } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
import { messages } from './case-detail.messages';

/** How many of the thread's latest messages the case shows beside its facts (the inbox has them all). */
const SHOWN_MESSAGES = 4;

function senderWord(fromType: string) {
  if (fromType.startsWith('CUSTOMER')) return messages.fromBuyer;
  if (fromType.startsWith('SHOP')) return messages.fromShop;
  return messages.fromPlatform;
}

/**
 * The buyer's thread beside the case, read-only and compact: its latest messages, every attachment
 * of the thread, and a button that opens the thread in the inbox (where it is answered).
 */
export function CaseThread({
  item,
  detail,
  onOpenThread,
}: {
  item: CaseListItem;
  detail: CaseDetail;
  onOpenThread(selection: ThreadKey): void;
}) {
  const t = useT();
  const { formatDateTime, formatSize } = useFormat();
  const threadId = item.summary.threadId;
  const cached = detail.thread;
  const shown = cached ? cached.messages.slice(-SHOWN_MESSAGES) : [];
  const earlier = cached ? cached.messages.length - shown.length : 0;
  const attachments = cached ? [...cached.attachments.values()] : [];
  return (
    <section className="case-thread" aria-label={t(messages.threadTitle)}>
      <h3>{t(messages.threadTitle)}</h3>
      {!threadId && <p>{t(messages.noThread)}</p>}
      {threadId && (
        <>
          <button type="button" onClick={() => onOpenThread({ shopId: item.summary.shopId, threadId })}>
            {t(messages.openInInbox)}
          </button>
          {earlier > 0 && <p className="case-thread-earlier">{t(messages.earlierMessages, { count: earlier })}</p>}
          <ol className="case-messages">
            {shown.map((m) => (
              <li key={m.id} data-from={m.fromType}>
                <p className="case-message-meta">
                  <strong>{t(senderWord(m.fromType))}</strong> {m.fromName} ·{' '}
                  <time dateTime={m.dateCreated}>{formatDateTime(m.dateCreated)}</time>
                </p>
                <p className="case-message-body" dir="auto">
                  {m.body}
                </p>
              </li>
            ))}
          </ol>
          <h4>{t(messages.attachmentsTitle)}</h4>
          {attachments.length === 0 ? (
            <p>{t(messages.noAttachments)}</p>
          ) : (
            <ul className="case-attachments">
              {attachments.map((a) => (
                <li key={a.id} dir="auto">
                  {a.name}
                  {a.size !== undefined && ` (${formatSize(a.size)})`}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
