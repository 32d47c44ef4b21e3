// Complaint windows: how long the seller, the buyer or the platform has, per market. Each entry names its
// source; entries marked "platform default" are the console's assumption, not a verified national rule.
import { WorkingTimeError } from './errors';
import { formatPlainDate, parsePlainDate } from './iso';
import { getMarket, listMarketCodes } from './markets';
import { addWorkingDays, nextWorkingDayOnOrAfter } from './working-days';
import { assertCoveredDay } from './calendar';

/** Which window: the seller's legal answer to a complaint, the platform's decision, the buyer's filing. */
export type ComplaintWindowKind = 'sellerAnswer' | 'platformDecision' | 'complaintFiling';

/** How one window is counted. The start day itself is never counted (day 1 is the day after). */
export interface WindowPolicy {
  days: number;
  unit: 'calendar-days' | 'working-days';
  /** For calendar days: a window ending on a non-working day ends on the next working day instead. */
  rollToWorkingDay?: boolean;
  source: string;
}

const PLATFORM_DECISION: WindowPolicy = {
  days: 21,
  unit: 'calendar-days',
  source: 'Platform complaint rules (seed 000): decision within 21 days',
};
const COMPLAINT_FILING: WindowPolicy = {
  days: 30,
  unit: 'calendar-days',
  source: 'Platform complaint rules (seed 000): file within 30 days of receiving the contact',
};
const SELLER_DEFAULT: WindowPolicy = {
  days: 14,
  unit: 'calendar-days',
  source: 'Platform default (no national rule encoded for this market yet)',
};

const sellerAnswer: Readonly<Record<string, WindowPolicy>> = {
  // Ustawa o prawach konsumenta art. 7a ust. 1-2: answer within 14 days of receipt, else the complaint
  // counts as accepted; a deadline ending on a Saturday or a day off moves to the next working day
  // (Kodeks cywilny art. 115).
  PL: { days: 14, unit: 'calendar-days', rollToWorkingDay: true, source: 'PL: ustawa o prawach konsumenta art. 7a; KC art. 115' },
  // A consumer complaint is settled within 30 days of being lodged (to re-check against the 2023 wording).
  CZ: { days: 30, unit: 'calendar-days', source: 'CZ: zákon 634/1992 Sb. § 19 odst. 3 (30 dní)' },
  // Zákon o ochrane spotrebiteľa (108/2024 Z.z.): a complaint is settled within 30 days.
  SK: { days: 30, unit: 'calendar-days', source: 'SK: zákon 108/2024 Z.z. (vybavenie reklamácie do 30 dní)' },
};

/**
 * The policy table: for every market, every window kind. Built from the per-market exceptions above and
 * the platform-wide defaults, so a new market gets the defaults until someone encodes its law.
 */
export const complaintPolicies: Readonly<Record<string, Readonly<Record<ComplaintWindowKind, WindowPolicy>>>> = Object.freeze(
  Object.fromEntries(
    listMarketCodes().map((code) => [
      code,
      Object.freeze({
        sellerAnswer: sellerAnswer[code] ?? SELLER_DEFAULT,
        platformDecision: PLATFORM_DECISION,
        complaintFiling: COMPLAINT_FILING,
      }),
    ]),
  ),
);

/**
 * The last day (`YYYY-MM-DD`, inclusive) of a window that starts on `startDay` (the day of the event, not
 * counted) under `policy`, using `market`'s calendar for working days. Throws `WorkingTimeError`:
 * `UNKNOWN_MARKET`, `MALFORMED_DATE`, `INVALID_OPTION` for a bad day count, `OUT_OF_RANGE` when the start or
 * the end leaves the covered calendar years.
 */
export function windowEnd(startDay: string, policy: WindowPolicy, market: string): string {
  getMarket(market);
  if (!Number.isInteger(policy.days) || policy.days < 0) {
    throw new WorkingTimeError('INVALID_OPTION', `A window policy needs a whole number of days >= 0; got ${policy.days}.`);
  }
  const start = parsePlainDate(startDay, 'startDay');
  assertCoveredDay(start, 'startDay');
  if (policy.unit === 'working-days') return addWorkingDays(startDay, policy.days, market);
  assertCoveredDay(start + policy.days, 'window end');
  const end = formatPlainDate(start + policy.days);
  return policy.rollToWorkingDay ? nextWorkingDayOnOrAfter(end, market) : end;
}

/**
 * The last day of the `kind` window of `market` starting on `startDay` (`YYYY-MM-DD`), per the market's
 * policy in `complaintPolicies`. Throws `WorkingTimeError` like `windowEnd`.
 */
export function complaintWindowEnd(startDay: string, market: string, kind: ComplaintWindowKind): string {
  const policy = complaintPolicies[getMarket(market).code]?.[kind];
  if (!policy) throw new WorkingTimeError('INVALID_OPTION', `Unknown complaint window "${String(kind)}".`);
  return windowEnd(startDay, policy, market);
}
