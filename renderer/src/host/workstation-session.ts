import { profileHeaderName, sessionHeaderName } from './host-contract';

/** Where this window remembers which profile it works as (per tab, survives a reload, not a restart). */
export const activeProfileKey = 'seller-console:active-profile';
const profileIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The profile this window works as: chosen in the profile picker, kept in sessionStorage so a reload
 * (switching profiles reloads the page, leaving nothing of the previous one in memory) keeps it.
 * Else the `profile` of the page's address (the desktop opens each profile's window in its own
 * session partition, whose storage starts empty), else 'default'.
 */
export function activeProfileId(): string {
  try {
    const stored = sessionStorage.getItem(activeProfileKey) ?? windowProfileId();
    return stored && profileIdPattern.test(stored) ? stored : 'default';
  } catch {
    return 'default';
  }
}

/**
 * The profile whose session partition this desktop window is in (the `profile` of its address), or
 * null (web mode, or an address without one). A profile chosen in a window of another partition is
 * opened in a new window of its own (the host moves it).
 */
export function windowProfileId(): string | null {
  try {
    const named = new URLSearchParams(location.search).get('profile');
    return named && profileIdPattern.test(named) ? named : null;
  } catch {
    return null;
  }
}

/** Makes `profileId` this window's profile from the next page load on. */
export function rememberActiveProfile(profileId: string): void {
  sessionStorage.setItem(activeProfileKey, profileId);
}

// The open profile's session token: in memory only, so a reload or a new window starts locked.
let session: string | null = null;
const lockListeners = new Set<() => void>();

/** Sets (or clears, when locked) the session the host answered for the open profile. */
export function setWorkstationSession(token: string | null): void {
  session = token;
}

/** The open profile's session token, or null when locked. */
export function workstationSession(): string | null {
  return session;
}

/** The headers that name this window's profile and session on gateway calls (the host refuses a locked profile's). */
export function workstationHeaders(): Record<string, string> {
  return session ? { [profileHeaderName]: activeProfileId(), [sessionHeaderName]: session } : { [profileHeaderName]: activeProfileId() };
}

/** Called when the host refused a data call because the profile is locked (423): the UI locks too. */
export function onHostLocked(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

/** Reports a 423 from the host to the listeners (the platform client's response hook calls this). */
export function reportHostLocked(): void {
  for (const listener of lockListeners) listener();
}
