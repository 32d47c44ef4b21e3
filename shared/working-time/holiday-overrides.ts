// Hand-written corrections on top of the generated holidays.data.ts, each with its source. Applied at run
// time by calendar.ts, so regenerating the data never loses them. Add a decree here the day it is published.
import { epochDayFromCivil, isoWeekday } from './iso';

/**
 * `day-off`: not a working day although the generated data says it is (a decreed bridge day, a law
 * date-holidays does not know yet). `working-day`: a working day although it is a weekend day or listed as
 * a holiday (a decreed working Saturday, a holiday abolished as a day off).
 */
export type HolidayOverrideKind = 'day-off' | 'working-day';

/** One correction to one market's calendar on one local date. */
export interface HolidayOverride {
  market: string;
  date: string;
  kind: HolidayOverrideKind;
  reason: string;
  source: string;
}

const HU_2024 = '15/2023. (VII. 13.) GFM rendelet a 2024. évi munkaszüneti napok körüli munkarendről';
const HU_2025 = '11/2024. (IV. 8.) NGM rendelet a 2025. évi munkaszüneti napok körüli munkarendről';
const HU_2026 = '10/2025. (IV. 30.) NGM rendelet a 2026. évi munkaszüneti napok körüli munkarendről';
const LV_LAW =
  'Likums "Par svētku, atceres un atzīmējamām dienām" §1 (amended 14.07.2022): the closing day of the Song and Dance Celebration is a holiday; when it falls on a weekend the next working day is a day off';
const LV_2028 = 'Kultūras ministrija, order draft of 2026: XXVIII Song and XVIII Dance Celebration 30.06.-09.07.2028';
const SK_LAW =
  'Zákon 241/1993 Z.z. as amended by the 2025 consolidation act (effective 1.11.2025): 8 May and 15 September are not days of rest in 2026 only; date-holidays 3.37 treats them as abolished from 2026 on';

// Hungary: every year a ministerial decree moves a bridge day off and makes a Saturday a working day.
// Published decrees only; 2027 and later are not decreed yet, so those years follow the statutory list.
const hungary: HolidayOverride[] = [
  { market: 'HU', date: '2024-08-03', kind: 'working-day', reason: 'Saturday worked for the 19 August bridge day', source: HU_2024 },
  { market: 'HU', date: '2024-08-19', kind: 'day-off', reason: 'bridge day before St Stephen (Tuesday)', source: HU_2024 },
  { market: 'HU', date: '2024-12-07', kind: 'working-day', reason: 'Saturday worked for 24 December', source: HU_2024 },
  { market: 'HU', date: '2024-12-24', kind: 'day-off', reason: 'Christmas Eve (Tuesday) made a rest day', source: HU_2024 },
  { market: 'HU', date: '2024-12-14', kind: 'working-day', reason: 'Saturday worked for 27 December', source: HU_2024 },
  { market: 'HU', date: '2024-12-27', kind: 'day-off', reason: 'bridge day after Christmas (Friday)', source: HU_2024 },
  { market: 'HU', date: '2025-05-02', kind: 'day-off', reason: 'bridge day after Labour Day (Friday)', source: HU_2025 },
  { market: 'HU', date: '2025-05-17', kind: 'working-day', reason: 'Saturday worked for 2 May', source: HU_2025 },
  { market: 'HU', date: '2025-10-18', kind: 'working-day', reason: 'Saturday worked for 24 October', source: HU_2025 },
  { market: 'HU', date: '2025-10-24', kind: 'day-off', reason: 'bridge day after 23 October (Friday)', source: HU_2025 },
  { market: 'HU', date: '2025-12-13', kind: 'working-day', reason: 'Saturday worked for 24 December', source: HU_2025 },
  { market: 'HU', date: '2025-12-24', kind: 'day-off', reason: 'Christmas Eve (Wednesday) made a rest day', source: HU_2025 },
  { market: 'HU', date: '2026-01-02', kind: 'day-off', reason: 'bridge day after New Year (Friday)', source: HU_2026 },
  { market: 'HU', date: '2026-01-10', kind: 'working-day', reason: 'Saturday worked for 2 January', source: HU_2026 },
  { market: 'HU', date: '2026-08-08', kind: 'working-day', reason: 'Saturday worked for 21 August', source: HU_2026 },
  { market: 'HU', date: '2026-08-21', kind: 'day-off', reason: 'bridge day after St Stephen (Friday)', source: HU_2026 },
  { market: 'HU', date: '2026-12-12', kind: 'working-day', reason: 'Saturday worked for 24 December', source: HU_2026 },
  { market: 'HU', date: '2026-12-24', kind: 'day-off', reason: 'Christmas Eve (Thursday) made a rest day', source: HU_2026 },
];

// Latvia: date-holidays has no Song and Dance Celebration day (it also missed 2023-07-10, before our range).
// The 2028 closing day is Sunday 9 July, so Monday 10 July is the day off. The 2033 dates are not set yet.
const latvia: HolidayOverride[] = [
  {
    market: 'LV',
    date: '2028-07-10',
    kind: 'day-off',
    reason: 'day off after the Song and Dance Celebration closing day (Sunday 9 July)',
    source: `${LV_LAW}; ${LV_2028}`,
  },
];

// Slovakia: date-holidays already drops 1 September (from 2024) and 17 November (from 2025) as days off,
// which matches the law; but it also drops 8 May and 15 September for good from 2026, while the
// consolidation act suspends them for 2026 only. Restore them from 2027 on (weekend dates change nothing).
const slovakia: HolidayOverride[] = [];
for (let year = 2027; year <= 2035; year += 1) {
  for (const [month, day, reason] of [
    [5, 8, 'Victory over Fascism Day, a day of rest again after 2026'],
    [9, 15, 'Our Lady of Seven Sorrows, a day of rest again after 2026'],
  ] as const) {
    if (isoWeekday(epochDayFromCivil(year, month, day)) > 5) continue;
    slovakia.push({ market: 'SK', date: `${year}-0${month}-${day < 10 ? '0' : ''}${day}`, kind: 'day-off', reason, source: SK_LAW });
  }
}

/** All corrections, by market; calendar.ts applies `working-day` after `day-off`, so it wins on a clash. */
export const HOLIDAY_OVERRIDES: readonly HolidayOverride[] = [...hungary, ...latvia, ...slovakia];
