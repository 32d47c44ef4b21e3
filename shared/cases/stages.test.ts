import { describe, expect, it } from 'vitest';
import { checkReply } from '../reply-guard';
import { listMarketCodes } from '../working-time';
import {
  caseStages,
  englishFallbackFor,
  formatStageDate,
  marketDay,
  nextStages,
  stageMessage,
  validateShipping,
  type ShippingDetails,
} from './stages';

const shipping: ShippingDetails = { carrier: 'DPD', trackingNumber: '13894561230045', expectedDelivery: '2026-12-03' };
const trackingNumbers = ['13894561230045', '00340434161094042557', 'PL123456789', '1Z 999 AA1 0123 4567 84', 'RR123456789PL', '6201234567'];

describe('nextStages', () => {
  it('moves a case forward only, with repair and replacement as alternatives, and nothing after shipped', () => {
    expect(nextStages('return', undefined)).toEqual(caseStages);
    expect(nextStages('return', 'return-received')).toEqual(['repair-started', 'replacement-started', 'ready-to-ship', 'shipped']);
    expect(nextStages('incident', 'repair-started')).toEqual(['replacement-started', 'ready-to-ship', 'shipped']);
    expect(nextStages('phone-complaint', 'ready-to-ship')).toEqual(['shipped']);
    expect(nextStages('complaint-thread', 'shipped')).toEqual([]);
  });
});

describe('marketDay', () => {
  it("is the calendar day in the market's zone", () => {
    const lateUtc = Date.parse('2026-11-28T23:30:00Z');
    expect(marketDay(lateUtc, 'PL')).toBe('2026-11-29');
    expect(marketDay(lateUtc, 'PT')).toBe('2026-11-28');
    expect(marketDay(lateUtc, 'XX')).toBe('2026-11-28');
  });
});

describe('validateShipping', () => {
  it('accepts complete details and names each problem by field', () => {
    expect(validateShipping(shipping, '2026-11-28')).toEqual({});
    expect(validateShipping({ carrier: ' ', trackingNumber: '', expectedDelivery: '' }, '2026-11-28')).toEqual({
      carrier: 'required',
      trackingNumber: 'required',
      expectedDelivery: 'required',
    });
    expect(validateShipping({ carrier: 'dpd.com/track', trackingNumber: 'ABC', expectedDelivery: '2026-02-30' }, '2026-11-28')).toEqual({
      carrier: 'no-links',
      trackingNumber: 'tracking-format',
      expectedDelivery: 'not-a-date',
    });
    expect(validateShipping({ ...shipping, trackingNumber: 'NO-DIGITS' }, '2026-11-28').trackingNumber).toBe('tracking-format');
    expect(validateShipping({ ...shipping, expectedDelivery: '2026-11-27' }, '2026-11-28').expectedDelivery).toBe('in-the-past');
    expect(validateShipping({ ...shipping, expectedDelivery: '2027-03-01' }, '2026-11-28').expectedDelivery).toBe('too-far');
    expect(validateShipping({ ...shipping, carrier: 'x'.repeat(61) }, '2026-11-28').carrier).toBe('too-long');
  });
});

describe('stageMessage', () => {
  it('writes each market in its own language with the order, carrier, tracking number and a local date', () => {
    const pl = stageMessage({ stage: 'shipped', market: 'PL', orderLabel: 'PL0240001', shipping });
    expect(pl).toContain('Dzień dobry');
    expect(pl).toContain('zamówienia nr PL0240001');
    expect(pl).toContain('DPD');
    expect(pl).toContain('13894561230045');
    expect(pl).toContain('3 grudnia 2026');
    expect(stageMessage({ stage: 'shipped', market: 'LV', shipping })).toContain('2026. gada 3. decembr');
    expect(stageMessage({ stage: 'shipped', market: 'PT', shipping })).toContain('3 de dezembro de 2026');
    expect(stageMessage({ stage: 'shipped', market: 'HR', shipping })).toContain('3. prosinca 2026');
    expect(stageMessage({ stage: 'shipped', market: 'DE', shipping })).toContain('3. Dezember 2026');
    expect(stageMessage({ stage: 'return-received', market: 'PT', orderLabel: 'PT0240002' })).toMatch(
      /^Olá,\n\nRecebemos .*n\.º PT0240002/,
    );
    expect(stageMessage({ stage: 'repair-started', market: 'HR' })).toMatch(/narudžbe\. Javit/);
  });

  it('falls back to English only for a market without texts', () => {
    expect(listMarketCodes().filter(englishFallbackFor)).toEqual([]);
    expect(englishFallbackFor('XX')).toBe(true);
    expect(stageMessage({ stage: 'ready-to-ship', market: 'XX', orderLabel: 'A1' })).toContain('Hello,');
    expect(formatStageDate('2026-12-03', 'XX')).toBe('December 3, 2026');
  });

  it('refuses the shipped stage without its details', () => {
    expect(() => stageMessage({ stage: 'shipped', market: 'PL' })).toThrow();
  });

  it('differs between markets of different languages and never leaves a placeholder', () => {
    const texts = new Set<string>();
    for (const market of listMarketCodes()) {
      for (const stage of caseStages) {
        const text = stageMessage({ stage, market, orderLabel: 'PL0240001', shipping });
        expect(text).not.toMatch(/[{}]/);
        texts.add(text);
      }
    }
    // HR and BA share most words but not all sentences; every other language is its own.
    expect(texts.size).toBeGreaterThanOrEqual(listMarketCodes().length * caseStages.length - 5);
  });

  it('passes the reply guard with no blocking finding, in every market and stage, for usual tracking numbers', () => {
    for (const market of listMarketCodes()) {
      for (const stage of caseStages) {
        for (const trackingNumber of stage === 'shipped' ? trackingNumbers : [trackingNumbers[0]!]) {
          const text = stageMessage({ stage, market, orderLabel: `${market}0240017`, shipping: { ...shipping, trackingNumber } });
          const blocking = checkReply(text, { market }).filter((f) => f.severity === 'block');
          expect({ market, stage, trackingNumber, blocking }).toEqual({ market, stage, trackingNumber, blocking: [] });
        }
      }
    }
  });

  it('is in the market language as the guard reads it (no language warning) for the seeded markets', () => {
    for (const market of ['PL', 'LV', 'PT', 'HR']) {
      for (const stage of caseStages) {
        const text = stageMessage({ stage, market, orderLabel: `${market}0240017`, shipping });
        expect(checkReply(text, { market }).filter((f) => f.rule === 'language')).toEqual([]);
      }
    }
  });
});
