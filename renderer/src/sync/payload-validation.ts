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
  const valid: T[] = [];
  const quarantined: Quarantined[] = [];
  for (const item of items(parsed.data)) {
    const result = itemSchema.safeParse(item);
    if (result.success) valid.push(result.data);
    else quarantined.push({ ...where, problem: payloadProblem(result.error), payload: item });
  }
  return { page: parsed.data, valid, quarantined };
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
