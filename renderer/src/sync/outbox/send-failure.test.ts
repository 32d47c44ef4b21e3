import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';
import { classifyReadStatus } from '../sync-platform';
import { answerText, classifyStatus, parseRetryAfter } from './send-failure';

const now = Date.parse('2026-11-23T10:00:00Z');

describe('classifyStatus', () => {
  it('parks what the marketplace refused', () => {
    expect(classifyStatus(400, null, { message: 'Body too long' }, now)).toEqual({ kind: 'refused', status: 400, code: 'HTTP_400', message: 'Body too long' });
    expect(classifyStatus(403, null, { code: 'OPERATION_NOT_ALLOWED', message: 'x' }, now).kind).toBe('refused');
  });
  it('retries a throttled request after Retry-After', () => {
    expect(classifyStatus(429, '7', null, now)).toMatchObject({ kind: 'throttled', retryAfterMs: 7000 });
    expect(classifyStatus(503, '2', null, now)).toMatchObject({ kind: 'throttled', retryAfterMs: 2000 });
  });
  it('treats 5xx, 408 and gateway timeouts as outcome unknown', () => {
    for (const status of [408, 500, 502, 503, 504]) expect(classifyStatus(status, null, null, now).kind).toBe('unknown');
  });
});

describe('whose answer a failure was', () => {
  it('says a 5xx is the marketplace\'s answer, with its message, in the outbox and in sync', () => {
    expect(classifyStatus(503, null, { message: 'Service unavailable.' }, now).message).toBe('The marketplace answered 503 (Service unavailable).');
    expect(classifyReadStatus(503, null, 'Service unavailable', now).message).toBe('The marketplace answered 503 (Service unavailable).');
    expect(classifyReadStatus(500, null, null, now).message).toBe('The marketplace answered 500.');
  });
  it('keeps the gateway\'s own words for what it could not reach', () => {
    const unreachable = 'The marketplace could not be reached (ECONNRESET).';
    expect(answerText(502, unreachable, true)).toBe(unreachable);
    expect(classifyStatus(502, null, { message: unreachable, code: 'UPSTREAM_UNREACHABLE' }, now, true).message).toBe(unreachable);
    expect(classifyReadStatus(504, null, 'The marketplace did not answer within 30 s.', now, true).message).toBe('The marketplace did not answer within 30 s.');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with jitter below the ceiling', () => {
    expect(backoffDelay(1, () => 0.999, 1000, 60_000)).toBe(999);
    expect(backoffDelay(3, () => 0.5, 1000, 60_000)).toBe(2000);
    expect(backoffDelay(30, () => 0.999999, 1000, 60_000)).toBe(59_999);
    expect(backoffDelay(5, () => 0, 1000, 60_000)).toBe(0);
  });
});
