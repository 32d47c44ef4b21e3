// The countdown model: hand-worked states in Warsaw (CET, +01:00), then properties against the reference.
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { countdown, listMarketCodes, replyDueAt, type CountdownOptions } from './index';
import { referenceWorkingMsBetween } from './reference';

const H = 3_600_000;
// Due Monday 13 January 2025, 15:00 Warsaw (received Friday 10 January 15:00).
const DUE = '2025-01-13T14:00:00Z';

describe('countdown, by hand', () => {
  it('stands still on the weekend and restarts at Monday 00:00', () => {
    expect(countdown(DUE, '2025-01-11T09:00:00Z', 'PL')).toEqual({
      state: 'clock-stopped',
      workingMsLeft: 15 * H,
      nextChangeAt: '2025-01-12T23:00:00Z',
    });
  });

  it('is on track with 5 h left and turns due-soon when 4 h are left', () => {
    expect(countdown(DUE, '2025-01-13T09:00:00Z', 'PL')).toEqual({
      state: 'on-track',
      workingMsLeft: 5 * H,
      nextChangeAt: '2025-01-13T10:00:00Z',
    });
  });

  it('is due soon with 3 h left and turns overdue at the due instant', () => {
    expect(countdown(DUE, '2025-01-13T11:00:00Z', 'PL')).toEqual({ state: 'due-soon', workingMsLeft: 3 * H, nextChangeAt: DUE });
  });

  it('is overdue at and after the due instant, for good', () => {
    expect(countdown(DUE, DUE, 'PL')).toEqual({ state: 'overdue', workingMsLeft: 0, nextChangeAt: null });
    expect(countdown(DUE, '2025-01-13T16:00:00Z', 'PL')).toEqual({ state: 'overdue', workingMsLeft: -2 * H, nextChangeAt: null });
  });

  it('stops the clock at Friday 24:00 when a due-soon thread waits over the weekend', () => {
    // Due Monday 02:00 local; Friday 23:00 local leaves 1 h + 2 h.
    expect(countdown('2025-01-13T01:00:00Z', '2025-01-10T22:00:00Z', 'PL')).toEqual({
      state: 'due-soon',
      workingMsLeft: 3 * H,
      nextChangeAt: '2025-01-10T23:00:00Z',
    });
    expect(countdown('2025-01-13T01:00:00Z', '2025-01-10T23:00:00Z', 'PL').state).toBe('clock-stopped');
  });

  it('takes a configurable threshold', () => {
    expect(countdown(DUE, '2025-01-13T09:00:00Z', 'PL', { dueSoonThresholdMs: 6 * H }).state).toBe('due-soon');
  });

  it('stops outside business hours when the seller configured them', () => {
    const hours = { businessHours: { open: '08:00', close: '16:00' } };
    // Due Wed 15 January 15:00 local; Tuesday 17:00 local is after closing: 7 h left (Wed 08:00-15:00).
    expect(countdown('2025-01-15T14:00:00Z', '2025-01-14T16:00:00Z', 'PL', hours)).toEqual({
      state: 'clock-stopped',
      workingMsLeft: 7 * H,
      nextChangeAt: '2025-01-15T07:00:00Z',
    });
  });

  it('turns overdue during a weekend when a hand-set due instant falls in it', () => {
    expect(countdown('2025-01-11T09:00:00Z', '2025-01-11T08:00:00Z', 'PL')).toEqual({
      state: 'clock-stopped',
      workingMsLeft: 0,
      nextChangeAt: '2025-01-11T09:00:00Z',
    });
  });
});

describe('countdown properties', () => {
  const market = fc.constantFrom(...listMarketCodes());
  const received = fc.integer({ min: Date.UTC(2024, 0, 2), max: Date.UTC(2035, 10, 1) });
  const iso = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toString();
  const thresholds = fc.constantFrom<CountdownOptions>(
    {},
    { dueSoonThresholdMs: 0 },
    { dueSoonThresholdMs: 8 * H },
    { businessHours: { open: '08:00', close: '16:00' } },
  );

  it('reports the working time left as the reference counts it, and a state that holds until nextChangeAt and changes there', () => {
    fc.assert(
      fc.property(market, received, fc.integer({ min: 0, max: 6 * 24 * H }), thresholds, (m, r, after, options) => {
        const due = replyDueAt(iso(r), m, options);
        const dueMs = Temporal.Instant.from(due).epochMilliseconds;
        const nowMs = r + after;
        const now = iso(nowMs);
        const c = countdown(due, now, m, options);
        const hours = options.businessHours;
        const left = nowMs <= dueMs ? referenceWorkingMsBetween(now, due, m, hours) : 0 - referenceWorkingMsBetween(due, now, m, hours);
        expect(c.workingMsLeft).toBe(left);
        expect(c.state === 'overdue').toBe(nowMs >= dueMs);
        if (c.nextChangeAt === null) {
          expect(c.state).toBe('overdue');
          return;
        }
        const next = Temporal.Instant.from(c.nextChangeAt).epochMilliseconds;
        expect(next).toBeGreaterThan(nowMs);
        expect(countdown(due, iso(next - 1), m, options).state).toBe(c.state);
        expect(countdown(due, c.nextChangeAt, m, options).state).not.toBe(c.state);
      }),
      { numRuns: 400 },
    );
  });
});
