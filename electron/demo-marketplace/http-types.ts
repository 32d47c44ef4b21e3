import type { ShopRecord } from './model';
import { MiraklHttpError } from './mirakl-error';
import type { MarketplaceState } from './state';

export { MiraklHttpError };

/** What an operation handler sees: the authenticated shop, the parsed URL, the raw body. */
export interface OperationContext {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  shop: ShopRecord;
  state: MarketplaceState;
}

/** A handler's answer: JSON, raw bytes, or no content. */
export interface DemoReply {
  status: number;
  json?: unknown;
  bytes?: Uint8Array;
  headers?: Record<string, string>;
}

/** A JSON reply. */
export function json(status: number, body: unknown): DemoReply {
  return { status, json: body };
}

/** Mirakl's error reply for `status`. */
export function errorReply(status: number, message: string): DemoReply {
  return { status, json: { status, message } };
}

/** Parses a JSON request body or throws a 400. */
export function parseJsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new MiraklHttpError(400, 'The request body is not valid JSON');
  }
}
