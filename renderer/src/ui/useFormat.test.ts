import { describe, expect, it } from 'vitest';
import { formatFor } from './useFormat';

describe('formatFor', () => {
  it('writes dates in the given language', () => {
    const iso = new Date(2026, 10, 23, 9, 30).toISOString();
    expect(formatFor('pl').formatDateTime(iso)).toContain('lis');
    expect(formatFor('en').formatDateTime(iso)).toContain('Nov');
    expect(formatFor('pt').formatDateTime(iso)).toContain('nov');
  });

  it('leaves an unreadable instant as it is, and shortens an instant of the same day to its time', () => {
    const format = formatFor('hr');
    expect(format.formatDateTime('not a date')).toBe('not a date');
    expect(format.formatShortTime('not a date', new Date())).toBe('not a date');
    const today = new Date(2026, 10, 23, 15, 0);
    const sameDay = new Date(2026, 10, 23, 9, 30).toISOString();
    const dayBefore = new Date(2026, 10, 22, 9, 30).toISOString();
    expect(format.formatShortTime(sameDay, today)).not.toBe(format.formatDateTime(sameDay));
    expect(format.formatShortTime(dayBefore, today)).toBe(format.formatDateTime(dayBefore));
  });

  it("writes sizes with the language's decimal separator", () => {
    expect(formatFor('en').formatSize(512)).toBe('512 B');
    expect(formatFor('en').formatSize(1.4 * 1024 * 1024)).toBe('1.4 MB');
    expect(formatFor('pl').formatSize(1.4 * 1024 * 1024)).toBe('1,4 MB');
    expect(formatFor('lv').formatSize(12 * 1024)).toBe('12 KB');
  });

  it('writes a calendar day in the language, the same day in any time zone, and leaves a malformed one', () => {
    expect(formatFor('en').formatDay('2026-12-19')).toBe('Dec 19, 2026');
    expect(formatFor('pl').formatDay('2026-12-19')).toBe('19 gru 2026');
    expect(formatFor('en').formatDay('19.12.2026')).toBe('19.12.2026');
  });
});
