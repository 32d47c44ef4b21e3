import type { z } from 'zod';
import { operationCodes, operations } from './operations';

/**
 * The zod schema of each operation's JSON success body, keyed by Mirakl operation code, derived from
 * the catalogue (operations.ts); operations answering 204 (OR64) or a file (M13) have no entry.
 */
export const responseSchemaByOperation: Readonly<Record<string, z.ZodType>> = Object.freeze(
  Object.fromEntries(
    operationCodes.flatMap((code) => {
      const schema = operations[code].response;
      return schema ? [[code, schema]] : [];
    }),
  ),
);
