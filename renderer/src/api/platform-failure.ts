import { TimeoutError } from 'ky';

/**
 * Why a platform call did not give the console what it asked for, as one value whatever the
 * operation. Every kind carries `message`, one sentence for the seller that says whose answer it
 * was, and `status` (null when no HTTP answer came):
 * - offline: the connection to the console's gateway or the marketplace failed (no answer);
 * - aborted: the console stopped the request itself (a closing window) before any answer;
 * - timeout: no answer within the client's timeout;
 * - refused: a 4xx other than 408/429: the marketplace (or the gateway) will not take the request
 *   as it is; `message` is the marketplace's own words, `code` its error code or `HTTP_<status>`;
 * - throttled: 429, or 503 with Retry-After: not taken; try again after `retryAfterMs` (null when
 *   the answer did not say);
 * - server: a 5xx or 408, from the marketplace or from the gateway (`fromGateway`: it could not
 *   reach the marketplace, or gave up waiting); the request may have been processed;
 * - unreadable: a 2xx whose body is not JSON (cut short), or JSON that does not match the
 *   operation's schema;
 * - invalid: the console could not make the request at all (a path parameter that is not an id).
 */
export type PlatformFailure =
  | { kind: 'offline'; status: null; code: 'NETWORK'; message: string }
  | { kind: 'aborted'; status: null; code: 'ABORTED'; message: string }
  | { kind: 'timeout'; status: null; code: 'TIMEOUT'; message: string }
  | { kind: 'refused'; status: number; code: string; message: string }
  | { kind: 'throttled'; status: number; code: 'THROTTLED'; retryAfterMs: number | null; message: string }
  | { kind: 'server'; status: number; code: string; message: string; fromGateway: boolean }
  | { kind: 'unreadable'; status: number; code: 'UNREADABLE'; message: string }
  | { kind: 'invalid'; status: null; code: 'INVALID_REQUEST'; message: string };

/** A failed HTTP answer as the client received it: status, the headers that matter, and the body's error fields. */
export interface FailedAnswer {
  status: number;
  /** The Retry-After header, if any. */
  retryAfter: string | null;
  /** True when the console's gateway made the answer itself (header `x-gateway-error`), not the marketplace. */
  fromGateway: boolean;
  /** The error body's `message` and `code` (Mirakl sends `{status, message}`; the gateway adds `code`). */
  message: string | null;
  code: string | null;
}

/**
 * The fixed sentences of the failures (kept in the outbox's and the sync cursors' records). The UI
 * shows them in the seller's language by recognising them (ui/failure-text.ts), so the records stay
 * as they are and older ones read the same.
 */
export const failureSentences = {
  slowDown: 'The marketplace asked the console to slow down.',
  timeout: 'The marketplace did not answer in time.',
  aborted: 'The request was stopped before the marketplace answered.',
  offline: 'The connection to the marketplace failed.',
  unreadable: 'The marketplace sent an answer the console could not read.',
} as const;

/**
 * The one classifier of HTTP answers that were not a success (see PlatformFailure for the kinds).
 * `nowMs` dates a Retry-After given as an HTTP date.
 */
export function classifyAnswer(answer: FailedAnswer, nowMs: number): PlatformFailure {
  const { status, retryAfter, message } = answer;
  if (status === 429 || (status === 503 && retryAfter)) {
    return {
      kind: 'throttled',
      status,
      code: 'THROTTLED',
      retryAfterMs: retryAfterMs(retryAfter, nowMs),
      message: failureSentences.slowDown,
    };
  }
  const code = answer.code ?? `HTTP_${status}`;
  if (status >= 400 && status < 500 && status !== 408)
    return { kind: 'refused', status, code, message: message ?? `The marketplace answered ${status}.` };
  return { kind: 'server', status, code, message: answerText(status, message, answer.fromGateway), fromGateway: answer.fromGateway };
}

/** Classifies what a request threw instead of answering: the client's timeout, an abort, or a broken connection. */
export function classifyError(error: unknown): PlatformFailure {
  if (error instanceof TimeoutError) return { kind: 'timeout', status: null, code: 'TIMEOUT', message: failureSentences.timeout };
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError') {
    return { kind: 'aborted', status: null, code: 'ABORTED', message: failureSentences.aborted };
  }
  return { kind: 'offline', status: null, code: 'NETWORK', message: failureSentences.offline };
}

/** A 2xx answer the console could not read: not JSON at all (cut short), or JSON that breaks the operation's schema. */
export function unreadableAnswer(status: number): PlatformFailure {
  return { kind: 'unreadable', status, code: 'UNREADABLE', message: failureSentences.unreadable };
}

/**
 * Says whose answer a failed status is, in a sentence: the console's gateway words its own errors
 * (it could not reach the marketplace, or it timed out), anything else is the marketplace's answer
 * with its status and message ("The marketplace answered 503 (Maintenance).").
 */
export function answerText(status: number, message: string | null | undefined, fromGateway: boolean): string {
  if (fromGateway && message) return message;
  return `The marketplace answered ${status}${message ? ` (${message.replace(/\.$/, '')})` : ''}.`;
}

/** Reads Retry-After (seconds or an HTTP date) as milliseconds from `nowMs`, or null when absent or unreadable. */
export function retryAfterMs(value: string | null, nowMs: number): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
