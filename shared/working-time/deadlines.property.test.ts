// Property tests: the fast path against the Temporal stepping oracle (reference.ts), and the invariants of
// the rule itself. Instants are drawn from 2024-01-02 to 2035-11-30, so every deadline stays covered.
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { listMarketCodes, replyDueAt, workingDaysBetween, workingMsBetween } from './index';
import { referenceReplyDueAt, referenceWorkingDaysBetween, referenceWorkingMsBetween } from './reference';

const DAY = 86_400_000;
const FIRST = Date.UTC(2024, 0, 2);
const LAST = Date.UTC(2035, 10, 30);
const market = fc.constantFrom(...listMarketCodes());
const instantMs = fc.integer({ min: FIRST, max: LAST });
const offset = fc.constantFrom('UTC', '+01:00', '+02:00', '+03:00', '-05:00', '+05:45', '+14:00', '-12:00');

// The instant as ISO text in some offset, as a client in any country might send it.
function iso(ms: number, zone: string): string {
  const instant = Temporal.Instant.fromEpochMilliseconds(ms);
  return zone === 'UTC' ? instant.toString() : instant.toString({ timeZone: zone });
}

const ms = (text: string): number => Temporal.Instant.from(text).epochMilliseconds;

describe('replyDueAt properties', () => {
  it('agrees with the Temporal stepping reference', () => {
    fc.assert(
      fc.property(market, instantMs, offset, (m, t, z) => {
        expect(replyDueAt(iso(t, z), m)).toBe(referenceReplyDueAt(iso(t, z), m));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the reference under business hours', () => {
    const hours = fc.constantFrom({ open: '08:00', close: '16:00' }, { open: '09:30', close: '17:45' }, { open: '00:00', close: '23:59' });
    fc.assert(
      fc.property(market, instantMs, hours, (m, t, h) => {
        expect(replyDueAt(iso(t, 'UTC'), m, { businessHours: h })).toBe(referenceReplyDueAt(iso(t, 'UTC'), m, h));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves exactly 24 h of working time between received and due (counted by the reference)', () => {
    fc.assert(
      fc.property(market, instantMs, offset, (m, t, z) => {
        const received = iso(t, z);
        const due = replyDueAt(received, m);
        expect(referenceWorkingMsBetween(received, due, m)).toBe(24 * 3_600_000);
        expect(workingMsBetween(received, due, m)).toBe(24 * 3_600_000);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotonic in received: a later message is never due earlier', () => {
    fc.assert(
      fc.property(market, instantMs, fc.integer({ min: 0, max: 10 * DAY }), (m, t, gap) => {
        const early = replyDueAt(iso(t, 'UTC'), m);
        const late = replyDueAt(iso(Math.min(t + gap, LAST), 'UTC'), m);
        expect(ms(late)).toBeGreaterThanOrEqual(ms(early));
      }),
      { numRuns: 1000 },
    );
  });

  it('never answers earlier than 24 h of elapsed time, and the due instant is inside or at the end of working time', () => {
    fc.assert(
      fc.property(market, instantMs, (m, t) => {
        const due = ms(replyDueAt(iso(t, 'UTC'), m));
        expect(due - t).toBeGreaterThanOrEqual(24 * 3_600_000);
        // Just before the due instant the clock was running: the last working millisecond is spent.
        expect(workingMsBetween(iso(due - 1, 'UTC'), iso(due, 'UTC'), m)).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('workingDaysBetween properties', () => {
  it('agrees with counting day by day', () => {
    const day = fc.integer({ min: 0, max: 4300 });
    fc.assert(
      fc.property(market, day, fc.integer({ min: 0, max: 60 }), (m, start, span) => {
        const first = Temporal.PlainDate.from('2024-01-01').add({ days: start });
        const last = first.add({ days: span });
        if (last.year > 2035) return;
        expect(workingDaysBetween(first.toString(), last.toString(), m)).toBe(
          referenceWorkingDaysBetween(first.toString(), last.toString(), m),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('is additive: [a, b] + [b+1, c] = [a, c]', () => {
    fc.assert(
      fc.property(
        market,
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (m, s, x, y) => {
          const a = Temporal.PlainDate.from('2024-01-01').add({ days: s });
          const b = a.add({ days: x });
          const c = b.add({ days: y });
          if (c.year > 2035) return;
          const whole = workingDaysBetween(a.toString(), c.toString(), m);
          expect(
            workingDaysBetween(a.toString(), b.toString(), m) + workingDaysBetween(b.add({ days: 1 }).toString(), c.toString(), m),
          ).toBe(whole);
        },
      ),
      { numRuns: 500 },
    );
  });
});
