import { useId, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useT, type UiMessage } from '../../ui/i18n';
import { useInboxFilters } from './filters.store';
import { stateLabels, topicOptions } from './filter-labels';
import { messages } from './inbox.messages';
import { inboxSorts, stateFilters, type InboxFilters, type InboxRow, type InboxSort } from './triage';

interface Props {
  shops: readonly { id: string; label: string; market: string }[];
  rows: readonly InboxRow[];
}

const sortLabels: Record<InboxSort, UiMessage> = { due: messages.sortDue, activity: messages.sortActivity, shop: messages.sortShop };

/** A select that adds a filter value (and goes back to its prompt), named by its kind. */
function FilterSelect<K extends keyof InboxFilters>(props: {
  kind: K;
  label: UiMessage;
  options: { value: InboxFilters[K][number]; label: string }[];
}) {
  const t = useT();
  const chosen = useInboxFilters((s) => s.filters[props.kind]) as readonly string[];
  const add = useInboxFilters((s) => s.addFilter);
  const left = props.options.filter((o) => !chosen.includes(o.value));
  const id = useId();
  return (
    <span className="inbox-filter">
      <label htmlFor={id}>{t(props.label)}</label>
      <select
        id={id}
        value=""
        disabled={left.length === 0}
        onChange={(e) => e.target.value && add(props.kind, e.target.value as InboxFilters[K][number])}
      >
        <option value="">{t(messages.addFilter)}</option>
        {left.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * The inbox's search field (id `inbox-search`: the `/` shortcut focuses it), its filter selects and
 * its sort. Everything goes to useInboxFilters; the list reads it from there.
 */
export function InboxToolbar({ shops, rows }: Props) {
  const t = useT();
  const intl = useIntl();
  const query = useInboxFilters((s) => s.query);
  const setQuery = useInboxFilters((s) => s.setQuery);
  const sort = useInboxFilters((s) => s.sort);
  const setSort = useInboxFilters((s) => s.setSort);
  const markets = [...new Set(shops.map((s) => s.market))].sort();
  const sortId = useId();
  const language = intl.locale.split('-')[0] ?? '';
  // One pass over every row, only when the rows change (not at each keystroke in the search field).
  const topics = useMemo(() => topicOptions(rows, language).map((o) => ({ value: o.code, label: o.label })), [rows, language]);
  return (
    <div className="inbox-toolbar">
      <input
        type="search"
        id="inbox-search"
        className="inbox-search"
        aria-label={t(messages.search)}
        placeholder={t(messages.searchPlaceholder)}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Enter or ↓ in the search field goes to the first row found, so a keyboard search ends on a thread.
          if (e.key !== 'Enter' && e.key !== 'ArrowDown') return;
          const first = e.currentTarget.closest('.thread-list')?.querySelector<HTMLElement>('.thread-row');
          if (!first) return;
          e.preventDefault();
          first.focus();
        }}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="inbox-filters">
        <FilterSelect kind="shops" label={messages.filterShop} options={shops.map((s) => ({ value: s.id, label: s.label }))} />
        <FilterSelect kind="markets" label={messages.filterMarket} options={markets.map((m) => ({ value: m, label: m }))} />
        <FilterSelect
          kind="states"
          label={messages.filterState}
          options={stateFilters.map((s) => ({ value: s, label: t(stateLabels[s]) }))}
        />
        <FilterSelect kind="topics" label={messages.filterTopic} options={topics} />
        <span className="inbox-filter">
          <label htmlFor={sortId}>{t(messages.sort)}</label>
          <select id={sortId} value={sort} onChange={(e) => setSort(e.target.value as InboxSort)}>
            {inboxSorts.map((s) => (
              <option key={s} value={s}>
                {t(sortLabels[s])}
              </option>
            ))}
          </select>
        </span>
      </div>
    </div>
  );
}
