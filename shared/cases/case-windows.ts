// A case's deadlines from shared/working-time's complaint windows: the seller's statutory answer window
// and the platform's decision window, each with where its length comes from, and the days left.
import { Temporal } from 'temporal-polyfill';
import { complaintPolicies, getMarket, windowEnd, type WindowPolicy } from '../working-time';
import { parsePlainDate } from '../working-time/iso';

/** Which of a case's windows. */
export type CaseWindowKind = 'sellerAnswer' | 'platformDecision';

/**
 * Where a window's length comes from: a national rule encoded for the market (`law`), the platform's
 * published rules (`platform-rule`), or the console's assumption until someone encodes the market's law
 * (`platform-default`).
 */
export type WindowBasis = 'law' | 'platform-rule' | 'platform-default';

/** One window of a case: its last day (inclusive, in the market's calendar), its basis and source. */
export interface CaseWindow {
  kind: CaseWindowKind;
  startDay: string;
  endDay: string;
  days: number;
  unit: WindowPolicy['unit'];
  basis: WindowBasis;
  source: string;
}

/** The basis of a policy, read from its source (complaint-windows.ts names every default "Platform default"). */
export function windowBasis(kind: CaseWindowKind, policy: WindowPolicy): WindowBasis {
  if (policy.source.startsWith('Platform default')) return 'platform-default';
  return kind === 'platformDecision' ? 'platform-rule' : 'law';
}

/** The calendar day (`YYYY-MM-DD`) of an ISO instant in a market's time zone. Throws on an unknown market or a bad instant. */
export function marketDay(instant: string, market: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(getMarket(market).timeZone).toPlainDate().toString();
}

/**
 * A case's windows, both starting on the day the complaint reached the seller (`openedAt`, an ISO
 * instant, in the market's zone). Answers [] for a market or a date the calendars do not cover (the
 * view then says it cannot count), never throws.
 */
export function caseWindows(openedAt: string, market: string): CaseWindow[] {
  try {
    const startDay = marketDay(openedAt, market);
    const policies = complaintPolicies[getMarket(market).code];
    if (!policies) return [];
    return (['sellerAnswer', 'platformDecision'] as const).map((kind) => {
      const policy = policies[kind];
      return {
        kind,
        startDay,
        endDay: windowEnd(startDay, policy, market),
        days: policy.days,
        unit: policy.unit,
        basis: windowBasis(kind, policy),
        source: policy.source,
      };
    });
  } catch {
    return [];
  }
}

/** How a window stands on a given day. */
export type WindowState = 'running' | 'due-soon' | 'due-today' | 'overdue';

/** A window's days left on `today` (both `YYYY-MM-DD`): 0 on its last day, negative once past. */
export function daysLeft(endDay: string, today: string): number {
  return parsePlainDate(endDay, 'endDay') - parsePlainDate(today, 'today');
}

/** Days left at or under which a window counts as due soon. */
export const WINDOW_DUE_SOON_DAYS = 3;

/** The state of a window with `left` days left (see daysLeft). */
export function windowState(left: number): WindowState {
  if (left < 0) return 'overdue';
  if (left === 0) return 'due-today';
  return left <= WINDOW_DUE_SOON_DAYS ? 'due-soon' : 'running';
}
