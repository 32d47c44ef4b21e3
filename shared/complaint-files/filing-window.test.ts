import { describe, expect, it } from 'vitest';
import { ComplaintFileDateError, decisionDeadline, filingWindow } from './index';

describe('filingWindow', () => {
  it('ends 30 calendar days after receipt, the receipt day not counted, and is on time through that day', () => {
    expect(filingWindow('2026-11-01', '2026-12-01')).toEqual({ fileBy: '2026-12-01', onTime: true });
    expect(filingWindow('2026-11-01', '2026-12-02')).toEqual({ fileBy: '2026-12-01', onTime: false });
    expect(filingWindow('2026-11-01', '2026-11-01')).toEqual({ fileBy: '2026-12-01', onTime: true });
  });

  it('counts across a month end, a leap day and a year end in calendar days', () => {
    expect(filingWindow('2028-02-10', '2028-03-01').fileBy).toBe('2028-03-11');
    expect(filingWindow('2027-02-10', '2027-03-01').fileBy).toBe('2027-03-12');
    expect(filingWindow('2026-12-15', '2027-01-14')).toEqual({ fileBy: '2027-01-14', onTime: true });
  });

  it('is on time for a receipt date in the future (a clock or data error is not the seller’s lateness)', () => {
    expect(filingWindow('2026-12-20', '2026-12-01').onTime).toBe(true);
  });

  it('refuses dates that are not YYYY-MM-DD calendar days, naming the argument', () => {
    expect(() => filingWindow('2026-02-30', '2026-03-01')).toThrow(ComplaintFileDateError);
    expect(() => filingWindow('01.11.2026', '2026-12-01')).toThrow(/receivedOn/);
    expect(() => filingWindow('2026-11-01', '2026-12-01T10:00')).toThrow(/today/);
  });
});

describe('decisionDeadline', () => {
  it('is the 21st calendar day after filing', () => {
    expect(decisionDeadline('2026-11-28')).toBe('2026-12-19');
    expect(decisionDeadline('2026-12-20')).toBe('2027-01-10');
  });
});
