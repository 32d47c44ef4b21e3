import { createContext, useContext, useEffect, useMemo, useReducer, type ReactNode } from 'react';
import { createCountdownScheduler, type CountdownScheduler } from './countdown-scheduler';
import { describeDeadline, type DeadlineInput, type DeadlineView } from './deadline-model';

interface CountdownClockValue {
  /** The app's one clock, read when a countdown renders. */
  clock: () => Date;
  scheduler: CountdownScheduler;
  /** The seller's own IANA zone (the due instant is also shown in it where it differs from the market's). */
  sellerTimeZone: string;
}

const CountdownClockContext = createContext<CountdownClockValue | null>(null);

/**
 * Gives every countdown below the app's one clock and one shared scheduler (ui/ cannot import app/, so the
 * composition root passes its clock in). `sellerTimeZone` defaults to the browser's zone.
 */
export function CountdownClockProvider({
  clock,
  sellerTimeZone,
  children,
}: {
  clock: () => Date;
  sellerTimeZone?: string;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({
      clock,
      scheduler: createCountdownScheduler(() => clock().getTime()),
      sellerTimeZone: sellerTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
    [clock, sellerTimeZone],
  );
  return <CountdownClockContext.Provider value={value}>{children}</CountdownClockContext.Provider>;
}

/**
 * A thread's deadline as of now, kept current: re-worked out at the model's next state change, and at each
 * minute only while the working clock runs (the minute text moves). Throws outside CountdownClockProvider.
 */
export function useDeadlineView(input: DeadlineInput): { view: DeadlineView; nowMs: number; sellerTimeZone: string } {
  const value = useContext(CountdownClockContext);
  if (!value) throw new Error('A countdown needs a CountdownClockProvider above it.');
  const { clock, scheduler, sellerTimeZone } = value;
  const [wakes, wake] = useReducer((n: number) => n + 1, 0);
  const { dueAt, market, replyState, dueProblem, replyNeededSince, dateUpdated } = input;
  // By the model's contract nothing changes between wake-ups but the props: a parent's re-render (the list
  // updating from a sync) does not work out the deadlines again. `wakes` is the dependency that moves time.
  const { view, nowMs } = useMemo(() => {
    const at = clock().getTime();
    return { nowMs: at, view: describeDeadline({ dueAt, market, replyState, dueProblem, replyNeededSince, dateUpdated }, at) };
  }, [clock, wakes, dueAt, market, replyState, dueProblem, replyNeededSince, dateUpdated]);
  const running = view.kind === 'countdown' && view.running;
  const wakeAt = view.kind === 'countdown' ? view.wakeAt : null;
  useEffect(() => {
    const cancels: (() => void)[] = [];
    if (running) cancels.push(scheduler.everyMinute(wake));
    if (wakeAt !== null) cancels.push(scheduler.at(wakeAt, wake));
    return () => cancels.forEach((cancel) => cancel());
  }, [scheduler, running, wakeAt]);
  return { view, nowMs, sellerTimeZone };
}
