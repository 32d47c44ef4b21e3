import { useEffect, useState } from 'react';

/** The time, re-read every minute: deadlines and "overdue" marks move with it while on screen. */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
