import { z } from 'zod';
import { describeIssues } from '../api/platform-failure';
import type { QuarantineRecord } from '../data/records';

/** A payload that could not be understood, ready to be stored in the quarantine table. */
export type Quarantined = Omit<QuarantineRecord, 'id'>;

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
    throw new PayloadError({ ...where, problem: `The page could not be read: ${describeIssues(parsed.error)}`, payload });
  }
  const valid: T[] = [];
  const quarantined: Quarantined[] = [];
  for (const item of items(parsed.data)) {
    const result = itemSchema.safeParse(item);
    if (result.success) valid.push(result.data);
    else quarantined.push({ ...where, problem: describeIssues(result.error), payload: item });
  }
  return { page: parsed.data, valid, quarantined };
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
