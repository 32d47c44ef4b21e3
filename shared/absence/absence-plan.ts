// The plan of an absence, per shop, in the shop's own market calendar (DOMAIN "Absence notices", seed 001):
// how many working days it takes, whether a notice is required, by when it must be filed, whether today is
// still in time, and which days off inside it changed the count (named). Pure: today is passed in.
import { Temporal } from 'temporal-polyfill';
import {
  ABSENCE_NOTICE_LEAD_DAYS,
  ABSENCE_NOTICE_THRESHOLD_DAYS,
  HOLIDAY_NAMES,
  HOLIDAY_OVERRIDES,
  WorkingTimeError,
  absenceNotice,
  addWorkingDays,
  getMarket,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  type WorkingTimeErrorCode,
} from '../working-time';

/** The rule the plan applies, with its source, as the UI and the refusal quote it. */
export const ABSENCE_RULE = {
  thresholdWorkingDays: ABSENCE_NOTICE_THRESHOLD_DAYS,
  leadCalendarDays: ABSENCE_NOTICE_LEAD_DAYS,
  source: 'DOMAIN.md "Absence notices" (seed 001)',
} as const;

/** A shop concerned by the absence, and the market whose calendar counts its days. */
export interface AbsenceShop {
  shopId: string;
  market: string;
}

/** What to plan: the absence's first and last day (inclusive, `YYYY-MM-DD`), the shops, and today. */
export interface AbsencePlanInput {
  firstDay: string;
  lastDay: string;
  shops: readonly AbsenceShop[];
  /** Today as a local date (`YYYY-MM-DD`, the same for every market) or an instant in epoch ms (each market's own local date). */
  today: string | number;
}

/** A day inside the absence that is not a working day although its weekday normally is: a holiday, named. */
export interface NamedDayOff {
  date: string;
  /** The name in the market's language and in English (a decreed day off carries its reason in both). */
  localName: string;
  englishName: string;
}

/**
 * One shop's plan. `status`: 'not-required' (5 working days or fewer: it may still be sent as
 * information), 'on-time' (required, today is on or before `fileBy`), 'late' (required, `fileBy` has
 * passed: filing is refused), 'invalid' (the dates cannot be planned; `error` says why).
 */
export interface ShopAbsencePlan {
  shopId: string;
  market: string;
  /** Today in the market's zone. */
  today: string;
  status: 'not-required' | 'on-time' | 'late' | 'invalid';
  workingDays: number;
  calendarDays: number;
  noticeRequired: boolean;
  /** Last day to file (`YYYY-MM-DD`), null when no notice is required. */
  fileBy: string | null;
  /** The first working day after the absence (when the seller is back), null when it cannot be computed. */
  backOn: string | null;
  /** Holidays on otherwise working weekdays inside the absence: the days that changed the count beyond weekends. */
  holidays: NamedDayOff[];
  /** Weekend days (non-working weekdays) inside the absence. */
  weekendDays: number;
  error?: WorkingTimeErrorCode;
}

/** Today's local date in a market for an instant (epoch ms), or the given date as it is. */
export function marketToday(today: string | number, market: string): string {
  if (typeof today === 'string') return today;
  return Temporal.Instant.fromEpochMilliseconds(today).toZonedDateTimeISO(getMarket(market).timeZone).toPlainDate().toString();
}

function namedDayOff(market: string, date: string): NamedDayOff {
  const names = HOLIDAY_NAMES[market]?.[date];
  if (names) return { date, localName: names[0], englishName: names[1] };
  const override = HOLIDAY_OVERRIDES.find((o) => o.market === market && o.date === date && o.kind === 'day-off');
  const reason = override?.reason ?? 'Day off';
  return { date, localName: reason, englishName: reason };
}

/** The days off inside [firstDay, lastDay] in `market`: weekend days counted, holidays on weekdays named. */
function daysOff(firstDay: string, lastDay: string, market: string): { holidays: NamedDayOff[]; weekendDays: number } {
  const weekdays = getMarket(market).workingWeekdays;
  const holidays: NamedDayOff[] = [];
  let weekendDays = 0;
  const last = Temporal.PlainDate.from(lastDay);
  for (let day = Temporal.PlainDate.from(firstDay); Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) {
    const date = day.toString();
    if (!weekdays.includes(day.dayOfWeek)) weekendDays += 1;
    else if (!isWorkingDay(date, market)) holidays.push(namedDayOff(market, date));
  }
  return { holidays, weekendDays };
}

/** One shop's plan (see ShopAbsencePlan); never throws: dates the calendars cannot plan give 'invalid'. */
export function planShopAbsence(firstDay: string, lastDay: string, shop: AbsenceShop, today: string | number): ShopAbsencePlan {
  const base = { shopId: shop.shopId, market: shop.market, workingDays: 0, calendarDays: 0, noticeRequired: false, fileBy: null };
  let localToday = typeof today === 'string' ? today : '';
  try {
    localToday = marketToday(today, shop.market);
    const notice = absenceNotice(firstDay, lastDay, shop.market, localToday);
    const calendarDays = Temporal.PlainDate.from(firstDay).until(Temporal.PlainDate.from(lastDay)).days + 1;
    const status = !notice.noticeRequired ? 'not-required' : notice.onTime ? 'on-time' : 'late';
    let backOn: string | null = null;
    try {
      backOn = nextWorkingDayOnOrAfter(Temporal.PlainDate.from(lastDay).add({ days: 1 }).toString(), shop.market);
    } catch {
      backOn = null;
    }
    return { ...base, ...notice, today: localToday, status, calendarDays, backOn, ...daysOff(firstDay, lastDay, shop.market) };
  } catch (e) {
    const error: WorkingTimeErrorCode = e instanceof WorkingTimeError ? e.code : 'MALFORMED_DATE';
    return { ...base, today: localToday, status: 'invalid', backOn: null, holidays: [], weekendDays: 0, error };
  }
}

/** The plan of every shop of the absence, in the order given. */
export function planAbsence(input: AbsencePlanInput): ShopAbsencePlan[] {
  return input.shops.map((shop) => planShopAbsence(input.firstDay, input.lastDay, shop, input.today));
}

/**
 * Whether a notice still to be filed by `fileBy` needs a reminder today: today is on or before `fileBy`
 * and `fileBy` is at most 3 working days ahead in the market's calendar. False when it cannot be computed.
 */
export function fileByIsNear(fileBy: string | null, market: string, today: string): boolean {
  if (!fileBy || today > fileBy) return false;
  try {
    return addWorkingDays(today, REMINDER_WORKING_DAYS, market) >= fileBy;
  } catch {
    return false;
  }
}

/** A planned absence reminds the seller when its file-by date is this many working days away or nearer. */
export const REMINDER_WORKING_DAYS = 3;

/** Whether `today` lies inside the absence (both ends included). */
export function isAwayOn(absence: { firstDay: string; lastDay: string }, today: string): boolean {
  return absence.firstDay <= today && today <= absence.lastDay;
}
