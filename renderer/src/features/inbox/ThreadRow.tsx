import { memo } from 'react';
import { useIntl } from 'react-intl';
import { UntoldStageBadge } from '../case-stages';
import { DueCountdown } from '../../ui/countdown';
import { SafeName } from '../../ui/SafeName';
import { useT } from '../../ui/i18n';
import { messages } from './inbox.messages';
import type { InboxRow } from './triage';

interface Props {
  row: InboxRow;
  selected: boolean;
  onSelect(row: InboxRow): void;
}

/**
 * One thread in the inbox: a button (the e2e suites and keyboard navigation find it by its
 * `thread-row` class and `data-thread-id`) with the topic, the market, shop, buyer, order and its
 * amount where cached, the badges (unread, incident, return, draft, platform involved), and the deadline.
 * Renders again only when its row object, selection or handler changed: the row cache
 * (inbox-rows.model.ts) keeps a row's object while nothing it holds changed, so identity is the test.
 */
export const ThreadRow = memo(ThreadRowView, (a, b) => a.selected === b.selected && a.onSelect === b.onSelect && a.row === b.row);

function ThreadRowView({ row, selected, onSelect }: Props) {
  const t = useT();
  const intl = useIntl();
  const { thread } = row;
  const order = thread.orderLabel ?? thread.orderId;
  let amount: string | undefined;
  if (row.amount) {
    try {
      amount = intl.formatNumber(row.amount.amount, { style: 'currency', currency: row.amount.currency });
    } catch {
      // A currency code Intl does not know: the number alone.
      amount = intl.formatNumber(row.amount.amount);
    }
  }
  const classes = ['thread-row'];
  if (selected) classes.push('selected');
  if (thread.replyState === 'waiting') classes.push('waiting');
  if (row.deadline === 'overdue') classes.push('overdue');
  if (row.unread) classes.push('unread');
  return (
    <button
      type="button"
      className={classes.join(' ')}
      aria-current={selected ? 'true' : undefined}
      data-thread-id={thread.id}
      data-shop-id={thread.shopId}
      data-deadline={row.deadline}
      data-group={row.group}
      data-topic={thread.topicCode}
      onClick={() => onSelect(row)}
    >
      <span className="thread-title">
        {row.unread && (
          <span className="unread-mark">
            <span className="unread-dot" aria-hidden="true" />
            <span className="visually-hidden">{t(messages.unreadMark)} </span>
          </span>
        )}
        <span className="thread-topic">
          <SafeName text={row.topicLabel ?? (thread.topic || t(messages.noSubject))} />
        </span>
      </span>
      <span className="thread-meta">
        <span className="badge market">{thread.market}</span>
        <span className="thread-shop">{row.shopLabel}</span>
        {thread.customerName && <SafeName text={thread.customerName} />}
        {order && (
          <span className="thread-order">
            {t(messages.order, { id: order })}
            {amount && <span className="thread-amount"> · {amount}</span>}
          </span>
        )}
      </span>
      {(row.incident ||
        row.openReturn ||
        row.draft ||
        row.untoldStage ||
        thread.takenOver === 1 ||
        thread.closed === 1 ||
        thread.atMessageLimit === 1) && (
        <span className="thread-badges">
          {thread.takenOver === 1 && <span className="badge operator">{t(messages.platformInvolved)}</span>}
          {row.incident && <span className="badge incident">{t(messages.incidentBadge)}</span>}
          {row.openReturn && <span className="badge return">{t(messages.returnBadge)}</span>}
          {row.draft && <span className="badge draft">{t(messages.draftBadge)}</span>}
          {row.untoldStage && <UntoldStageBadge stage={row.untoldStage} />}
          {thread.closed === 1 && <span className="badge">{t(messages.closedBadge)}</span>}
          {thread.atMessageLimit === 1 && <span className="badge">{t(messages.messageLimitBadge)}</span>}
        </span>
      )}
      <span className="thread-when">
        <DueCountdown {...thread} variant="row" />
      </span>
    </button>
  );
}
