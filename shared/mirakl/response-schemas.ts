import type { z } from 'zod';
import { accountSchema, accountUpdateResultSchema } from './account.schema';
import { messageCreatedSchema, operatorThreadCreatedSchema, threadDetailSchema, threadsPageSchema } from './inbox.schema';
import { orderThreadCreatedSchema, ordersPageSchema } from './orders.schema';
import { reasonsListSchema } from './reasons.schema';
import { returnsPageSchema, returnsUpdateResultSchema } from './returns.schema';

/**
 * The zod schema of each operation's success body, keyed by Mirakl operation code: one table for
 * everything that parses a response (the sync engine, the contract tests). Operations answering 204
 * (OR64) have no body and no entry.
 */
export const responseSchemaByOperation: Readonly<Record<string, z.ZodType>> = Object.freeze({
  A01: accountSchema,
  A02: accountUpdateResultSchema,
  M10: threadDetailSchema,
  M11: threadsPageSchema,
  M12: messageCreatedSchema,
  M14: operatorThreadCreatedSchema,
  OR11: ordersPageSchema,
  OR43: orderThreadCreatedSchema,
  RE11: reasonsListSchema,
  RE12: reasonsListSchema,
  RT11: returnsPageSchema,
  RT21: returnsUpdateResultSchema,
  RT25: returnsUpdateResultSchema,
  RT26: returnsUpdateResultSchema,
  RT27: returnsUpdateResultSchema,
});
