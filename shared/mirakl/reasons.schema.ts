import { z } from 'zod';
import { integer } from './open-enum';

/** RE11/RE12 reason: a code and its label in the requested locale. */
export const reasonSchema = z.looseObject({
  code: z.string(),
  label: z.string(),
});
export type Reason = z.infer<typeof reasonSchema>;

/**
 * RE11 (incident opening reasons, also the thread topics of type REASON_CODE) and RE12 (incident
 * closing reasons, for OR64) response: every reason, no pagination, sorted by the back office's index.
 */
export const reasonsListSchema = z.looseObject({
  reasons: z.array(reasonSchema),
  total_count: integer,
});
export type ReasonsList = z.infer<typeof reasonsListSchema>;
