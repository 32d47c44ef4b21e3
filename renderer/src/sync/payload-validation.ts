import { z } from 'zod';
import { describeIssues } from '../../../shared/validation';
import type { QuarantineRecord } from '../data/records';

/** A payload that could not be understood, ready to be stored in the quarantine table. */
export type Quarantined = Omit<QuarantineRecord, 'id'>;

/** What was wrong with a payload, in a line a person can read: the first three zod issues with their paths. */
function payloadProblem(error: z.ZodError): string {
  return describeIssues(error.issues, { limit: 3, root: '(the whole record)' });
}

/**
 * Validates a list page record by record: the page's envelope must parse with `envelope` (or the
 * whole page is unusable and is quarantined, throwing PayloadError), then each item of
 * `items(page)` is checked with `itemSchema`; items that fail are returned as quarantine records
 * and the rest go on. Unknown fields and new enum values pass (the schemas are loose and open).
 */
export function validatePage<E, T>(
  payload: unknown,
  envelope: z.ZodType<E>,
  items: (page: E) => readonly unknown[],
  itemSchema: z.ZodType<T>,
  where: { shopId: string; kind: string; receivedAt: string },
): { page: E; valid: T[]; quarantined: Quarantined[] } {
  const parsed = envelope.safeParse(payload);
  if (!parsed.success) {
    throw new PayloadError({ ...where, problem: `The page could not be read: ${payloadProblem(parsed.error)}`, payload });
  }
  const result = { page: parsed.data, valid: [] as T[], quarantined: [] as Quarantined[] };
  checkItems(items(parsed.data), itemSchema, where, result);
  return result;
}

/**
 * validatePage in slices of `slice` items, awaiting `pause` between them (the sync engine passes
 * nextTask), so validating a large page never holds the renderer's main thread for long: typing
 * and paint get their turn between slices. Same answers and errors as validatePage.
 */
export async function validatePageInSlices<E, T>(
  payload: unknown,
  envelope: z.ZodType<E>,
  items: (page: E) => readonly unknown[],
  itemSchema: z.ZodType<T>,
  where: { shopId: string; kind: string; receivedAt: string },
  pause: () => Promise<void>,
  slice = 25,
): Promise<{ page: E; valid: T[]; quarantined: Quarantined[] }> {
  const result = validatePage(payload, envelope, () => [], itemSchema, where);
  const list = items(result.page);
  for (let start = 0; start < list.length; start += slice) {
    if (start > 0) await pause();
    checkItems(list.slice(start, start + slice), itemSchema, where, result);
  }
  return result;
}

function checkItems<T>(
  list: readonly unknown[],
  itemSchema: z.ZodType<T>,
  where: { shopId: string; kind: string; receivedAt: string },
  into: { valid: T[]; quarantined: Quarantined[] },
): void {
  for (const item of list) {
    const result = itemSchema.safeParse(item);
    if (result.success) into.valid.push(result.data);
    else into.quarantined.push({ ...where, problem: payloadProblem(result.error), payload: item });
  }
}

/** Validates a single-record payload (M10, A01, ...), throwing PayloadError with the quarantine record. */
export function validateRecord<T>(
  payload: unknown,
  schema: z.ZodType<T>,
  where: { shopId: string; kind: string; receivedAt: string; recordId?: string },
): T {
  const result = schema.safeParse(payload);
  if (!result.success) throw new PayloadError({ ...where, problem: payloadProblem(result.error), payload });
  return result.data;
}

/** A payload that cannot be used at all; `record` is what the quarantine keeps of it. */
export class PayloadError extends Error {
  constructor(readonly record: Quarantined) {
    super(`The marketplace sent ${record.kind} data the console cannot read: ${record.problem}`);
    this.name = 'PayloadError';
  }
}

/** A list page's envelope with its items left unchecked (they are checked one by one). */
export function listEnvelope<K extends string>(key: K) {
  return z.looseObject({ [key]: z.array(z.unknown()) } as { [P in K]: z.ZodArray<z.ZodUnknown> });
}
