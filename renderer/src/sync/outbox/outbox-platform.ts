import type { OutboxAttachment } from '../../data/records';

/**
 * One write to a shop's API, as a handler describes it: `path` is relative to the shop's API root
 * (e.g. `api/inbox/threads/<id>/message`). A JSON body, or a multipart body whose JSON part is
 * `field` (Mirakl's `message_input` / `thread_input`) followed by the item's files as `files` parts.
 */
export type PlatformWrite =
  | { method: 'POST' | 'PUT'; path: string; json: unknown }
  | { method: 'POST'; path: string; multipart: { field: string; value: unknown; files: readonly OutboxAttachment[] } };

/**
 * What the marketplace answered to a write that succeeded (2xx). `body` is the parsed JSON, `null`
 * when there was no body (204), and `undefined` when a body came but could not be read (cut short,
 * not JSON): the status alone then says the write was taken, but not what was created.
 */
export interface PlatformAnswer {
  status: number;
  body: unknown;
}

/** Query parameters of a read; arrays become repeated parameters. */
export type PlatformQuery = Record<string, string | number | boolean | readonly string[] | undefined>;

/**
 * The marketplace as the outbox sees it: one generic write and one generic read, so every kind of
 * item goes through the same sender and only its handler knows the Mirakl operation. Implemented
 * over the gateway with ky in the app (and in the HTTP tests, against the demo marketplace with
 * faults). A call that fails throws SendFailureError (see send-failure.ts for the three kinds);
 * `signal` aborts the request (the outcome of an aborted write is then unknown).
 */
export interface OutboxPlatform {
  /** Sends a write; resolves with the 2xx answer, throws SendFailureError otherwise. */
  write(shopId: string, request: PlatformWrite, signal?: AbortSignal): Promise<PlatformAnswer>;
  /** GETs JSON from the shop's API (read-backs); throws SendFailureError. */
  read(shopId: string, path: string, query?: PlatformQuery, signal?: AbortSignal): Promise<unknown>;
}
