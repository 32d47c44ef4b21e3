/**
 * Whether the console runs inside the desktop app (the preload's bridge is there). Web mode has no
 * tray, notifications or deep links, so the desktop-only parts of the UI do nothing there.
 */
export function isDesktopHost(): boolean {
  return typeof window !== 'undefined' && window.consoleHost !== undefined;
}

/**
 * Subscribes to the desktop host's "a thread waits to be opened" signal (a clicked notification, a
 * deep link). Answers the unsubscribe; in web mode there is no such signal and this does nothing.
 */
export function onOpenThreadSignal(listener: () => void): () => void {
  const subscribe = typeof window === 'undefined' ? undefined : window.consoleHost?.onOpenThreadSignal;
  if (!subscribe) return () => undefined;
  return subscribe(listener);
}
