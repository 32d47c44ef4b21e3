/**
 * Capped exponential backoff with full jitter: attempt 1 waits up to `baseMs`, each further attempt
 * doubles the ceiling up to `capMs`, and the wait is drawn uniformly below the ceiling so that many
 * clients recovering together do not retry in step. `random` returns [0, 1).
 */
export function backoffDelay(attempt: number, random: () => number, baseMs = 1000, capMs = 5 * 60 * 1000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
