import { useMemo } from 'react';
import { useT } from '../../ui/i18n';
import { useInboxFilters } from './filters.store';
import { stateLabels, topicOptions } from './filter-labels';
import { messages } from './inbox.messages';
import { hasFilters, type InboxFilters, type InboxRow } from './triage';

interface Props {
  shops: readonly { id: string; label: string }[];
  rows: readonly InboxRow[];
  uiLanguage: string;
}

/** The filters in force as removable chips, and one action that clears them all. Nothing when no filter is set. */
export function FilterChips({ shops, rows, uiLanguage }: Props) {
  const t = useT();
  const filters = useInboxFilters((s) => s.filters);
  const remove = useInboxFilters((s) => s.removeFilter);
  const clear = useInboxFilters((s) => s.clearFilters);
  const topicFilter = filters.topics.length > 0;
  // The topics' labels need a pass over every row: only when a topic filter is set, and once per change of the rows.
  const topicLabels = useMemo(
    () => new Map(topicFilter ? topicOptions(rows, uiLanguage).map((o) => [o.code, o.label]) : []),
    [topicFilter, rows, uiLanguage],
  );
  if (!hasFilters(filters)) return null;
  const shopLabels = new Map(shops.map((s) => [s.id, s.label]));
  const chips: { kind: keyof InboxFilters; value: string; text: string }[] = [
    ...filters.shops.map((v) => ({
      kind: 'shops' as const,
      value: v,
      text: t(messages.chip, { kind: t(messages.filterShop), value: shopLabels.get(v) ?? v }),
    })),
    ...filters.markets.map((v) => ({
      kind: 'markets' as const,
      value: v,
      text: t(messages.chip, { kind: t(messages.filterMarket), value: v }),
    })),
    ...filters.states.map((v) => ({
      kind: 'states' as const,
      value: v,
      text: t(messages.chip, { kind: t(messages.filterState), value: t(stateLabels[v]) }),
    })),
    ...filters.topics.map((v) => ({
      kind: 'topics' as const,
      value: v,
      text: t(messages.chip, { kind: t(messages.filterTopic), value: topicLabels.get(v) ?? v }),
    })),
  ];
  return (
    <div className="filter-chips">
      <ul aria-label={t(messages.activeFilters)}>
        {chips.map((chip) => (
          <li key={`${chip.kind}:${chip.value}`} className="chip">
            <span>{chip.text}</span>
            <button
              type="button"
              aria-label={t(messages.removeFilter, { name: chip.text })}
              onClick={() => remove(chip.kind, chip.value as never)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="clear-filters" onClick={clear}>
        {t(messages.clearFilters)}
      </button>
    </div>
  );
}
