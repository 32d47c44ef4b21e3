import type { PlatformFailure } from '../../api/platform-failure';

/**
 * How a failed send (or read-back) is classified, which decides what the outbox does next:
 * - refused: the marketplace answered 4xx (not 408/429), or the request could not even be made: it
 *   did not take the item and will not take it as it is; the item is parked for the seller;
 * - throttled: 429 (or 503 with Retry-After): not taken; retry after `retryAfterMs`;
 * - unknown: timeout, abort, dropped connection, 5xx, gateway 502/504, an answer that cannot be
 *   read: the item may or may not have been taken; it is read back before any resend.
 */
export type SendFailure =
  | { kind: 'refused'; status: number | null; code: string; message: string }
  | { kind: 'throttled'; status: number; retryAfterMs: number | null; message: string }
  | { kind: 'unknown'; status: number | null; code: string; message: string };

/** Thrown by a read-back's reads (ReadBackContext.read) when the marketplace gave no usable answer. */
export class SendFailureError extends Error {
  constructor(readonly failure: SendFailure) {
    super(failure.message);
    this.name = 'SendFailureError';
  }
}

/** What a platform failure means for the outbox (see SendFailure); the message stays the platform's. */
export function sendFailureOf(failure: PlatformFailure): SendFailure {
  switch (failure.kind) {
    case 'refused':
    case 'invalid':
      return { kind: 'refused', status: failure.status, code: failure.code, message: failure.message };
    case 'throttled':
      return { kind: 'throttled', status: failure.status, retryAfterMs: failure.retryAfterMs, message: failure.message };
    default:
      return { kind: 'unknown', status: failure.status, code: failure.code, message: failure.message };
  }
}
