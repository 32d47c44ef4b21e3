import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { profilePersistOptions } from '../../ui/profile-storage';

export interface TriagePreferencesState {
  /** After a reply is queued, open the next thread due with the cursor in its reply box. */
  openNextAfterSend: boolean;
  setOpenNextAfterSend(on: boolean): void;
}

/**
 * How the seller likes to move through the inbox, kept per profile in localStorage (a seller who
 * works through the queue wants it on every start; a colleague on the same computer may not).
 */
export const useTriagePreferences = create<TriagePreferencesState>()(
  persist(
    (set) => ({
      openNextAfterSend: false,
      setOpenNextAfterSend: (openNextAfterSend) => set({ openNextAfterSend }),
    }),
    {
      ...profilePersistOptions<TriagePreferencesState, Pick<TriagePreferencesState, 'openNextAfterSend'>>('triage', (s) => ({
        openNextAfterSend: s.openNextAfterSend,
      })),
      // A hand-edited or foreign value must not break the start.
      merge: (persisted, current) => ({
        ...current,
        openNextAfterSend: (persisted as { openNextAfterSend?: unknown } | undefined)?.openNextAfterSend === true,
      }),
    },
  ),
);
