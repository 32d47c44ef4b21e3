// Remembered window placement, clamped to the displays present now.
import { describe, expect, it } from 'vitest';
import { parseWindowState, restoreWindowState, type Bounds } from './window-state';

const laptop: Bounds = { x: 0, y: 0, width: 1440, height: 875 };
const external: Bounds = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('restoreWindowState', () => {
  it('centres the default size on the first display without a saved state', () => {
    expect(restoreWindowState(null, [laptop])).toEqual({ bounds: { x: 80, y: 28, width: 1280, height: 820 }, maximized: false });
  });

  it('keeps a saved window that fits where it was', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true };
    expect(restoreWindowState(saved, [laptop])).toEqual(saved);
  });

  it('keeps a window on a second display where it was', () => {
    const saved = { bounds: { x: 2000, y: 0, width: 1600, height: 1000 }, maximized: false };
    expect(restoreWindowState(saved, [laptop, external])).toEqual(saved);
  });

  it('centres a window whose display was unplugged on the first display, shrunk to fit', () => {
    const saved = { bounds: { x: 2000, y: 0, width: 2400, height: 1300 }, maximized: false };
    const restored = restoreWindowState(saved, [laptop]);
    expect(restored.bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('pulls a window hanging off the edge back onto its display', () => {
    const saved = { bounds: { x: 1300, y: 600, width: 800, height: 600 }, maximized: false };
    const restored = restoreWindowState(saved, [laptop]).bounds;
    expect(restored).toEqual({ x: 640, y: 275, width: 800, height: 600 });
  });

  it('never restores a window whose title bar is above the display', () => {
    const saved = { bounds: { x: 100, y: -500, width: 800, height: 600 }, maximized: false };
    const restored = restoreWindowState(saved, [laptop]).bounds;
    expect(restored.y).toBeGreaterThanOrEqual(0);
    expect(restored.y + restored.height).toBeLessThanOrEqual(875);
  });

  it('grows a tiny saved window to the minimum size', () => {
    const restored = restoreWindowState({ bounds: { x: 10, y: 10, width: 5, height: 5 }, maximized: false }, [laptop]).bounds;
    expect(restored.width).toBe(640);
    expect(restored.height).toBe(480);
  });

  it('fits a display smaller than the minimum size', () => {
    const small: Bounds = { x: 0, y: 0, width: 600, height: 400 };
    const restored = restoreWindowState(null, [small]).bounds;
    expect(restored).toEqual({ x: 0, y: 0, width: 600, height: 400 });
  });

  it('answers the defaults when no display is known', () => {
    expect(restoreWindowState(null, []).bounds).toEqual({ x: 0, y: 0, width: 1280, height: 820 });
  });
});

describe('parseWindowState', () => {
  it('reads what was saved', () => {
    const state = { bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: false };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    null,
    '',
    'not json',
    '{}',
    '{"bounds":{"x":"1","y":0,"width":1,"height":1},"maximized":false}',
    '{"bounds":{"x":1e9,"y":0,"width":1,"height":1},"maximized":false}',
    '{"bounds":{"x":0.5,"y":0,"width":1,"height":1},"maximized":false}',
  ])('answers null for %j', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});
