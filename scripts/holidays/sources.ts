// Where each market's holidays come from in date-holidays, and which of its `public` entries count as days
// off for everyone. Used only by generate.ts (build time); the app reads the generated data file.
import type { HolidaysTypes } from 'date-holidays';

export interface HolidaySource {
  country: string;
  state?: string;
  /** Keeps a `public` entry; absent = keep all. */
  keep?: (holiday: HolidaysTypes.Holiday) => boolean;
  note: string;
}

// BiH has no state-level holiday law; the Federation's days off for everyone are the secular ones below.
// Catholic, Orthodox and Muslim holidays are days off only for believers (and, locally, where a community
// is the majority), so they do not stop a marketplace-wide clock. date-holidays lists them all as
// `public` at country level, hence the filter on the rule text.
const BA_SECULAR_RULES = /^(01-01|01-02|03-01|05-01|05-02|11-25)\b/;

/** Keyed by market code; every market in shared/working-time/markets.ts must have an entry. */
export const holidaySources: Readonly<Record<string, HolidaySource>> = {
  PL: { country: 'PL', note: 'national' },
  LV: { country: 'LV', note: 'national; Song and Dance Celebration days are overrides' },
  LT: { country: 'LT', note: 'national' },
  EE: { country: 'EE', note: 'national' },
  PT: { country: 'PT', note: 'national (mainland); municipal holidays not counted' },
  HR: { country: 'HR', note: 'national' },
  BA: { country: 'BA', state: 'BIH', keep: (h) => BA_SECULAR_RULES.test(h.rule), note: 'Federation of BiH, secular days off only' },
  CZ: { country: 'CZ', note: 'national' },
  SK: { country: 'SK', note: 'national; 2027+ restorations are overrides' },
  RO: { country: 'RO', note: 'national' },
  HU: { country: 'HU', note: 'national; decreed bridge days and working Saturdays are overrides' },
  DE: { country: 'DE', note: 'nationwide only (no Land)' },
};
