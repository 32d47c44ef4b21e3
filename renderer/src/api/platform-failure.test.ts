import { TimeoutError } from 'ky';
import { describe, expect, it } from 'vitest';
import { answerText, classifyAnswer, classifyError, retryAfterMs, unreadableAnswer, type FailedAnswer } from './platform-failure';

const now = Date.parse('2026-11-23T10:00:00Z');
const answer = (status: number, change: Partial<FailedAnswer> = {}): FailedAnswer => ({
  status,
  retryAfter: null,
  fromGateway: false,
  message: null,
  code: null,
  ...change,
});

describe('classifyAnswer', () => {
  it('says the marketplace refused a 4xx, in its own words and code', () => {
    expect(classifyAnswer(answer(400, { message: 'Body too long' }), now)).toEqual({
      kind: 'refused',
      status: 400,
      code: 'HTTP_400',
      message: 'Body too long',
    });
    expect(classifyAnswer(answer(403, { code: 'OPERATION_NOT_ALLOWED', message: 'x' }), now)).toMatchObject({
      kind: 'refused',
      code: 'OPERATION_NOT_ALLOWED',
    });
    expect(classifyAnswer(answer(404), now).message).toBe('The marketplace answered 404.');
  });

  it('says when to try a throttled request again (429, or 503 with Retry-After)', () => {
    expect(classifyAnswer(answer(429, { retryAfter: '7' }), now)).toMatchObject({
      kind: 'throttled',
      retryAfterMs: 7000,
      message: 'The marketplace asked the console to slow down.',
    });
    expect(classifyAnswer(answer(503, { retryAfter: '2' }), now)).toMatchObject({ kind: 'throttled', retryAfterMs: 2000 });
    expect(classifyAnswer(answer(429), now)).toMatchObject({ kind: 'throttled', retryAfterMs: null });
  });

  it('treats 5xx, 408 and the gateway giving up as server failures', () => {
    for (const status of [408, 500, 502, 503, 504]) expect(classifyAnswer(answer(status), now).kind).toBe('server');
  });

  it("says a 5xx is the marketplace's answer, with its message", () => {
    expect(classifyAnswer(answer(503, { message: 'Service unavailable.' }), now).message).toBe(
      'The marketplace answered 503 (Service unavailable).',
    );
    expect(classifyAnswer(answer(500), now).message).toBe('The marketplace answered 500.');
  });

  it("keeps the gateway's own words for what it could not reach", () => {
    const unreachable = 'The marketplace could not be reached (ECONNRESET).';
    expect(answerText(502, unreachable, true)).toBe(unreachable);
    expect(classifyAnswer(answer(502, { message: unreachable, code: 'UPSTREAM_UNREACHABLE', fromGateway: true }), now)).toMatchObject({
      kind: 'server',
      code: 'UPSTREAM_UNREACHABLE',
      message: unreachable,
      fromGateway: true,
    });
    expect(classifyAnswer(answer(504, { message: 'The marketplace did not answer within 30 s.', fromGateway: true }), now).message).toBe(
      'The marketplace did not answer within 30 s.',
    );
  });
});

describe('classifyError', () => {
  it('tells a timeout, an abort and a broken connection apart', () => {
    const timeout = new TimeoutError(new Request('http://console.test/'));
    expect(classifyError(timeout)).toEqual({
      kind: 'timeout',
      status: null,
      code: 'TIMEOUT',
      message: 'The marketplace did not answer in time.',
    });
    expect(classifyError(new DOMException('stopped', 'AbortError'))).toMatchObject({ kind: 'aborted', code: 'ABORTED' });
    expect(classifyError(new TypeError('fetch failed'))).toEqual({
      kind: 'offline',
      status: null,
      code: 'NETWORK',
      message: 'The connection to the marketplace failed.',
    });
  });
});

describe('unreadableAnswer', () => {
  it('says the answer came but could not be read', () => {
    expect(unreadableAnswer(200)).toEqual({
      kind: 'unreadable',
      status: 200,
      code: 'UNREADABLE',
      message: 'The marketplace sent an answer the console could not read.',
    });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
