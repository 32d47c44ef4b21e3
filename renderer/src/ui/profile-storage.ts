import { createJSONStorage, type PersistOptions } from 'zustand/middleware';
import { activeProfileId } from '../host/workstation-session';

/**
 * The profile whose UI state (language, filters, read marks) the persisted stores hold: this window's
 * profile, read once at load (switching profiles reloads the page, so every store starts afresh).
 */
export const uiProfileId = activeProfileId();

/** The localStorage key of a profile's persisted store: `seller-console:<profile>:<store>`. */
export function profileStorageName(profileId: string, store: string): string {
  return `seller-console:${profileId}:${store}`;
}

/**
 * zustand `persist` options for a store kept per profile in localStorage, with a version so a later
 * shape can migrate. Only the fields `partialize` picks are written (never functions).
 */
export function profilePersistOptions<S, P>(store: string, partialize: (state: S) => P, version = 1): PersistOptions<S, P> {
  return {
    name: profileStorageName(uiProfileId, store),
    storage: createJSONStorage(() => localStorage),
    partialize,
    version,
  };
}
