// Case figures for the reports: what buyers complain about (category, product, month), how long cases
// take to resolve, and the complaints that repeat for one product and problem — which seed 004 asks
// the seller to act on ("measures to avoid repeated complaints about the same problem").
import { Temporal } from 'temporal-polyfill';
import { getMarket } from '../working-time';
import { localDay } from './local-day';
import { median, percentile } from './statistics';

/** A case as the reports need it. `category` is the reason (code or label), `product` what it is about. */
export interface CaseFact {
  key: string;
  shopId: string;
  market: string;
  category: string;
  product: string;
  /** When the case reached the seller, and when it was resolved (null or absent while open). ISO instants. */
  openedAt: string;
  resolvedAt?: string | null;
}

const MS_PER_DAY = 86_400_000;

/** A product name as the same product whatever its case and spacing ("Kettle  X1" = "kettle x1"). */
export function productKey(product: string): string {
  return product.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** Counts per value of `key`, largest first (ties in first-seen order). */
export function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The month (`YYYY-MM`) a case opened in, in its market's time zone (a case opened at 23:30 UTC on 31 May is June in Warsaw). */
export function caseMonth(fact: Pick<CaseFact, 'openedAt' | 'market'>): string {
  return localDay(fact.openedAt, getMarket(fact.market).timeZone).slice(0, 7);
}

/** Cases per month, oldest month first. */
export function casesByMonth(facts: readonly CaseFact[]): [string, number][] {
  return countBy(facts, caseMonth).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** How long resolved cases took, in calendar days (fractional), and how many are still open. */
export interface ResolveFigures {
  resolved: number;
  open: number;
  medianDays: number | null;
  p90Days: number | null;
}

/** Time to resolve over `facts` (a resolution dated before its opening counts as 0 days). */
export function timeToResolve(facts: readonly CaseFact[]): ResolveFigures {
  const days = facts.flatMap((f) => (f.resolvedAt ? [Math.max(0, Date.parse(f.resolvedAt) - Date.parse(f.openedAt)) / MS_PER_DAY] : []));
  return { resolved: days.length, open: facts.length - days.length, medianDays: median(days), p90Days: percentile(days, 90) };
}

/** Complaints that repeat for one product and problem. */
export interface RepeatedComplaint {
  product: string;
  category: string;
  count: number;
  keys: string[];
  firstAt: string;
  lastAt: string;
}

/**
 * The product-and-problem pairs complained about at least `threshold` times (default 2) within any
 * `windowDays` (default 365) of each other, most repeated first; products compared by productKey.
 */
export function repeatedComplaints(
  facts: readonly CaseFact[],
  options: { threshold?: number; windowDays?: number } = {},
): RepeatedComplaint[] {
  const threshold = options.threshold ?? 2;
  const windowMs = (options.windowDays ?? 365) * MS_PER_DAY;
  const groups = new Map<string, CaseFact[]>();
  for (const fact of facts) {
    if (productKey(fact.product) === '') continue;
    const k = `${productKey(fact.product)}\u0000${fact.category}`;
    groups.set(k, [...(groups.get(k) ?? []), fact]);
  }
  const repeated: RepeatedComplaint[] = [];
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => Date.parse(a.openedAt) - Date.parse(b.openedAt));
    // The largest run of complaints that fits in one window.
    let best: CaseFact[] = [];
    for (let start = 0, end = 0; end < sorted.length; end++) {
      while (Date.parse((sorted[end] as CaseFact).openedAt) - Date.parse((sorted[start] as CaseFact).openedAt) > windowMs) start++;
      if (end - start + 1 > best.length) best = sorted.slice(start, end + 1);
    }
    if (best.length < threshold) continue;
    const first = best[0] as CaseFact;
    const last = best[best.length - 1] as CaseFact;
    repeated.push({
      product: first.product.trim(),
      category: first.category,
      count: best.length,
      keys: best.map((f) => f.key),
      firstAt: first.openedAt,
      lastAt: last.openedAt,
    });
  }
  return repeated.sort((a, b) => b.count - a.count || (a.product < b.product ? -1 : 1));
}

/** An absence notice as the reports see it: its file-by day and the day it was filed (`YYYY-MM-DD`). */
export interface NoticeFact {
  fileBy: string | null;
  filedOn: string | null;
}

/** Absence notices: required ones filed on time, filed late, not filed; and notices sent though not required. */
export function noticesOnTime(notices: readonly NoticeFact[]): { onTime: number; late: number; notFiled: number; informational: number } {
  const out = { onTime: 0, late: 0, notFiled: 0, informational: 0 };
  for (const n of notices) {
    if (n.fileBy === null) out.informational += n.filedOn ? 1 : 0;
    else if (n.filedOn === null) out.notFiled++;
    else if (n.filedOn <= n.fileBy) out.onTime++;
    else out.late++;
  }
  return out;
}

/** The instant a local day ends (the next day's 00:00) in a time zone, as ISO UTC. */
export function dayEndInstant(day: string, timeZone: string): string {
  return Temporal.PlainDate.from(day).add({ days: 1 }).toZonedDateTime({ timeZone }).toInstant().toString();
}

/** Every day from `from` to `to` inclusive (`YYYY-MM-DD`); empty when `to` is before `from`. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const last = Temporal.PlainDate.from(to);
  for (let d = Temporal.PlainDate.from(from); Temporal.PlainDate.compare(d, last) <= 0; d = d.add({ days: 1 })) days.push(d.toString());
  return days;
}
