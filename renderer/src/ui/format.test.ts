import { describe, expect, it } from 'vitest';
import { formatDateTime, formatShortTime, formatSize } from './format';

describe('format', () => {
  it('leaves an unreadable instant as it is', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatShortTime('not a date', new Date())).toBe('not a date');
  });

  it('writes an instant of the same day as a time, another with its date', () => {
    const today = new Date(2026, 10, 23, 15, 0);
    const sameDay = new Date(2026, 10, 23, 9, 30).toISOString();
    const dayBefore = new Date(2026, 10, 22, 9, 30).toISOString();
    expect(formatShortTime(sameDay, today)).not.toBe(formatDateTime(sameDay));
    expect(formatShortTime(dayBefore, today)).toBe(formatDateTime(dayBefore));
  });

  it('writes sizes in B, KB and MB', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(12 * 1024)).toBe('12 KB');
    expect(formatSize(1.4 * 1024 * 1024)).toBe('1.4 MB');
  });
});
