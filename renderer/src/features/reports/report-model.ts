// The reports' figures from the cache's facts, for a period, a shop and a market. Split in two: the
// costly part (every buyer request timed in its market's working hours) runs once per read of the
// cache; changing a filter only re-counts.
import { getMarket } from '../../../../shared/working-time';
import {
  casesByMonth,
  countBy,
  dayEndInstant,
  daysBetween,
  localDayOfMs,
  noticesOnTime,
  overdueAt,
  productKey,
  repeatedComplaints,
  responseFigures,
  responseFiguresBy,
  responseSamples,
  timeToResolve,
  type CaseFact,
  type RepeatedComplaint,
  type ResolveFigures,
  type ResponseFigures,
  type ResponseSample,
} from '../../../../shared/reports';
import type { ReportFacts } from '../../data/report-facts.queries';

/** The facts with every request timed: what filters are applied to. */
export interface PreparedReport {
  samples: (ResponseSample & { day: string })[];
  threads: { shopId: string; market: string; takenOver: boolean }[];
  cases: (CaseFact & { day: string })[];
  notices: ReportFacts['notices'];
}

/** What the seller chose to look at: a period (local days, inclusive) and one shop or market, or all. */
export interface ReportFilters {
  from: string;
  to: string;
  shopId: string | null;
  market: string | null;
}

/** Every figure the Reports view shows. Response durations are working milliseconds. */
export interface ReportData {
  overall: ResponseFigures;
  byShop: [string, ResponseFigures][];
  byMarket: [string, ResponseFigures][];
  /** Requests overdue now (whatever the period), and at the end of each day of the period (the seller's zone). */
  overdueNow: number;
  overdueSeries: { day: string; count: number }[];
  /** Threads the platform has taken over now, per shop. */
  takenOver: [string, number][];
  cases: {
    total: number;
    byCategory: [string, number][];
    byProduct: [string, number][];
    byMonth: [string, number][];
    resolve: ResolveFigures;
    repeated: RepeatedComplaint[];
  };
  notices: ReturnType<typeof noticesOnTime>;
}

/** Times every buyer request of `facts` (the costly part). */
export function prepareReport(facts: ReportFacts): PreparedReport {
  const zoneOf = (market: string): string => getMarket(market).timeZone;
  return {
    samples: facts.threads.flatMap((t) => {
      const zone = zoneOf(t.market);
      return responseSamples(t).map((s) => ({ ...s, day: localDayOfMs(s.askedMs, zone) }));
    }),
    threads: facts.threads.map(({ shopId, market, takenOver }) => ({ shopId, market, takenOver })),
    cases: facts.cases.flatMap((c) => {
      const ms = Date.parse(c.openedAt);
      return Number.isNaN(ms) ? [] : [{ ...c, day: localDayOfMs(ms, zoneOf(c.market)) }];
    }),
    notices: facts.notices,
  };
}

/** The longest series drawn day by day; a longer period is drawn week by week. */
const MAX_DAILY_POINTS = 120;

/**
 * The figures for `filters` as of `nowMs` (epoch ms), the overdue line's days ending in `zone` (the
 * seller's time zone). Requests and cases count in the period by their local day in their market.
 */
export function buildReport(prepared: PreparedReport, filters: ReportFilters, nowMs: number, zone: string): ReportData {
  const inScope = (x: { shopId: string; market: string }) =>
    (filters.shopId === null || x.shopId === filters.shopId) && (filters.market === null || x.market === filters.market);
  const inPeriod = (day: string) => day >= filters.from && day <= filters.to;
  const scoped = prepared.samples.filter(inScope);
  const samples = scoped.filter((s) => inPeriod(s.day));
  const days = daysBetween(filters.from, filters.to);
  const step = days.length > MAX_DAILY_POINTS ? 7 : 1;
  const seriesDays = days.filter((_, i) => i % step === step - 1 || i === days.length - 1);
  const counts = overdueAt(
    scoped,
    seriesDays.map((d) => Date.parse(dayEndInstant(d, zone))),
  );
  const cases = prepared.cases.filter((c) => inScope(c) && inPeriod(c.day));
  const productNames = new Map<string, string>();
  for (const c of cases) if (!productNames.has(productKey(c.product))) productNames.set(productKey(c.product), c.product.trim());
  return {
    overall: responseFigures(samples, nowMs),
    byShop: [...responseFiguresBy(samples, (s) => s.shopId, nowMs)],
    byMarket: [...responseFiguresBy(samples, (s) => s.market, nowMs)],
    overdueNow: responseFigures(scoped, nowMs).openOverdue,
    overdueSeries: seriesDays.map((day, i) => ({ day, count: counts[i] as number })),
    takenOver: countBy(
      prepared.threads.filter((t) => t.takenOver && inScope(t)),
      (t) => t.shopId,
    ),
    cases: {
      total: cases.length,
      byCategory: countBy(cases, (c) => c.category),
      byProduct: countBy(
        cases.filter((c) => productKey(c.product) !== ''),
        (c) => productKey(c.product),
      ).map(([key, n]) => [productNames.get(key) ?? key, n]),
      byMonth: casesByMonth(cases),
      resolve: timeToResolve(cases),
      repeated: repeatedComplaints(cases),
    },
    notices: noticesOnTime(prepared.notices.filter((n) => inScope(n) && (n.fileBy === null || inPeriod(n.fileBy)))),
  };
}
