import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isUiLanguage, type UiLanguage } from './i18n';
import { profilePersistOptions } from './profile-storage';

export interface PreferencesState {
  /** The seller's chosen UI language; null follows the browser or operating system (preferredLanguage). */
  language: UiLanguage | null;
  setLanguage(language: UiLanguage | null): void;
}

/** The seller's UI preferences, kept per profile in localStorage. */
export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      language: null,
      setLanguage: (language) => set({ language }),
    }),
    {
      ...profilePersistOptions<PreferencesState, Pick<PreferencesState, 'language'>>('preferences', (s) => ({ language: s.language })),
      // A stored value from another version or a hand-edited key must not break the start.
      merge: (persisted, current) => {
        const language = (persisted as { language?: unknown } | undefined)?.language;
        return { ...current, language: isUiLanguage(language) ? language : null };
      },
    },
  ),
);
