// Saving the window's place: debounced while it moves, at once when it closes.
import { describe, expect, it } from 'vitest';
import { memoryTextFile } from '../storage/atomic-file';
import { keepWindowState, type TrackedWindowLike } from './window-state-keeper';
import { parseWindowState } from './window-state';

function fakeWindow() {
  const listeners = new Map<string, (() => void)[]>();
  const state = { bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: false, destroyed: false };
  const window: TrackedWindowLike = {
    on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    getNormalBounds: () => state.bounds,
    isMaximized: () => state.maximized,
    isDestroyed: () => state.destroyed,
  };
  const emit = (event: string) => (listeners.get(event) ?? []).forEach((l) => l());
  return { window, state, emit };
}

function fakeTimers() {
  const live = new Set<() => void>();
  return {
    timers: {
      set: (callback: () => void) => (live.add(callback), callback),
      clear: (handle: unknown) => live.delete(handle as () => void),
    },
    fire: () => [...live].forEach((callback) => (live.delete(callback), callback())),
    count: () => live.size,
  };
}

describe('keepWindowState', () => {
  it('saves once per burst of moves, with the normal bounds and the maximised flag', async () => {
    const { window, state, emit } = fakeWindow();
    const file = memoryTextFile();
    const t = fakeTimers();
    keepWindowState(window, file, t.timers, () => undefined);
    emit('move');
    emit('resize');
    emit('move');
    expect(t.count()).toBe(1);
    state.bounds = { x: 50, y: 60, width: 1000, height: 800 };
    state.maximized = true;
    t.fire();
    await Promise.resolve();
    expect(parseWindowState(file.text)).toEqual({ bounds: { x: 50, y: 60, width: 1000, height: 800 }, maximized: true });
  });

  it('saves at once on close and drops the pending save', async () => {
    const { window, emit } = fakeWindow();
    const file = memoryTextFile();
    const t = fakeTimers();
    keepWindowState(window, file, t.timers, () => undefined);
    emit('resize');
    emit('close');
    await Promise.resolve();
    expect(t.count()).toBe(0);
    expect(parseWindowState(file.text)?.bounds).toEqual({ x: 10, y: 20, width: 900, height: 700 });
  });

  it('logs a failed write instead of throwing', async () => {
    const { window, emit } = fakeWindow();
    const logged: string[] = [];
    const file = { read: async () => null, write: async () => Promise.reject(new Error('ENOSPC')) };
    keepWindowState(window, file, fakeTimers().timers, (message) => logged.push(message));
    emit('close');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(logged).toEqual(['The window position could not be saved']);
  });
});
