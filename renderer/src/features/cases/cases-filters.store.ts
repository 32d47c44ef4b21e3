import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { CaseKind } from '../../data/records';
import { profilePersistOptions } from '../../ui/profile-storage';
import {
  caseAssignmentFilters,
  caseKinds,
  caseSorts,
  caseStatuses,
  noCaseFilters,
  type CaseAssignmentFilter,
  type CaseFilters,
  type CaseSort,
  type CaseStatus,
} from './case-filters';

export interface CasesFiltersState {
  filters: CaseFilters;
  sort: CaseSort;
  /** What the seller typed in the search field (not kept across starts). */
  query: string;
  /** The case open in the detail pane (its CaseKey). */
  selected: string | null;
  toggleKind(kind: CaseKind): void;
  toggleShop(shopId: string): void;
  toggleAssignment(value: CaseAssignmentFilter): void;
  setStatus(status: CaseStatus): void;
  clearFilters(): void;
  setSort(sort: CaseSort): void;
  setQuery(query: string): void;
  select(key: string | null): void;
}

type Persisted = Pick<CasesFiltersState, 'filters' | 'sort'>;

function readPersisted(persisted: unknown): Persisted {
  const p = (persisted ?? {}) as { filters?: Partial<Record<keyof CaseFilters, unknown>>; sort?: unknown };
  const f = p.filters ?? {};
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    filters: {
      kinds: strings(f.kinds).filter((k): k is CaseKind => (caseKinds as readonly string[]).includes(k)),
      shops: strings(f.shops),
      status: (caseStatuses as readonly unknown[]).includes(f.status) ? (f.status as CaseStatus) : 'open',
      assignment: strings(f.assignment).filter((a): a is CaseAssignmentFilter => (caseAssignmentFilters as readonly string[]).includes(a)),
    },
    sort: (caseSorts as readonly unknown[]).includes(p.sort) ? (p.sort as CaseSort) : 'deadline',
  };
}

const toggled = <T>(values: readonly T[], value: T): T[] =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value];

/** The Cases view's filters, sort, search and selection (filters and sort kept per profile, as the inbox's). */
export const useCasesFilters = create<CasesFiltersState>()(
  persist(
    (set) => ({
      filters: noCaseFilters,
      sort: 'deadline',
      query: '',
      selected: null,
      toggleKind: (kind) => set((s) => ({ filters: { ...s.filters, kinds: toggled(s.filters.kinds, kind) } })),
      toggleShop: (shopId) => set((s) => ({ filters: { ...s.filters, shops: toggled(s.filters.shops, shopId) } })),
      toggleAssignment: (value) => set((s) => ({ filters: { ...s.filters, assignment: toggled(s.filters.assignment, value) } })),
      setStatus: (status) => set((s) => ({ filters: { ...s.filters, status } })),
      clearFilters: () => set({ filters: noCaseFilters }),
      setSort: (sort) => set({ sort }),
      setQuery: (query) => set({ query }),
      select: (selected) => set({ selected }),
    }),
    {
      ...profilePersistOptions<CasesFiltersState, Persisted>('cases-filters', (s) => ({ filters: s.filters, sort: s.sort })),
      merge: (persisted, current) => ({ ...current, ...readPersisted(persisted) }),
    },
  ),
);
