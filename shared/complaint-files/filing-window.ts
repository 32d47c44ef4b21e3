// The complaint file's two windows (seed 000): a record is complained about within 30 days of being
// received, and the platform decides within 21 days of the filing. Calendar days, the start day not counted.
import { Temporal } from 'temporal-polyfill';

/** Days after receiving a contact by which its complaint must be filed (seed 000). */
export const FILING_WINDOW_DAYS = 30;
/** Days after filing by which the platform decides (seed 000). */
export const DECISION_WINDOW_DAYS = 21;

const plainDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Thrown for a date that is not a real `YYYY-MM-DD` calendar date; `field` names the argument. */
export class ComplaintFileDateError extends Error {
  constructor(
    readonly field: string,
    readonly value: string,
  ) {
    super(`${field} must be a calendar date written YYYY-MM-DD; got "${value}".`);
    this.name = 'ComplaintFileDateError';
  }
}

/** Parses a strict `YYYY-MM-DD` (no time, no offset, a day that exists), or throws ComplaintFileDateError. */
export function parseDay(value: string, field: string): Temporal.PlainDate {
  if (!plainDatePattern.test(value)) throw new ComplaintFileDateError(field, value);
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw new ComplaintFileDateError(field, value);
  }
}

/**
 * The filing window of a record received on `receivedOn`, as seen on `today` (both `YYYY-MM-DD`):
 * `fileBy` is the 30th calendar day after receipt (the receipt day not counted), and `onTime` whether
 * `today` is on or before it. Throws ComplaintFileDateError for a malformed date.
 */
export function filingWindow(receivedOn: string, today: string): { fileBy: string; onTime: boolean } {
  const fileBy = parseDay(receivedOn, 'receivedOn').add({ days: FILING_WINDOW_DAYS });
  const day = parseDay(today, 'today');
  return { fileBy: fileBy.toString(), onTime: Temporal.PlainDate.compare(day, fileBy) <= 0 };
}

/**
 * The platform's decision deadline for a file filed on `filedOn` (`YYYY-MM-DD`): the 21st calendar day
 * after it. Throws ComplaintFileDateError for a malformed date.
 */
export function decisionDeadline(filedOn: string): string {
  return parseDay(filedOn, 'filedOn').add({ days: DECISION_WINDOW_DAYS }).toString();
}
