/** The part of Electron's powerMonitor the lock needs (tests pass an EventEmitter). */
export interface PowerEvents {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
}

/**
 * Locks every profile when the OS locks the screen or suspends: the host ends all sessions (so it
 * refuses their data calls) and each window is reloaded, which drops its in-memory session and
 * shows the lock screen of a profile with a PIN (the console unmounted, no buyer data in the DOM).
 */
export function lockOnOsEvents(power: PowerEvents, lockAll: () => void, reloadWindows: () => void): void {
  const lock = (): void => {
    lockAll();
    reloadWindows();
  };
  power.on('lock-screen', lock);
  power.on('suspend', lock);
}
