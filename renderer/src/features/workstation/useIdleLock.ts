import { useEffect, useRef } from 'react';

/** The keyboard shortcut that locks the open profile at once: Ctrl+Alt+L. */
export function isLockShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): boolean {
  return event.ctrlKey && event.altKey && !event.metaKey && event.key.toLowerCase() === 'l';
}

/**
 * Locks the profile after `idleMinutes` without a key press, click or pointer move in this window,
 * and at once on the lock shortcut. `idleMinutes` null: the profile has no PIN (nothing to lock).
 */
export function useIdleLock(idleMinutes: number | null, lock: () => void): void {
  const lockRef = useRef(lock);
  lockRef.current = lock;
  useEffect(() => {
    if (idleMinutes === null) return undefined;
    let last = performance.now();
    const seen = () => {
      last = performance.now();
    };
    const onKey = (event: KeyboardEvent) => {
      if (isLockShortcut(event)) {
        event.preventDefault();
        lockRef.current();
      } else seen();
    };
    const timer = window.setInterval(() => {
      if (performance.now() - last >= idleMinutes * 60_000) lockRef.current();
    }, 5_000);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', seen, { passive: true });
    window.addEventListener('pointermove', seen, { passive: true });
    window.addEventListener('wheel', seen, { passive: true });
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', seen);
      window.removeEventListener('pointermove', seen);
      window.removeEventListener('wheel', seen);
    };
  }, [idleMinutes]);
}
