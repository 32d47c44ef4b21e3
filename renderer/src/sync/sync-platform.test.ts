import { describe, expect, it } from 'vitest';
import { syncFailureOf } from './sync-platform';

describe('syncFailureOf', () => {
  it('says plainly when the shop key is refused, and keeps other refusals in the marketplace words', () => {
    for (const status of [401, 403]) {
      expect(syncFailureOf({ kind: 'refused', status, code: `HTTP_${status}`, message: 'Unauthorized' })).toEqual({
        kind: 'key',
        status,
        message: 'The marketplace refused the shop key. Reconnect the shop in Settings.',
      });
    }
    expect(syncFailureOf({ kind: 'refused', status: 400, code: 'HTTP_400', message: 'The page token expired.' })).toEqual({
      kind: 'refused',
      status: 400,
      message: 'The page token expired.',
    });
    expect(syncFailureOf({ kind: 'invalid', status: null, code: 'INVALID_REQUEST', message: 'x' })).toEqual({
      kind: 'refused',
      status: null,
      message: 'x',
    });
  });

  it('waits out a throttled read, and retries every other failure with backoff, in the words it came with', () => {
    expect(syncFailureOf({ kind: 'throttled', status: 429, code: 'THROTTLED', retryAfterMs: 120_000, message: 'slow down' })).toMatchObject(
      { kind: 'throttled', retryAfterMs: 120_000 },
    );
    expect(
      syncFailureOf({
        kind: 'server',
        status: 503,
        code: 'HTTP_503',
        message: 'The marketplace answered 503 (Service unavailable).',
        fromGateway: false,
      }),
    ).toEqual({
      kind: 'transient',
      status: 503,
      message: 'The marketplace answered 503 (Service unavailable).',
    });
    expect(
      syncFailureOf({ kind: 'timeout', status: null, code: 'TIMEOUT', message: 'The marketplace did not answer in time.' }),
    ).toMatchObject({ kind: 'transient', status: null });
    expect(syncFailureOf({ kind: 'unreadable', status: 200, code: 'UNREADABLE', message: 'x' })).toMatchObject({ kind: 'transient' });
  });
});
