import type { TextFile } from '../storage/atomic-file';
import type { Bounds, WindowState } from './window-state';

/** The parts of a BrowserWindow the keeper watches. */
export interface TrackedWindowLike {
  on(event: 'resize' | 'move' | 'close' | 'maximize' | 'unmaximize', listener: () => void): void;
  getNormalBounds(): Bounds;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

/**
 * Saves the window's place and size (its normal bounds, and whether it is maximised) to `file`:
 * at most once per `delayMs` while it is moved or resized, and at once when it closes. A failed
 * write is logged and forgotten (the next run opens at the defaults).
 */
export function keepWindowState(
  window: TrackedWindowLike,
  file: TextFile,
  timers: { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void },
  log: (message: string, error?: unknown) => void,
  delayMs = 500,
): void {
  let pending: unknown = null;
  const save = () => {
    pending = null;
    if (window.isDestroyed()) return;
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    file.write(JSON.stringify(state)).catch((error: unknown) => log('The window position could not be saved', error));
  };
  const later = () => {
    if (pending === null) pending = timers.set(save, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later);
  window.on('close', () => {
    if (pending !== null) timers.clear(pending);
    save();
  });
}
