// What a thread's deadline cell says at one instant, worked out from the countdown model of
// shared/working-time: pure (time is passed in), so the text and the scheduling can be tested alone.
import { countdown, getMarket, isWorkingDay, replyDueAt, type CountdownState } from '../../../../shared/working-time';

/** Why the working clock stands still: a weekend, a public holiday, both in one stretch, or outside business hours. */
export type StopReason = 'weekend' | 'holiday' | 'weekend-holiday' | 'hours';

/** The deadline fields of a cached thread the cell reads (a subset of ThreadRecord). */
export interface DeadlineInput {
  dueAt?: string;
  market: string;
  replyState: 'waiting' | 'answered' | 'no-reply-needed';
  dueProblem?: string;
  replyNeededSince?: string;
  dateUpdated: string;
}

/** The clock standing still now, why, and until when (the instant it runs again; null when never within the calendars). */
export interface ClockStop {
  reason: StopReason;
  until: string | null;
}

/**
 * What to show and when to look again:
 * - `activity`: no reply is due; the thread's last activity.
 * - `no-deadline`: the buyer waits but no deadline could be computed (`problem` says why).
 * - `uncounted`: a deadline exists but the working-time model refused it (unknown market, outside the calendars).
 * - `countdown`: the model's state and working time left (negative when overdue, in working time like the
 *   model), the clock's stop when it stands still, whether the minute text moves (`running`), and
 *   `wakeAt`, the instant (ms) the state next changes, when the cell must be worked out again.
 */
export type DeadlineView =
  | { kind: 'activity'; at: string }
  | { kind: 'no-deadline'; since?: string; problem?: string }
  | { kind: 'uncounted'; dueAt: string; timeZone?: string; problem: string }
  | {
      kind: 'countdown';
      state: CountdownState;
      dueAt: string;
      market: string;
      timeZone: string;
      workingMsLeft: number;
      stop: ClockStop | null;
      running: boolean;
      wakeAt: number | null;
    };

const DAY_MS = 86_400_000;

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one, and every row asks.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date (`YYYY-MM-DD`) of an instant in a zone (e.g. to tell whether a deadline falls today in its market). */
export function localDate(ms: number, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(ms);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a `YYYY-MM-DD` date. */
function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * Why the clock of `market` stands still from `fromMs` until `untilMs`: every local day of the stretch is
 * classed as a weekend (not one of the market's working weekdays), a public holiday (a working weekday the
 * calendar takes off) or a working day (then only business hours can stop it). The holiday data holds dates,
 * not names, so a holiday is not named.
 */
export function stopReason(market: string, fromMs: number, untilMs: number | null): StopReason {
  const { timeZone, workingWeekdays } = getMarket(market);
  let weekend = false;
  let holiday = false;
  const last = untilMs === null ? fromMs : Math.max(fromMs, untilMs - 1);
  // Step by whole days from the start; the last day is checked on its own (a DST day is 23 or 25 h long).
  const days = new Set<string>([localDate(last, timeZone)]);
  for (let t = fromMs; t <= last && days.size < 60; t += DAY_MS) days.add(localDate(t, timeZone));
  for (const date of days) {
    if (isWorkingDay(date, market)) continue;
    if (workingWeekdays.includes(isoWeekday(date))) holiday = true;
    else weekend = true;
  }
  if (weekend && holiday) return 'weekend-holiday';
  if (holiday) return 'holiday';
  if (weekend) return 'weekend';
  return 'hours';
}

/**
 * Whether the working clock of `market` runs at `nowIso` and, when it stands still, until when. Asks the
 * model itself: a countdown towards a deadline 24 working hours ahead (which the clock must reach by
 * running) is `clock-stopped` exactly when the clock stands still, and then changes when it restarts.
 */
export function clockAt(nowIso: string, market: string): { running: boolean; stop: ClockStop | null } {
  // Every overdue row of a market asks the same question at the same instant: answer it once.
  const key = `${market}|${nowIso}`;
  const known = clockCache.get(key);
  if (known) return known;
  const answer = probeClock(nowIso, market);
  if (clockCache.size > 64) clockCache.clear();
  clockCache.set(key, answer);
  return answer;
}

const clockCache = new Map<string, { running: boolean; stop: ClockStop | null }>();

function probeClock(nowIso: string, market: string): { running: boolean; stop: ClockStop | null } {
  const probe = countdown(replyDueAt(nowIso, market), nowIso, market, { dueSoonThresholdMs: 0 });
  if (probe.state !== 'clock-stopped') return { running: true, stop: null };
  const until = probe.nextChangeAt;
  const nowMs = Date.parse(nowIso);
  return { running: false, stop: { reason: stopReason(market, nowMs, until === null ? null : Date.parse(until)), until } };
}

/**
 * The deadline cell of a thread at `nowMs`. Never throws: a deadline the model refuses becomes `uncounted`
 * with the model's message, so one odd record cannot break the inbox.
 */
export function describeDeadline(input: DeadlineInput, nowMs: number): DeadlineView {
  if (input.replyState !== 'waiting') return { kind: 'activity', at: input.dateUpdated };
  if (!input.dueAt) return { kind: 'no-deadline', since: input.replyNeededSince, problem: input.dueProblem };
  const nowIso = new Date(nowMs).toISOString();
  let timeZone: string | undefined;
  try {
    timeZone = getMarket(input.market).timeZone;
    const model = countdown(input.dueAt, nowIso, input.market);
    // Overdue time is working time (as the model counts it): it grows only while the clock runs.
    const clock = model.state === 'clock-stopped' || model.state === 'overdue' ? clockAt(nowIso, input.market) : null;
    const running = clock ? clock.running : true;
    const stop = clock?.stop ?? null;
    let wakeAt = model.nextChangeAt === null ? null : Date.parse(model.nextChangeAt);
    if (model.state === 'overdue' && stop?.until) wakeAt = Date.parse(stop.until);
    return {
      kind: 'countdown',
      state: model.state,
      dueAt: input.dueAt,
      market: input.market,
      timeZone,
      workingMsLeft: model.workingMsLeft,
      stop,
      running,
      wakeAt,
    };
  } catch (error) {
    return { kind: 'uncounted', dueAt: input.dueAt, timeZone, problem: error instanceof Error ? error.message : String(error) };
  }
}
