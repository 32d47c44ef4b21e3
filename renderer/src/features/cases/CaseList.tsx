import type { KeyboardEvent } from 'react';
import type { CaseListItem } from '../../data/cases.queries';
import { useT } from '../../ui/i18n';
import { useCaseAssigneeText } from '../workstation';
import { DaysLeft } from './CaseWindows';
import { answerBy } from './case-filters';
import { codeText, kindLabels, stateText } from './case-labels';
import { messages } from './cases.messages';

/** j/k and the arrow keys move between rows, Home/End to the ends (Enter opens: the row is a button). */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const keys: Record<string, number> = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 };
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('.case-row')];
  if (rows.length === 0) return;
  const at = rows.indexOf(document.activeElement as HTMLElement);
  let next: number | null = null;
  if (event.key in keys) next = at < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, at + (keys[event.key] ?? 0)));
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = rows.length - 1;
  if (next === null) return;
  event.preventDefault();
  rows[next]?.focus();
}

/** One case as a row: kind, state, order, buyer, shop, reason, person responsible, deadline, and its marks. */
function CaseRow(props: { item: CaseListItem; selected: boolean; now: number; assignee: string | null; onOpen(): void }) {
  const { item, selected, now, assignee, onOpen } = props;
  const t = useT();
  const s = item.summary;
  const end = answerBy(item);
  return (
    <li>
      <button
        type="button"
        className="case-row"
        data-case-key={s.key}
        data-kind={s.kind}
        data-shop-id={s.shopId}
        aria-current={selected ? 'true' : undefined}
        onClick={onOpen}
      >
        <span className="case-row-head">
          <span className={`case-kind kind-${s.kind}`}>{t(kindLabels[s.kind])}</span>
          <span className="case-state">{stateText(t, s.kind, s.state)}</span>
          {end && <DaysLeft endDay={end} market={s.market} now={now} />}
        </span>
        <span className="case-row-main">
          {s.orderLabel || s.orderId ? t(messages.order, { order: s.orderLabel ?? s.orderId ?? '' }) : t(messages.noOrder)}
          {s.buyer && <span dir="auto"> · {s.buyer}</span>} · {item.shopLabel}
        </span>
        {s.reasonCode && (
          <span className="case-row-reason" dir="auto">
            {item.reasonLabel ?? codeText(t, s.reasonCode)}
          </span>
        )}
        <span className="case-row-meta">
          {s.responsible ? t(messages.responsible, { name: s.responsible }) : t(messages.nobodyResponsible)}
          {assignee && <span className="badge case-assignee-badge"> {assignee}</span>}
          {s.threadId && <span className="badge"> {t(messages.hasThread)}</span>}
          {s.takenOver && <span className="badge operator"> {t(messages.takenOverBadge)}</span>}
          {item.pending > 0 && <span className="badge"> {t(messages.pending, { count: item.pending })}</span>}
          {item.refused && <span className="badge refused"> {t(messages.refusedBadge)}</span>}
        </span>
      </button>
    </li>
  );
}

/** The list of cases, keyboard-navigable as the inbox (j/k or arrows, Enter opens). */
export function CaseList(props: { items: readonly CaseListItem[]; selected: string | null; now: number; onOpen(key: string): void }) {
  const t = useT();
  const assigneeText = useCaseAssigneeText();
  if (props.items.length === 0) return <p className="case-empty">{t(messages.noCases)}</p>;
  return (
    <ul className="case-list" aria-label={t(messages.listLabel)} onKeyDown={moveFocus}>
      {props.items.map((item) => (
        <CaseRow
          key={item.summary.key}
          item={item}
          selected={item.summary.key === props.selected}
          now={props.now}
          assignee={assigneeText(item.summary.key)}
          onOpen={() => props.onOpen(item.summary.key)}
        />
      ))}
    </ul>
  );
}
