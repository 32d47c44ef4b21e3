import { useEffect, useState } from 'react';
import type { Clock } from './clock';

/** The time of `clock` in ms, re-read every minute: deadlines and "overdue" marks move with it while on screen. */
export function useMinuteClock(clock: Clock): number {
  const [now, setNow] = useState(() => clock().getTime());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock().getTime()), 60_000);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}
