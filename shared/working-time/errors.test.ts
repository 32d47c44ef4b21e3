// Every error code at least once, through the public API, with a message that names the problem.
import { describe, expect, it } from 'vitest';
import {
  absenceNotice,
  countdown,
  getMarket,
  replyDueAt,
  windowEnd,
  workingDaysBetween,
  workingMsBetween,
  WorkingTimeError,
} from './index';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkingTimeError);
    expect((error as Error).message.length).toBeGreaterThan(10);
    return (error as WorkingTimeError).code;
  }
  throw new Error('expected a WorkingTimeError');
}

describe('WorkingTimeError', () => {
  it('UNKNOWN_MARKET for an unknown code, including prototype names', () => {
    expect(codeOf(() => replyDueAt('2025-01-10T15:00:00Z', 'XX'))).toBe('UNKNOWN_MARKET');
    expect(codeOf(() => getMarket('toString'))).toBe('UNKNOWN_MARKET');
    expect(getMarket('pl').code).toBe('PL');
  });

  it('MALFORMED_DATE for an instant without offset, an impossible date, a sloppy day', () => {
    expect(codeOf(() => replyDueAt('2025-01-10T15:00:00', 'PL'))).toBe('MALFORMED_DATE');
    expect(codeOf(() => replyDueAt('2025-02-30T15:00:00Z', 'PL'))).toBe('MALFORMED_DATE');
    expect(codeOf(() => workingDaysBetween('2025-1-1', '2025-01-10', 'PL'))).toBe('MALFORMED_DATE');
    expect(codeOf(() => absenceNotice('2025-07-07', '2025-07-14', 'PL', 'yesterday'))).toBe('MALFORMED_DATE');
  });

  it('END_BEFORE_START for reversed ranges', () => {
    expect(codeOf(() => workingDaysBetween('2025-01-10', '2025-01-09', 'PL'))).toBe('END_BEFORE_START');
    expect(codeOf(() => workingMsBetween('2025-01-10T00:00:00Z', '2025-01-09T00:00:00Z', 'PL'))).toBe('END_BEFORE_START');
  });

  it('OUT_OF_RANGE outside 2024-2035, also when only the deadline leaves the data', () => {
    expect(codeOf(() => replyDueAt('2023-12-29T12:00:00+01:00', 'PL'))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => workingDaysBetween('2035-12-20', '2036-01-05', 'DE'))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => countdown('2036-01-02T00:00:00Z', '2035-12-31T00:00:00Z', 'CZ'))).toBe('OUT_OF_RANGE');
    // Monday 31 December 2035 from 00:00 ends exactly at the last covered midnight; from 01:00 it does not.
    expect(replyDueAt('2035-12-31T00:00:00+01:00', 'PL')).toBe('2035-12-31T23:00:00Z');
    expect(codeOf(() => replyDueAt('2035-12-31T01:00:00+01:00', 'PL'))).toBe('OUT_OF_RANGE');
  });

  it('INVALID_OPTION for bad business hours, thresholds or window policies', () => {
    expect(codeOf(() => replyDueAt('2025-01-10T15:00:00Z', 'PL', { businessHours: { open: '16:00', close: '08:00' } }))).toBe(
      'INVALID_OPTION',
    );
    expect(codeOf(() => countdown('2025-01-13T14:00:00Z', '2025-01-13T09:00:00Z', 'PL', { dueSoonThresholdMs: -1 }))).toBe(
      'INVALID_OPTION',
    );
    expect(codeOf(() => windowEnd('2025-01-10', { days: 1.5, unit: 'calendar-days', source: 'x' }, 'PL'))).toBe('INVALID_OPTION');
  });
});
