// The hand-written ISO reader and printer must agree with Temporal, which defines the accepted inputs.
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { WorkingTimeError } from './errors';
import { civilFromEpochDay, epochDayFromCivil, formatInstantMs, formatPlainDate, parseInstantMs, parsePlainDate } from './iso';

const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) });
const offset = fc.constantFrom('+00:00', '+01:00', '-03:30', '+05:45', '+14:00', '-12:00');

describe('parseInstantMs', () => {
  it('reads what Temporal reads, in any offset and with any fraction length', () => {
    fc.assert(
      fc.property(instant, offset, fc.integer({ min: 0, max: 9 }), (ms, off, digits) => {
        const text = Temporal.Instant.fromEpochMilliseconds(ms).toString({ timeZone: off, fractionalSecondDigits: digits as 0 });
        expect(parseInstantMs(text, 'x')).toBe(Temporal.Instant.from(text).epochMilliseconds);
      }),
      { numRuns: 2000 },
    );
  });

  it('falls back to Temporal for other valid shapes', () => {
    expect(parseInstantMs('2025-01-10t15:00+01:00', 'x')).toBe(Date.UTC(2025, 0, 10, 14));
    expect(parseInstantMs('2025-01-10T15:00:00+0100', 'x')).toBe(Date.UTC(2025, 0, 10, 14));
    expect(parseInstantMs('2025-01-10T14:00:00z', 'x')).toBe(Date.UTC(2025, 0, 10, 14));
  });

  it.each(['2025-01-10T15:00:00', '2025-02-30T10:00:00Z', '2025-01-10T25:00:00Z', '10/01/2025 15:00', '', 'nonsense'])(
    'refuses %j with MALFORMED_DATE',
    (text) => {
      expect(() => parseInstantMs(text, 'receivedAt')).toThrowError(expect.objectContaining({ code: 'MALFORMED_DATE' }) as Error);
    },
  );
});

describe('formatInstantMs', () => {
  it('prints exactly what Temporal.Instant#toString prints', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        expect(formatInstantMs(ms)).toBe(Temporal.Instant.fromEpochMilliseconds(ms).toString());
      }),
      { numRuns: 2000 },
    );
    expect(formatInstantMs(Date.UTC(2025, 0, 13, 14, 0, 0, 500))).toBe('2025-01-13T14:00:00.5Z');
  });
});

describe('plain dates', () => {
  it('round-trips epoch days and agrees with Temporal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 50_000 }), (day) => {
        const [y, m, d] = civilFromEpochDay(day);
        expect(epochDayFromCivil(y, m, d)).toBe(day);
        expect(formatPlainDate(day)).toBe(Temporal.PlainDate.from('1970-01-01').add({ days: day }).toString());
      }),
    );
  });

  it.each(['2025-1-01', '2025-02-29', '2024-13-01', '20250101', '2025-01-01T00:00'])('refuses %j', (text) => {
    expect(() => parsePlainDate(text, 'day')).toThrow(WorkingTimeError);
  });

  it('accepts a leap day', () => {
    expect(formatPlainDate(parsePlainDate('2024-02-29', 'day'))).toBe('2024-02-29');
  });
});
