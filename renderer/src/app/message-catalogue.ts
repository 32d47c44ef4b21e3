import { catalogueFor, uiLanguages, type UiLanguage, type UiMessage } from '../ui/i18n';

// Every `*.messages.ts` of the renderer, collected at build time: a feature adds text by adding to its
// own messages file, never to a central one.
const modules = import.meta.glob<Record<string, UiMessage>>('../**/*.messages.ts', { eager: true, import: 'messages' });

/** All messages modules of the renderer (each file's `messages` export). */
export const messageModules: readonly Record<string, UiMessage>[] = Object.values(modules);

/** Each UI language's flat catalogue for react-intl, built once. */
export const messageCatalogues: Record<UiLanguage, Record<string, string>> = Object.fromEntries(
  uiLanguages.map((language) => [language, catalogueFor(language, messageModules)]),
) as Record<UiLanguage, Record<string, string>>;
