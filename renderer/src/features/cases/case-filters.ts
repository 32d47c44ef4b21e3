import { caseWindows, daysLeft, marketDay } from '../../../../shared/cases/case-windows';
import type { CaseListItem } from '../../data/cases.queries';
import type { CaseKind } from '../../data/records';
import { caseSubject } from '../../host/host-contract';

/** The kinds of case, in the order the view lists its filters and counts. */
export const caseKinds: readonly CaseKind[] = ['incident', 'return', 'complaint-thread', 'phone-complaint'];

/** Which cases by whether they still need the seller. */
export const caseStatuses = ['open', 'all', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** How the list is ordered: nearest deadline first, last change first, or by shop. */
export const caseSorts = ['deadline', 'updated', 'shop'] as const;
export type CaseSort = (typeof caseSorts)[number];

/** Which cases by who they are assigned to in the team (as the inbox's filters of the same names). */
export const caseAssignmentFilters = ['assigned-to-me', 'unassigned'] as const;
export type CaseAssignmentFilter = (typeof caseAssignmentFilters)[number];

/** The filters in force: values of one kind widen, kinds narrow each other (as in the inbox); empty lists do not filter. */
export interface CaseFilters {
  kinds: CaseKind[];
  shops: string[];
  status: CaseStatus;
  assignment: CaseAssignmentFilter[];
}

export const noCaseFilters: CaseFilters = { kinds: [], shops: [], status: 'open', assignment: [] };

/** The team's assignments as the filters read them: assignee by subject (`case:<caseKey>`), and the open profile. */
export interface CaseAssignments {
  bySubject: ReadonlyMap<string, string>;
  me: string;
}

function matchesAssignment(item: CaseListItem, wanted: readonly CaseAssignmentFilter[], assignments: CaseAssignments | null): boolean {
  if (wanted.length === 0) return true;
  const assignee = assignments?.bySubject.get(caseSubject(item.summary.key));
  return wanted.some((w) => (w === 'unassigned' ? assignee === undefined : assignee !== undefined && assignee === assignments?.me));
}

function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Whether a case matches what the seller typed: its order, buyer, id, reason (code or label), shop, person responsible. */
export function matchesQuery(item: CaseListItem, query: string): boolean {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const s = item.summary;
  const haystack = folded(
    [s.id, s.orderId, s.orderLabel, s.buyer, s.reasonCode, item.reasonLabel, item.shopLabel, s.responsible, s.threadId]
      .filter(Boolean)
      .join(' '),
  );
  return words.every((w) => haystack.includes(w));
}

/**
 * The cases the filters and the search keep; `assignments` (null outside a workstation or until read:
 * nothing assigned) for the "assigned to me" and "unassigned" filters.
 */
export function filterCases(
  items: readonly CaseListItem[],
  filters: CaseFilters,
  query: string,
  assignments: CaseAssignments | null = null,
): CaseListItem[] {
  return items.filter((item) => {
    if (!matchesAssignment(item, filters.assignment, assignments)) return false;
    const s = item.summary;
    if (filters.status === 'open' && !s.open) return false;
    if (filters.status === 'closed' && s.open) return false;
    if (filters.kinds.length > 0 && !filters.kinds.includes(s.kind)) return false;
    if (filters.shops.length > 0 && !filters.shops.includes(s.shopId)) return false;
    return matchesQuery(item, query);
  });
}

/**
 * The last day a case must be answered by (`YYYY-MM-DD`): a phone complaint's promised date, else the
 * statutory answer window's end; undefined for a closed case or one whose window cannot be counted.
 */
export function answerBy(item: CaseListItem): string | undefined {
  const s = item.summary;
  if (!s.open) return undefined;
  if (s.promisedAnswerBy) return s.promisedAnswerBy;
  return caseWindows(s.openedAt, s.market).find((w) => w.kind === 'sellerAnswer')?.endDay;
}

/** Days left until answerBy on the market's today at `nowMs`, or undefined. */
export function answerDaysLeft(item: CaseListItem, nowMs: number): number | undefined {
  const end = answerBy(item);
  if (!end) return undefined;
  try {
    return daysLeft(end, marketDay(new Date(nowMs).toISOString(), item.summary.market));
  } catch {
    return undefined;
  }
}

/** The list in `sort` order; ties by last change, newest first. */
export function sortCases(items: readonly CaseListItem[], sort: CaseSort): CaseListItem[] {
  const byUpdated = (a: CaseListItem, b: CaseListItem): number => b.summary.updatedAt.localeCompare(a.summary.updatedAt);
  const ends = new Map(items.map((i) => [i.summary.key, answerBy(i)]));
  return [...items].sort((a, b) => {
    if (sort === 'shop') return a.shopLabel.localeCompare(b.shopLabel) || byUpdated(a, b);
    if (sort === 'deadline') {
      const ea = ends.get(a.summary.key);
      const eb = ends.get(b.summary.key);
      if (ea !== eb) return ea === undefined ? 1 : eb === undefined ? -1 : ea.localeCompare(eb);
    }
    return byUpdated(a, b);
  });
}

/** Open cases of one shop, by kind. */
export type ShopCaseCounts = { shopId: string; shopLabel: string } & Record<CaseKind, number>;

/** The open cases of each shop by kind, shops in `shops` order (every shop, also one without cases). */
export function shopCounts(items: readonly CaseListItem[], shops: readonly { id: string; label: string }[]): ShopCaseCounts[] {
  return shops.map((shop) => {
    const counts: ShopCaseCounts = {
      shopId: shop.id,
      shopLabel: shop.label,
      incident: 0,
      return: 0,
      'complaint-thread': 0,
      'phone-complaint': 0,
    };
    for (const item of items) if (item.summary.shopId === shop.id && item.summary.open) counts[item.summary.kind] += 1;
    return counts;
  });
}
