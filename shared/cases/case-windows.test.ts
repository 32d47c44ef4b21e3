import { describe, expect, it } from 'vitest';
import { caseWindows, daysLeft, marketDay, windowBasis, windowState } from './case-windows';

describe('case windows', () => {
  it('gives a Polish case the statutory 14 days (moved off a weekend) and the platform 21 days', () => {
    // Opened Saturday 11 January 2025, 10:00 Warsaw: +14 = Saturday 25 January → Monday 27 January.
    const [answer, decision] = caseWindows('2025-01-11T09:00:00Z', 'PL');
    expect(answer).toMatchObject({ kind: 'sellerAnswer', startDay: '2025-01-11', endDay: '2025-01-27', basis: 'law', days: 14 });
    expect(answer?.source).toContain('7a');
    expect(decision).toMatchObject({ kind: 'platformDecision', endDay: '2025-02-01', basis: 'platform-rule', days: 21 });
  });

  it('says a market without an encoded law runs on the platform default', () => {
    for (const market of ['LV', 'PT', 'HR']) {
      const [answer, decision] = caseWindows('2025-03-03T12:00:00Z', market);
      expect(answer?.basis).toBe('platform-default');
      expect(answer?.endDay).toBe('2025-03-17');
      expect(decision?.basis).toBe('platform-rule');
    }
  });

  it('starts on the day in the market zone, not in UTC', () => {
    expect(marketDay('2025-01-10T23:30:00Z', 'PL')).toBe('2025-01-11');
    expect(marketDay('2025-01-10T23:30:00Z', 'PT')).toBe('2025-01-10');
  });

  it('answers no windows for an unknown market or an unreadable instant', () => {
    expect(caseWindows('2025-01-11T09:00:00Z', 'XX')).toEqual([]);
    expect(caseWindows('yesterday', 'PL')).toEqual([]);
  });

  it('reads a default policy as the platform default whatever its kind', () => {
    expect(windowBasis('sellerAnswer', { days: 14, unit: 'calendar-days', source: 'Platform default (x)' })).toBe('platform-default');
    expect(windowBasis('sellerAnswer', { days: 30, unit: 'calendar-days', source: 'CZ: law' })).toBe('law');
  });

  it('counts days left and the state they make', () => {
    expect(daysLeft('2025-01-27', '2025-01-20')).toBe(7);
    expect(daysLeft('2025-01-27', '2025-01-28')).toBe(-1);
    expect([10, 3, 1, 0, -1].map(windowState)).toEqual(['running', 'due-soon', 'due-soon', 'due-today', 'overdue']);
  });
});
