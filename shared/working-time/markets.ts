// The markets the console serves. Holidays are not here: they come from the generated data file plus the
// hand-written overrides (see calendar.ts); this file holds what a market *is*.
import { WorkingTimeError } from './errors';

/** Local opening hours, `HH:mm`, close after open, both on the same local day. */
export interface BusinessHours {
  open: string;
  close: string;
}

/** One market: where its clock runs, in which language and currency the seller works. */
export interface MarketDefinition {
  /** ISO 3166-1 alpha-2 code, upper case: the key every API takes. */
  code: string;
  name: string;
  /** IANA zone whose local midnight starts and ends a working day. */
  timeZone: string;
  /** BCP 47 tag: the language replies must be written in (DOMAIN rule 4). */
  language: string;
  /** ISO 4217 code. */
  currency: string;
  /** ISO weekdays (1 = Monday … 7 = Sunday) that are working days unless a holiday. */
  workingWeekdays: readonly number[];
  /** When set, the clock runs only inside these hours instead of the whole working day. */
  businessHours?: BusinessHours;
  /** Which official calendar the holidays follow, where the country has more than one. */
  calendarNote: string;
}

const MON_FRI = [1, 2, 3, 4, 5] as const;

const definitions: readonly MarketDefinition[] = [
  {
    code: 'PL',
    name: 'Poland',
    timeZone: 'Europe/Warsaw',
    language: 'pl-PL',
    currency: 'PLN',
    workingWeekdays: MON_FRI,
    calendarNote: 'Statutory days off (ustawa o dniach wolnych od pracy).',
  },
  {
    code: 'LV',
    name: 'Latvia',
    timeZone: 'Europe/Riga',
    language: 'lv-LV',
    currency: 'EUR',
    workingWeekdays: MON_FRI,
    calendarNote: 'Public holidays incl. Song and Dance Celebration closing days (overrides).',
  },
  {
    code: 'LT',
    name: 'Lithuania',
    timeZone: 'Europe/Vilnius',
    language: 'lt-LT',
    currency: 'EUR',
    workingWeekdays: MON_FRI,
    calendarNote: 'Public holidays (Labour Code art. 123).',
  },
  {
    code: 'EE',
    name: 'Estonia',
    timeZone: 'Europe/Tallinn',
    language: 'et-EE',
    currency: 'EUR',
    workingWeekdays: MON_FRI,
    calendarNote: 'Public holidays (pühade ja tähtpäevade seadus).',
  },
  {
    code: 'PT',
    name: 'Portugal',
    timeZone: 'Europe/Lisbon',
    language: 'pt-PT',
    currency: 'EUR',
    workingWeekdays: MON_FRI,
    calendarNote: 'National holidays, mainland time zone; municipal holidays and Carnival are not counted.',
  },
  {
    code: 'HR',
    name: 'Croatia',
    timeZone: 'Europe/Zagreb',
    language: 'hr-HR',
    currency: 'EUR',
    workingWeekdays: MON_FRI,
    calendarNote: 'Public holidays; days off for individual faiths are not counted.',
  },
  {
    code: 'BA',
    name: 'Bosnia and Herzegovina',
    timeZone: 'Europe/Sarajevo',
    language: 'bs-BA',
    currency: 'BAM',
    workingWeekdays: MON_FRI,
    calendarNote: 'Federation of BiH, secular days off only (see README: religious holidays are days off for believers only).',
  },
  {
    code: 'CZ',
    name: 'Czechia',
    timeZone: 'Europe/Prague',
    language: 'cs-CZ',
    currency: 'CZK',
    workingWeekdays: MON_FRI,
    calendarNote: 'Public holidays and other days off (zákon 245/2000 Sb.).',
  },
  {
    code: 'SK',
    name: 'Slovakia',
    timeZone: 'Europe/Bratislava',
    language: 'sk-SK',
    currency: 'EUR',
    workingWeekdays: MON_FRI,
    calendarNote: 'Days of rest (zákon 241/1993 Z.z. as amended by the consolidation laws; see overrides).',
  },
  {
    code: 'RO',
    name: 'Romania',
    timeZone: 'Europe/Bucharest',
    language: 'ro-RO',
    currency: 'RON',
    workingWeekdays: MON_FRI,
    calendarNote: 'Public holidays (Codul muncii art. 139).',
  },
  {
    code: 'HU',
    name: 'Hungary',
    timeZone: 'Europe/Budapest',
    language: 'hu-HU',
    currency: 'HUF',
    workingWeekdays: MON_FRI,
    calendarNote: 'Public holidays plus the yearly NGM decree of bridge rest days and working Saturdays (overrides).',
  },
  {
    code: 'DE',
    name: 'Germany',
    timeZone: 'Europe/Berlin',
    language: 'de-DE',
    currency: 'EUR',
    workingWeekdays: MON_FRI,
    calendarNote: 'Nationwide holidays only; Länder holidays are not counted.',
  },
];

/** Every market by code, frozen: the metadata other features show (time zone, language, currency). */
export const markets: Readonly<Record<string, MarketDefinition>> = Object.freeze(
  Object.fromEntries(definitions.map((m) => [m.code, Object.freeze({ ...m })])),
);

// A Map, not the record: `markets['toString']` would find Object.prototype members.
const byCode: ReadonlyMap<string, MarketDefinition> = new Map(Object.entries(markets));

/**
 * The market with this code (upper or lower case). Throws `WorkingTimeError` with code `UNKNOWN_MARKET`
 * when the code is not one of `listMarketCodes()`.
 */
export function getMarket(code: string): MarketDefinition {
  const market = typeof code === 'string' ? (byCode.get(code) ?? byCode.get(code.toUpperCase())) : undefined;
  if (!market) {
    throw new WorkingTimeError('UNKNOWN_MARKET', `Unknown market "${String(code)}"; known: ${listMarketCodes().join(', ')}.`);
  }
  return market;
}

/** The codes of all markets, in a stable order (the order of the definitions above). */
export function listMarketCodes(): string[] {
  return definitions.map((m) => m.code);
}
