import { describe, expect, it } from 'vitest';
import { replyDueAt, workingClock, workingMsBetween, WorkingTimeError } from './index';

describe('workingClock', () => {
  it('answers as replyDueAt and workingMsBetween do, on milliseconds, across weekends, holidays and DST', () => {
    for (const market of ['PL', 'LV', 'PT', 'HR', 'DE']) {
      const clock = workingClock(market);
      for (let ms = Date.parse('2026-03-20T00:00:00Z'); ms < Date.parse('2026-04-10T00:00:00Z'); ms += 97 * 60_000) {
        const iso = new Date(ms).toISOString();
        expect(clock.replyDueMs(ms)).toBe(Date.parse(replyDueAt(iso, market)));
        const later = ms + 53 * 3_600_000;
        expect(clock.workingMsBetween(ms, later)).toBe(workingMsBetween(iso, new Date(later).toISOString(), market));
      }
    }
  });

  it('says which instants it covers and refuses the others and reversed spans', () => {
    const clock = workingClock('PL');
    expect(clock.covers(Date.parse('2019-06-01T00:00:00Z'))).toBe(false);
    expect(clock.covers(Date.parse('2026-06-01T00:00:00Z'))).toBe(true);
    expect(() => clock.replyDueMs(Date.parse('2019-06-01T00:00:00Z'))).toThrow(WorkingTimeError);
    expect(() => clock.workingMsBetween(2, 1)).toThrow(/before/);
  });
});
