/** The first ceiling and the cap of the backoff (see backoffDelay). */
export interface BackoffLimits {
  baseMs: number;
  capMs: number;
}

/** The outbox's limits: a first retry within a second, never more than five minutes apart. */
export const defaultBackoff: BackoffLimits = { baseMs: 1000, capMs: 5 * 60 * 1000 };

/**
 * Capped exponential backoff with full jitter: attempt 1 waits up to `baseMs`, each further attempt
 * doubles the ceiling up to `capMs`, and the wait is drawn uniformly below the ceiling so that many
 * clients recovering together do not retry in step. `random` returns [0, 1).
 */
export function backoffDelay(attempt: number, random: () => number, baseMs = defaultBackoff.baseMs, capMs = defaultBackoff.capMs): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * The one retry policy of every platform call: how long to wait before trying again after the
 * `attempt`-th failure in a row. Never sooner than the backoff, and never sooner than the
 * marketplace's Retry-After when it throttled the console (`failure` is a PlatformFailure, or a
 * failure the sync engine or the outbox derived from one: only `throttled` carries Retry-After).
 */
export function retryDelay(
  failure: { kind: string; retryAfterMs?: number | null },
  attempt: number,
  random: () => number,
  limits: BackoffLimits = defaultBackoff,
): number {
  const backoff = backoffDelay(attempt, random, limits.baseMs, limits.capMs);
  return failure.kind === 'throttled' ? Math.max(backoff, failure.retryAfterMs ?? 0) : backoff;
}
