import { z } from 'zod';

/**
 * The error body Mirakl answers with on 4xx/5xx (`{ "status": 400, "message": "..." }`), for every
 * operation. The subset spec documents no error responses at all, so this follows what the platform
 * actually sends; extra fields are kept.
 */
export const miraklErrorSchema = z.looseObject({
  status: z.number().int(),
  message: z.string(),
});
export type MiraklError = z.infer<typeof miraklErrorSchema>;
