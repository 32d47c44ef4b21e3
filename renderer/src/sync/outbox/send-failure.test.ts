import { describe, expect, it } from 'vitest';
import type { PlatformFailure } from '../../api/platform-failure';
import { sendFailureOf } from './send-failure';

describe('sendFailureOf', () => {
  it('parks what the marketplace refused, and a request the console could not make', () => {
    expect(sendFailureOf({ kind: 'refused', status: 400, code: 'HTTP_400', message: 'Body too long' })).toEqual({
      kind: 'refused',
      status: 400,
      code: 'HTTP_400',
      message: 'Body too long',
    });
    expect(sendFailureOf({ kind: 'refused', status: 403, code: 'OPERATION_NOT_ALLOWED', message: 'x' }).kind).toBe('refused');
    expect(sendFailureOf({ kind: 'invalid', status: null, code: 'INVALID_REQUEST', message: 'x' })).toMatchObject({
      kind: 'refused',
      status: null,
    });
  });

  it('retries a throttled request after Retry-After', () => {
    expect(sendFailureOf({ kind: 'throttled', status: 429, code: 'THROTTLED', retryAfterMs: 7000, message: 'slow down' })).toEqual({
      kind: 'throttled',
      status: 429,
      retryAfterMs: 7000,
      message: 'slow down',
    });
  });

  it('treats every failure that may have reached the marketplace as outcome unknown, with its code', () => {
    const failures: PlatformFailure[] = [
      { kind: 'server', status: 504, code: 'UPSTREAM_TIMEOUT', message: 'The marketplace did not answer within 30 s.', fromGateway: true },
      { kind: 'timeout', status: null, code: 'TIMEOUT', message: 'The marketplace did not answer in time.' },
      { kind: 'offline', status: null, code: 'NETWORK', message: 'The connection to the marketplace failed.' },
      { kind: 'aborted', status: null, code: 'ABORTED', message: 'The request was stopped before the marketplace answered.' },
      { kind: 'unreadable', status: 200, code: 'UNREADABLE', message: 'The marketplace sent an answer the console could not read.' },
    ];
    for (const failure of failures)
      expect(sendFailureOf(failure)).toEqual({ kind: 'unknown', status: failure.status, code: failure.code, message: failure.message });
  });
});
