import { z } from 'zod';

/** A window's outer rectangle in screen coordinates (Electron's Rectangle). */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered of the main window between runs. */
export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

export const defaultWindowSize = { width: 1280, height: 820 } as const;
export const minimumWindowSize = { width: 640, height: 480 } as const;
/** How much of the title bar must be on a display for the window to count as reachable. */
const minimumVisible = 64;

const boundsSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});
const stateSchema = z.object({ bounds: boundsSchema, maximized: z.boolean() });

/** Reads a saved state; anything damaged or of another shape answers null (the defaults are used). */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Where to open the window, given the saved state and the displays' work areas now (monitors come
 * and go between runs). A saved window whose title bar is still reachable on a display keeps its
 * place, shrunk to fit that display; one that would open off every display (an unplugged monitor)
 * is centred on the first display. Without a saved state the default size is centred there.
 * Never answers a size below the minimum or above the chosen display's work area.
 */
export function restoreWindowState(saved: WindowState | null, workAreas: readonly Bounds[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...defaultWindowSize };
  if (!saved) return { bounds: centred(defaultWindowSize, primary), maximized: false };
  const home = workAreas.find((area) => titleBarVisible(saved.bounds, area));
  if (!home) return { bounds: centred(saved.bounds, primary), maximized: saved.maximized };
  const width = clamp(saved.bounds.width, Math.min(minimumWindowSize.width, home.width), home.width);
  const height = clamp(saved.bounds.height, Math.min(minimumWindowSize.height, home.height), home.height);
  const x = clamp(saved.bounds.x, home.x, home.x + home.width - width);
  const y = clamp(saved.bounds.y, home.y, home.y + home.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

function titleBarVisible(bounds: Bounds, area: Bounds): boolean {
  const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const titleTop = bounds.y;
  return overlapX >= minimumVisible && titleTop >= area.y && titleTop <= area.y + area.height - minimumVisible;
}

function centred(size: { width: number; height: number }, area: Bounds): Bounds {
  const width = clamp(size.width, Math.min(minimumWindowSize.width, area.width), area.width);
  const height = clamp(size.height, Math.min(minimumWindowSize.height, area.height), area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
