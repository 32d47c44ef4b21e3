// Absence notices (issue 12, DOMAIN "Absence notices", seed 001): the per-shop plan in each market's
// calendar, and the bilingual notice the operator reads. Pure TypeScript; today is always passed in.
export {
  ABSENCE_RULE,
  REMINDER_WORKING_DAYS,
  fileByIsNear,
  isAwayOn,
  marketToday,
  planAbsence,
  planShopAbsence,
  type AbsencePlanInput,
  type AbsenceShop,
  type NamedDayOff,
  type ShopAbsencePlan,
} from './absence-plan';
export { absenceNoticeBody, absenceNoticeTopic, formatNoticeDate, noticeLanguage, type NoticeBodyInput } from './notice-body';
export { closingDates, type ClosingDates } from './closing';
