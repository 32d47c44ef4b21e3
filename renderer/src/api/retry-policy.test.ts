import { describe, expect, it } from 'vitest';
import { backoffDelay, retryDelay } from './retry-policy';

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with jitter below the ceiling', () => {
    expect(backoffDelay(1, () => 0.999, 1000, 60_000)).toBe(999);
    expect(backoffDelay(3, () => 0.5, 1000, 60_000)).toBe(2000);
    expect(backoffDelay(30, () => 0.999999, 1000, 60_000)).toBe(59_999);
    expect(backoffDelay(5, () => 0, 1000, 60_000)).toBe(0);
  });
});

describe('retryDelay', () => {
  it('waits the backoff, and never less than the Retry-After of a throttled answer', () => {
    const limits = { baseMs: 1000, capMs: 60_000 };
    expect(retryDelay({ kind: 'server' }, 3, () => 0.5, limits)).toBe(2000);
    expect(retryDelay({ kind: 'throttled', retryAfterMs: 7000 }, 3, () => 0.5, limits)).toBe(7000);
    expect(retryDelay({ kind: 'throttled', retryAfterMs: 500 }, 3, () => 0.5, limits)).toBe(2000);
    expect(retryDelay({ kind: 'throttled', retryAfterMs: null }, 1, () => 0.5, limits)).toBe(500);
  });
});
