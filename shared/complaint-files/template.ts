// The data platform's complaint template (seed 000) and its decision file: which columns each has,
// under the English or the Polish header, and whether a file's header row is the template.
import { normaliseReason } from './reason-text';

/** A column of the complaint template: the field it holds and the headers it is known by. */
export interface TemplateColumn<F extends string> {
  field: F;
  /** The header the console writes (English); the first alias. */
  header: string;
  /** Every header accepted for this column (English and Polish), matched case, accents and punctuation aside. */
  aliases: readonly string[];
  /** A file without this column is still the template (the column is added on export). */
  optional?: boolean;
}

/** The fields of a complaint template row. */
export type ComplaintField = 'recordId' | 'name' | 'phone' | 'email' | 'address' | 'company' | 'receivedOn' | 'reason' | 'comment';

/**
 * The complaint template's columns in the template's order (the export writes this order). `receivedOn`
 * is the day the contact was received (`YYYY-MM-DD`); `reason` one reason per record; `comment` free
 * text the platform reads beside the reason (optional: older copies of the template lack it).
 */
export const complaintTemplate: readonly TemplateColumn<ComplaintField>[] = [
  { field: 'recordId', header: 'Record ID', aliases: ['Record ID', 'ID', 'ID rekordu', 'Identyfikator rekordu'] },
  { field: 'name', header: 'Contact name', aliases: ['Contact name', 'Name', 'Imię i nazwisko', 'Nazwa kontaktu'] },
  { field: 'phone', header: 'Phone', aliases: ['Phone', 'Phone number', 'Telefon', 'Numer telefonu'] },
  { field: 'email', header: 'E-mail', aliases: ['E-mail', 'Email', 'Adres e-mail'] },
  { field: 'address', header: 'Address', aliases: ['Address', 'Adres'] },
  { field: 'company', header: 'Company', aliases: ['Company', 'Firma', 'Nazwa firmy'] },
  {
    field: 'receivedOn',
    header: 'Received on (YYYY-MM-DD)',
    aliases: ['Received on (YYYY-MM-DD)', 'Received on', 'Data otrzymania', 'Data otrzymania (RRRR-MM-DD)'],
  },
  { field: 'reason', header: 'Reason', aliases: ['Reason', 'Complaint reason', 'Przyczyna reklamacji', 'Przyczyna'] },
  { field: 'comment', header: 'Comment', aliases: ['Comment', 'Komentarz', 'Uwagi'], optional: true },
];

/** The fields of the platform's decision file. */
export type DecisionField = 'recordId' | 'decision' | 'comment';

/** The decision file's columns: the record, the platform's decision on it, its comment (optional). */
export const decisionTemplate: readonly TemplateColumn<DecisionField>[] = [
  { field: 'recordId', header: 'Record ID', aliases: ['Record ID', 'ID', 'ID rekordu', 'Identyfikator rekordu'] },
  { field: 'decision', header: 'Decision', aliases: ['Decision', 'Decyzja', 'Rozpatrzenie'] },
  { field: 'comment', header: 'Comment', aliases: ['Comment', 'Komentarz', 'Uwagi'], optional: true },
];

/** How a header row compares with a template. */
export type HeaderMatch<F extends string> =
  | {
      ok: true;
      /** The file's header for each field found (a missing optional column has none). */
      columnOf: Partial<Record<F, string>>;
    }
  | {
      ok: false;
      /** The template's headers the file lacks. */
      missing: string[];
      /** The file's headers the template does not have (in the file's order). */
      unexpected: string[];
      /** Template headers the file has twice (the second one is ambiguous). */
      duplicated: string[];
    };

const headerKey = (header: string): string => normaliseReason(header.replace(/\((?:yyyy|rrrr)-mm-dd\)/i, ''));

/**
 * Matches a file's header row against a template: every required column must be there (under any of
 * its aliases, case, accents, spaces and a trailing "(YYYY-MM-DD)" aside), nothing else may be, and no
 * column twice. Empty trailing headers (a spreadsheet's blank columns) are ignored. Pure; never throws.
 */
export function matchHeaders<F extends string>(headers: readonly string[], template: readonly TemplateColumn<F>[]): HeaderMatch<F> {
  const byKey = new Map<string, TemplateColumn<F>>();
  for (const column of template) for (const alias of column.aliases) byKey.set(headerKey(alias), column);
  const columnOf: Partial<Record<F, string>> = {};
  const unexpected: string[] = [];
  const duplicated: string[] = [];
  for (const header of headers) {
    if (header.trim() === '') continue;
    const column = byKey.get(headerKey(header));
    if (!column) unexpected.push(header);
    else if (columnOf[column.field] !== undefined) duplicated.push(header);
    else columnOf[column.field] = header;
  }
  const missing = template.filter((c) => !c.optional && columnOf[c.field] === undefined).map((c) => c.header);
  if (missing.length > 0 || unexpected.length > 0 || duplicated.length > 0) return { ok: false, missing, unexpected, duplicated };
  return { ok: true, columnOf };
}

/** The platform's decision on one record. */
export type RecordDecision = 'refunded' | 'replaced' | 'refused';

const decisionWords: readonly [RecordDecision, RegExp][] = [
  ['refunded', / (?:refund(?:ed)?|refunded in points|points?|zwrot|zwrocono|punkt[a-z]*|uznan[a-z]* zwrot) /],
  ['replaced', / (?:replace(?:d|ment)?|wymien[a-z]*|wymiana|zastapion[a-z]*) /],
  ['refused', / (?:refuse(?:d)?|rejected|denied|odrzucon[a-z]*|odmowa|nieuznan[a-z]*|nie uznan[a-z]*) /],
];

/**
 * Reads the platform's decision on a record: its codes (REFUNDED, REPLACED, REFUSED) or the words in
 * English or Polish ("refunded in points", "zwrot punktów", "wymiana", "odrzucona"). Undefined when the
 * text names none or more than one (the import reports it rather than guessing).
 */
export function parseDecision(text: string): RecordDecision | undefined {
  const normalised = normaliseReason(text);
  const found = decisionWords.filter(([, pattern]) => pattern.test(normalised)).map(([d]) => d);
  return found.length === 1 ? found[0] : undefined;
}
