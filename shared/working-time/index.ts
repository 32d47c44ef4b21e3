// The working-time engine (issue 3): deadlines, working days, countdowns and complaint windows per market.
// Pure TypeScript on Temporal; time is always passed in. See README.md for the rules and decisions.
export { WorkingTimeError, type WorkingTimeErrorCode } from './errors';
export { markets, getMarket, listMarketCodes, type MarketDefinition, type BusinessHours } from './markets';
export { replyDueAt, workingMsBetween, REPLY_WINDOW_MS } from './deadlines';
export {
  workingDaysBetween,
  absenceNotice,
  addWorkingDays,
  nextWorkingDayOnOrAfter,
  ABSENCE_NOTICE_LEAD_DAYS,
  ABSENCE_NOTICE_THRESHOLD_DAYS,
  type AbsenceNotice,
} from './working-days';
export { isWorkingDay } from './calendar';
export { countdown, DEFAULT_DUE_SOON_THRESHOLD_MS, type Countdown, type CountdownOptions, type CountdownState } from './countdown';
export { complaintPolicies, complaintWindowEnd, windowEnd, type ComplaintWindowKind, type WindowPolicy } from './complaint-windows';
export type { WorkingTimeOptions } from './intervals';
export { workingClock, type WorkingClock } from './working-clock';
export { HOLIDAY_YEARS, HOLIDAY_SOURCE } from './holidays.data';
export { HOLIDAY_NAMES } from './holiday-names.data';
export { HOLIDAY_OVERRIDES, type HolidayOverride, type HolidayOverrideKind } from './holiday-overrides';
