import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeProfileId, windowProfileId } from './workstation-session';

function page(stored: string | null, search: string) {
  vi.stubGlobal('sessionStorage', { getItem: () => stored, setItem: () => undefined });
  vi.stubGlobal('location', { search });
}

describe('activeProfileId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the profile this tab chose, else the one its address names (a desktop profile window), else the default', () => {
    page('p-ben', '?profile=p-anna');
    expect(activeProfileId()).toBe('p-ben');
    page(null, '?profile=p-anna');
    expect(activeProfileId()).toBe('p-anna');
    page(null, '?profile=../etc');
    expect(activeProfileId()).toBe('default');
    page(null, '');
    expect(activeProfileId()).toBe('default');
  });

  it('names the profile of a desktop window’s partition only when its address does', () => {
    page('p-ben', '?profile=p-anna');
    expect(windowProfileId()).toBe('p-anna');
    page('p-ben', '');
    expect(windowProfileId()).toBeNull();
  });
});
