/**
 * How a failed write is classified, which decides what the outbox does next:
 * - refused: the marketplace answered 4xx (not 408/429): it did not take the item and will not
 *   take it as it is; the item is parked for the seller;
 * - throttled: 429 (or 503 with Retry-After): not taken; retry after `retryAfterMs`;
 * - unknown: timeout, dropped connection, 5xx, gateway 502/504: the item may or may not have been
 *   taken; the thread is read back before any resend.
 */
export type SendFailure =
  | { kind: 'refused'; status: number; code: string; message: string }
  | { kind: 'throttled'; status: number; retryAfterMs: number | null; message: string }
  | { kind: 'unknown'; status: number | null; code: string; message: string };

/** Thrown by an OutboxPlatform when a write fails. */
export class SendFailureError extends Error {
  constructor(readonly failure: SendFailure) {
    super(failure.message);
    this.name = 'SendFailureError';
  }
}

/** Reads Retry-After (seconds or an HTTP date) as milliseconds from `now`, or null. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Says whose answer a failed status is, in a sentence: the console's gateway words its own errors
 * (it could not reach the marketplace, or it timed out), anything else is the marketplace's answer
 * with its status and message.
 */
export function answerText(status: number, message: string | null | undefined, fromGateway: boolean): string {
  if (fromGateway && message) return message;
  return `The marketplace answered ${status}${message ? ` (${message.replace(/\.$/, '')})` : ''}.`;
}

/**
 * Classifies an HTTP answer that was not a success. A refusal keeps the marketplace's own message
 * (the seller acts on it); other failures say whose answer it was (see answerText).
 */
export function classifyStatus(status: number, retryAfter: string | null, body: { message?: string; code?: string } | null, now: number, fromGateway = false): SendFailure {
  const message = body?.message ?? `The marketplace answered ${status}.`;
  if (status === 429 || (status === 503 && retryAfter)) {
    return { kind: 'throttled', status, retryAfterMs: parseRetryAfter(retryAfter, now), message: 'The marketplace asked the console to slow down.' };
  }
  if (status >= 400 && status < 500 && status !== 408) {
    return { kind: 'refused', status, code: body?.code ?? `HTTP_${status}`, message };
  }
  return { kind: 'unknown', status, code: body?.code ?? `HTTP_${status}`, message: answerText(status, body?.message, fromGateway) };
}
