import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { profilePersistOptions } from '../../ui/profile-storage';
import { inboxSorts, noFilters, stateFilters, type InboxFilters, type InboxSort } from './triage';

type FilterKind = keyof InboxFilters;

export interface InboxFiltersState {
  filters: InboxFilters;
  sort: InboxSort;
  /** What the seller typed in the search field (not kept across starts: a search is a moment's question). */
  query: string;
  /** Adds one value to a kind of filter (a value already there stays once). */
  addFilter<K extends FilterKind>(kind: K, value: InboxFilters[K][number]): void;
  removeFilter<K extends FilterKind>(kind: K, value: InboxFilters[K][number]): void;
  clearFilters(): void;
  setSort(sort: InboxSort): void;
  setQuery(query: string): void;
}

type Persisted = Pick<InboxFiltersState, 'filters' | 'sort'>;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A stored value from another version or a hand-edited key is read as far as it makes sense, never trusted. */
function readPersisted(persisted: unknown): Persisted {
  const p = (persisted ?? {}) as { filters?: Record<string, unknown>; sort?: unknown };
  const f = p.filters ?? {};
  return {
    filters: {
      shops: strings(f.shops),
      markets: strings(f.markets),
      states: strings(f.states).filter((s): s is InboxFilters['states'][number] => (stateFilters as readonly string[]).includes(s)),
      topics: strings(f.topics),
    },
    sort: (inboxSorts as readonly unknown[]).includes(p.sort) ? (p.sort as InboxSort) : 'due',
  };
}

/**
 * The inbox's filters, sort and search: UI state in zustand; filters and sort are kept per profile
 * (localStorage, profilePersistOptions), so they survive a reload; the search query is not.
 */
export const useInboxFilters = create<InboxFiltersState>()(
  persist(
    (set) => ({
      filters: noFilters,
      sort: 'due',
      query: '',
      addFilter: (kind, value) =>
        set((s) => {
          const values = s.filters[kind] as string[];
          return values.includes(value) ? s : { filters: { ...s.filters, [kind]: [...values, value] } };
        }),
      removeFilter: (kind, value) =>
        set((s) => ({ filters: { ...s.filters, [kind]: (s.filters[kind] as string[]).filter((v) => v !== value) } })),
      clearFilters: () => set({ filters: noFilters }),
      setSort: (sort) => set({ sort }),
      setQuery: (query) => set({ query }),
    }),
    {
      ...profilePersistOptions<InboxFiltersState, Persisted>('inbox-filters', (s) => ({ filters: s.filters, sort: s.sort })),
      merge: (persisted, current) => ({ ...current, ...readPersisted(persisted) }),
    },
  ),
);
