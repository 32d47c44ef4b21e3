import { describe, expect, it } from 'vitest';
import { countdown, replyDueAt } from '../../../../shared/working-time';
import { clockAt, describeDeadline, stopReason } from './deadline-model';

const waiting = { market: 'PL', replyState: 'waiting' as const, dateUpdated: '2026-11-27T10:00:00Z' };
const at = (iso: string) => Date.parse(iso);

describe('describeDeadline', () => {
  it('shows the last activity of a thread not waiting for a reply', () => {
    expect(describeDeadline({ ...waiting, replyState: 'answered', dueAt: '2026-11-30T09:00:00Z' }, at('2026-11-28T12:00:00Z'))).toEqual({
      kind: 'activity',
      at: '2026-11-27T10:00:00Z',
    });
  });

  it('says why a waiting thread has no deadline', () => {
    const view = describeDeadline({ ...waiting, dueProblem: 'outside the calendars', replyNeededSince: '2036-01-02T10:00:00Z' }, 0);
    expect(view).toEqual({ kind: 'no-deadline', since: '2036-01-02T10:00:00Z', problem: 'outside the calendars' });
  });

  it('counts down while the clock runs, minute by minute, and wakes at the model’s next change', () => {
    // Thursday 26 Nov 2026, 10:00 Warsaw; due Friday 27 Nov 09:14 Warsaw.
    const view = describeDeadline({ ...waiting, dueAt: '2026-11-27T08:14:00Z' }, at('2026-11-26T09:00:00Z'));
    const model = countdown('2026-11-27T08:14:00Z', '2026-11-26T09:00:00Z', 'PL');
    expect(view).toMatchObject({ kind: 'countdown', state: 'on-track', running: true, stop: null, timeZone: 'Europe/Warsaw' });
    expect(view.kind === 'countdown' && view.workingMsLeft).toBe(model.workingMsLeft);
    expect(view.kind === 'countdown' && view.wakeAt).toBe(at(model.nextChangeAt as string));
  });

  it('stops on the weekend until Monday 00:00 market time, without a minute tick', () => {
    const view = describeDeadline({ ...waiting, dueAt: '2026-11-30T08:14:00Z' }, at('2026-11-28T12:00:00Z'));
    expect(view).toMatchObject({
      kind: 'countdown',
      state: 'clock-stopped',
      running: false,
      stop: { reason: 'weekend', until: '2026-11-29T23:00:00Z' },
      wakeAt: at('2026-11-29T23:00:00Z'),
      workingMsLeft: (9 * 60 + 14) * 60_000,
    });
  });

  it('names a public holiday (PT, 1 December 2026) as the reason, and a holiday next to a weekend as both', () => {
    const holiday = describeDeadline({ ...waiting, market: 'PT', dueAt: '2026-12-02T10:00:00Z' }, at('2026-12-01T12:00:00Z'));
    expect(holiday).toMatchObject({ state: 'clock-stopped', stop: { reason: 'holiday', until: '2026-12-02T00:00:00Z' } });
    // PL: Thursday 24 December 2026 to Saturday 26 December are days off, then the weekend: both.
    const both = describeDeadline({ ...waiting, dueAt: '2026-12-29T10:00:00Z' }, at('2026-12-24T12:00:00Z'));
    expect(both).toMatchObject({ state: 'clock-stopped', stop: { reason: 'weekend-holiday', until: '2026-12-27T23:00:00Z' } });
  });

  it('counts overdue time as working time: it stands still over the weekend and wakes when the clock restarts', () => {
    // Due Friday 27 Nov 09:14 Warsaw; on Saturday noon 14 h 46 min of working time have passed since.
    const view = describeDeadline({ ...waiting, dueAt: '2026-11-27T08:14:00Z' }, at('2026-11-28T11:00:00Z'));
    expect(view).toMatchObject({ state: 'overdue', running: false, stop: { reason: 'weekend' }, wakeAt: at('2026-11-29T23:00:00Z') });
    expect(view.kind === 'countdown' && view.workingMsLeft).toBe(-(14 * 60 + 46) * 60_000);
    const monday = describeDeadline({ ...waiting, dueAt: '2026-11-27T08:14:00Z' }, at('2026-11-30T09:00:00Z'));
    expect(monday).toMatchObject({ state: 'overdue', running: true, stop: null });
  });

  it('keeps the inbox alive when the model refuses a deadline', () => {
    const view = describeDeadline({ ...waiting, market: 'XX', dueAt: '2026-11-27T08:14:00Z' }, at('2026-11-28T11:00:00Z'));
    expect(view).toMatchObject({ kind: 'uncounted', dueAt: '2026-11-27T08:14:00Z' });
    expect(view.kind === 'uncounted' && view.problem).toMatch(/Unknown market/);
  });
});

describe('clockAt and stopReason', () => {
  it('agrees with the model on whether the clock runs', () => {
    expect(clockAt('2026-11-26T09:00:00Z', 'LV').running).toBe(true);
    expect(clockAt('2026-11-18T09:00:00Z', 'LV')).toEqual({ running: false, stop: { reason: 'holiday', until: '2026-11-18T22:00:00Z' } });
    const probe = countdown(replyDueAt('2026-11-28T09:00:00Z', 'HR'), '2026-11-28T09:00:00Z', 'HR');
    expect(clockAt('2026-11-28T09:00:00Z', 'HR').stop?.until).toBe(probe.nextChangeAt);
  });

  it('says "outside business hours" when the day is a working day', () => {
    expect(stopReason('PL', at('2026-11-26T09:00:00Z'), at('2026-11-26T10:00:00Z'))).toBe('hours');
  });
});
