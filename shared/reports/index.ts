// Report figures computed from the offline cache's facts: pure, time passed in (issue 14, "Reports").
export { median, medianOfSorted, percentile, percentileOfSorted, sortedNumbers } from './statistics';
export { localDay, localDayOfMs, zoneOffsetMs } from './local-day';
export {
  responseSamples,
  responseFigures,
  responseFiguresBy,
  overdueAt,
  type MessageFact,
  type ThreadFact,
  type ResponseSample,
  type ResponseFigures,
} from './response-times';
export {
  caseMonth,
  dayEndInstant,
  daysBetween,
  casesByMonth,
  countBy,
  noticesOnTime,
  productKey,
  repeatedComplaints,
  timeToResolve,
  type CaseFact,
  type NoticeFact,
  type RepeatedComplaint,
  type ResolveFigures,
} from './case-figures';
