import { useId } from 'react';
import type { CaseKind } from '../../data/records';
import { useT } from '../../ui/i18n';
import {
  caseAssignmentFilters,
  caseKinds,
  caseSorts,
  caseStatuses,
  type CaseAssignmentFilter,
  type CaseSort,
  type CaseStatus,
  type ShopCaseCounts,
} from './case-filters';
import { kindLabels } from './case-labels';
import { messages } from './cases.messages';
import { useCasesFilters } from './cases-filters.store';

const statusLabels: Record<CaseStatus, (typeof messages)[keyof typeof messages]> = {
  open: messages.statusOpen,
  all: messages.statusAll,
  closed: messages.statusClosed,
};
const assignmentLabels: Record<CaseAssignmentFilter, (typeof messages)[keyof typeof messages]> = {
  'assigned-to-me': messages.assignedToMe,
  unassigned: messages.unassigned,
};
const sortLabels: Record<CaseSort, (typeof messages)[keyof typeof messages]> = {
  deadline: messages.sortDeadline,
  updated: messages.sortUpdated,
  shop: messages.sortShop,
};

/** The open cases of each shop by kind: the numbers a seller checks against the marketplace. */
export function ShopCounts({ counts }: { counts: readonly ShopCaseCounts[] }) {
  const t = useT();
  return (
    <table className="case-counts">
      <caption>{t(messages.countsTitle)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(messages.sortShop)}</th>
          {caseKinds.map((k) => (
            <th scope="col" key={k}>
              {t(kindLabels[k])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.shopId} data-shop-id={c.shopId}>
            <th scope="row">{c.shopLabel}</th>
            {caseKinds.map((k) => (
              <td key={k} data-kind={k}>
                {c[k]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The Cases view's search (Enter or ↓ goes to the first row), status, kind, shop and (in a team:
 * `assignable`) assignment filters, and sort.
 */
export function CasesToolbar({ shops, assignable }: { shops: readonly { id: string; label: string }[]; assignable: boolean }) {
  const t = useT();
  const state = useCasesFilters();
  const statusId = useId();
  const sortId = useId();
  const toggles = (
    legend: string,
    values: readonly { value: string; label: string }[],
    chosen: readonly string[],
    toggle: (v: string) => void,
  ) => (
    <fieldset className="case-toggles">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v.value}>
          <input type="checkbox" checked={chosen.includes(v.value)} onChange={() => toggle(v.value)} /> {v.label}
        </label>
      ))}
    </fieldset>
  );
  return (
    <div className="cases-toolbar" role="group" aria-label={t(messages.filters)}>
      <input
        type="search"
        id="cases-search"
        aria-label={t(messages.search)}
        placeholder={t(messages.searchPlaceholder)}
        value={state.query}
        onChange={(e) => state.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' && e.key !== 'ArrowDown') return;
          const first = document.querySelector<HTMLElement>('.case-list .case-row');
          if (!first) return;
          e.preventDefault();
          first.focus();
        }}
        autoComplete="off"
        spellCheck={false}
      />
      <span>
        <label htmlFor={statusId}>{t(messages.statusLabel)}</label>{' '}
        <select id={statusId} value={state.filters.status} onChange={(e) => state.setStatus(e.target.value as CaseStatus)}>
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {t(statusLabels[s])}
            </option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={sortId}>{t(messages.sortLabel)}</label>{' '}
        <select id={sortId} value={state.sort} onChange={(e) => state.setSort(e.target.value as CaseSort)}>
          {caseSorts.map((s) => (
            <option key={s} value={s}>
              {t(sortLabels[s])}
            </option>
          ))}
        </select>
      </span>
      {toggles(
        t(messages.kindFilter),
        caseKinds.map((k) => ({ value: k, label: t(kindLabels[k]) })),
        state.filters.kinds,
        (v) => state.toggleKind(v as CaseKind),
      )}
      {shops.length > 1 &&
        toggles(
          t(messages.shopFilter),
          shops.map((s) => ({ value: s.id, label: s.label })),
          state.filters.shops,
          state.toggleShop,
        )}
      {assignable &&
        toggles(
          t(messages.assignmentFilter),
          caseAssignmentFilters.map((a) => ({ value: a, label: t(assignmentLabels[a]) })),
          state.filters.assignment,
          (v) => state.toggleAssignment(v as CaseAssignmentFilter),
        )}
      <button type="button" onClick={state.clearFilters}>
        {t(messages.clearFilters)}
      </button>
    </div>
  );
}
