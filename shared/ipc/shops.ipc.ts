import { z } from 'zod';
import { defineChannel } from './channel';

/** A shop the console can talk to, as the renderer sees it: never with its key. */
export const shopSummarySchema = z.object({
  id: z.string(),
  label: z.string(),
  market: z.string(),
  baseUrl: z.string(),
  miraklShopId: z.number().int().positive().nullable(),
  kind: z.enum(['demo', 'mirakl']),
});
export type ShopSummary = z.infer<typeof shopSummarySchema>;

/**
 * Where a Mirakl instance may live: https, or plain http only on this machine (a local test server).
 * Checked with a pattern because shared/ has no URL class (neither DOM nor Node).
 */
const instanceUrlSchema = z
  .string()
  .trim()
  .regex(
    /^(https:\/\/[a-z0-9.-]+(:\d+)?|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?)(\/[^\s?#]*)?$/i,
    'Enter the marketplace address as https://your-marketplace.mirakl.net (plain http only for 127.0.0.1).',
  );

/** Input of `shops:connect`: everything needed to reach a real Mirakl shop. */
export const connectShopInputSchema = z.object({
  label: z.string().trim().min(1, 'Give the shop a name.').max(80),
  baseUrl: instanceUrlSchema,
  key: z.string().trim().min(8, 'The shop API key looks too short.').max(200),
  miraklShopId: z.number().int().positive().nullable(),
  market: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Choose the market (a two-letter country code).'),
});
export type ConnectShopInput = z.infer<typeof connectShopInputSchema>;

/** Lists the shops (the embedded demo's and the connected ones). */
export const listShops = defineChannel('shops:list', z.object({}).strict(), {} as ShopSummary[]);

/**
 * Connects a real Mirakl shop: the key is checked against the marketplace (A01) before it is stored,
 * and is stored only on the gateway side. Errors: INVALID_INPUT, INVALID_KEY, UNREACHABLE.
 */
export const connectShop = defineChannel('shops:connect', connectShopInputSchema, {} as ShopSummary);

/** Forgets a connected shop and its key. Demo shops cannot be removed. */
export const disconnectShop = defineChannel('shops:disconnect', z.object({ id: z.string().min(1) }).strict(), null);
