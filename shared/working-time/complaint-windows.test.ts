import { describe, expect, it } from 'vitest';
import { complaintPolicies, complaintWindowEnd, listMarketCodes, windowEnd } from './index';

describe('complaint windows', () => {
  it('gives PL sellers 14 calendar days', () => {
    expect(complaintWindowEnd('2025-01-10', 'PL', 'sellerAnswer')).toBe('2025-01-24');
  });

  it('moves a PL deadline off a holiday or a weekend (KC art. 115)', () => {
    // 7 April + 14 = Easter Monday 21 April 2025 -> Tuesday 22 April.
    expect(complaintWindowEnd('2025-04-07', 'PL', 'sellerAnswer')).toBe('2025-04-22');
    // 11 January + 14 = Saturday 25 January -> Monday 27 January.
    expect(complaintWindowEnd('2025-01-11', 'PL', 'sellerAnswer')).toBe('2025-01-27');
  });

  it('counts the platform windows in calendar days without moving them', () => {
    expect(complaintWindowEnd('2025-01-31', 'DE', 'complaintFiling')).toBe('2025-03-02');
    expect(complaintWindowEnd('2025-12-20', 'LT', 'platformDecision')).toBe('2026-01-10');
    expect(complaintWindowEnd('2025-06-01', 'CZ', 'sellerAnswer')).toBe('2025-07-01');
  });

  it('counts working-day policies in the market calendar', () => {
    expect(windowEnd('2025-12-19', { days: 5, unit: 'working-days', source: 'test' }, 'PL')).toBe('2025-12-31');
    expect(windowEnd('2025-12-19', { days: 5, unit: 'working-days', source: 'test' }, 'DE')).toBe('2025-12-30');
  });

  it('has every window for every market, each with a source', () => {
    for (const code of listMarketCodes()) {
      for (const kind of ['sellerAnswer', 'platformDecision', 'complaintFiling'] as const) {
        expect(complaintPolicies[code]?.[kind]?.source.length).toBeGreaterThan(3);
      }
    }
  });
});
