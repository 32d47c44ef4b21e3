// Checks every row of a complaint file (seed 000) before it is sent: a reason the platform accepts,
// a receipt date that is a real day and within the 30-day filing window, and no record twice.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { ComplaintFileDateError, filingWindow } from './filing-window';
import { classifyReason, type ReasonCategory, type ReasonVerdict } from './reasons';

/** The fields of one row that validation reads (cells already picked by the template's columns). */
export interface RowFields {
  recordId: string;
  phone: string;
  email: string;
  receivedOn: string;
  reason: string;
}

/** Why a row cannot be sent as it is; the UI words each kind in the seller's language. */
export type RowProblem =
  | { kind: 'reason-missing' }
  | { kind: 'reason-not-accepted'; category: ReasonCategory }
  | { kind: 'reason-unclear' }
  | { kind: 'record-id-missing' }
  | { kind: 'received-on-malformed'; value: string }
  | { kind: 'filing-window-passed'; fileBy: string }
  | { kind: 'duplicate'; by: 'record-id' | 'phone' | 'email'; firstRow: number };

/** One row's result: the reason's verdict and every problem found (none: the row is valid). */
export interface RowCheck {
  verdict: ReasonVerdict;
  problems: RowProblem[];
}

/**
 * A phone number as one record is told from another: E.164. A Polish number (the platform's market)
 * written as 9 national digits, or with 48, +48 or 0048 before them, spaces, dashes, dots or brackets
 * aside, is read directly (libphonenumber takes ~40 µs a number, too slow for 50,000 rows); any other
 * is read by libphonenumber (a national number without a prefix as Polish), and when it reads none,
 * its digits alone. Empty for no digits.
 */
export function normalisePhone(phone: string): string {
  const compact = phone.replace(/[\s\-.()/]/g, '');
  const polish = /^(?:\+48|0048|48)?(\d{9})$/.exec(compact);
  if (polish) return `+48${polish[1]}`;
  const digits = phone.replace(/\D/g, '');
  if (digits === '') return '';
  const parsed = parsePhoneNumberFromString(phone.trim().replace(/^00/, '+'), 'PL');
  return parsed?.isPossible() ? parsed.number : digits;
}

/** An e-mail address as one record is told from another: trimmed, lower-case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function reasonProblem(verdict: ReasonVerdict): RowProblem | null {
  if (verdict.verdict === 'missing') return { kind: 'reason-missing' };
  if (verdict.verdict === 'unclear') return { kind: 'reason-unclear' };
  if (verdict.verdict === 'not-accepted' && verdict.category) return { kind: 'reason-not-accepted', category: verdict.category };
  return null;
}

function dateProblem(receivedOn: string, today: string): RowProblem | null {
  try {
    const window = filingWindow(receivedOn.trim(), today);
    return window.onTime ? null : { kind: 'filing-window-passed', fileBy: window.fileBy };
  } catch (error) {
    if (error instanceof ComplaintFileDateError) return { kind: 'received-on-malformed', value: receivedOn };
    throw error;
  }
}

/**
 * Validates every row of a file as of `today` (`YYYY-MM-DD`, passed in: shared code has no clock).
 * Rules: a record id is required; the reason must be one the platform accepts (missing, not accepted
 * and unclear reasons are problems, classifyReason decides); the receipt date must be a real
 * `YYYY-MM-DD` day and `today` within its 30-day filing window; a record may appear once: a later row
 * with the same record id, or the same phone (normalisePhone) or e-mail (normaliseEmail) as an earlier
 * row, is a duplicate of that first row (the first stays valid, so fixing means deleting or changing
 * the later one). Answers one RowCheck per row, in order. Throws ComplaintFileDateError only for a
 * malformed `today`.
 */
export function validateRows(rows: readonly RowFields[], today: string): RowCheck[] {
  filingWindow('2000-01-01', today); // a malformed `today` is the caller's error, not a row's
  // Reasons and receipt days repeat across a file: each distinct one is read once.
  const verdicts = new Map<string, ReasonVerdict>();
  const dates = new Map<string, RowProblem | null>();
  const firstBy = { 'record-id': new Map<string, number>(), phone: new Map<string, number>(), email: new Map<string, number>() };
  return rows.map((row, index) => {
    const problems: RowProblem[] = [];
    let verdict = verdicts.get(row.reason);
    if (!verdict) {
      verdict = classifyReason(row.reason);
      verdicts.set(row.reason, verdict);
    }
    const reason = reasonProblem(verdict);
    if (reason) problems.push(reason);
    if (row.recordId.trim() === '') problems.push({ kind: 'record-id-missing' });
    let date = dates.get(row.receivedOn);
    if (date === undefined) {
      date = dateProblem(row.receivedOn, today);
      dates.set(row.receivedOn, date);
    }
    if (date) problems.push(date);
    const keys = { 'record-id': row.recordId.trim(), phone: normalisePhone(row.phone), email: normaliseEmail(row.email) } as const;
    for (const by of ['record-id', 'phone', 'email'] as const) {
      const key = keys[by];
      if (key === '') continue;
      const first = firstBy[by].get(key);
      if (first === undefined) firstBy[by].set(key, index);
      else problems.push({ kind: 'duplicate', by, firstRow: first });
    }
    return { verdict, problems };
  });
}
