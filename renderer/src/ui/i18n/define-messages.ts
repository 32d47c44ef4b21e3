import type { UiLanguage } from './languages';

/** One message in every UI language, as ICU MessageFormat (plurals with `{count, plural, ...}`). */
export type Translations = Record<UiLanguage, string>;

/** A message the UI shows: its catalogue id, its English text (react-intl's fallback) and every translation. */
export interface UiMessage {
  readonly id: string;
  readonly defaultMessage: string;
  readonly translations: Translations;
}

/**
 * A feature's messages, each in all five languages: `defineMessages('inbox', { search: { en, pl, lv, pt, hr } })`
 * gives `{ search: { id: 'inbox.search', ... } }` for `useT()`. A missing language does not compile. Every
 * `*.messages.ts` file exports its messages as `messages`; the app's catalogue (app/message-catalogue.ts)
 * collects them all, and `ui/i18n/catalogue.test.ts` checks every translation parses and keeps the English
 * arguments and the language's plural forms.
 */
export function defineMessages<K extends string>(namespace: string, entries: Record<K, Translations>): Record<K, UiMessage> {
  const result = {} as Record<K, UiMessage>;
  for (const key of Object.keys(entries) as K[]) {
    const translations = entries[key];
    result[key] = { id: `${namespace}.${key}`, defaultMessage: translations.en, translations };
  }
  return result;
}

/** The flat `id → text` map react-intl's provider takes, for one language, from every messages module. */
export function catalogueFor(language: UiLanguage, modules: readonly Record<string, UiMessage>[]): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const messages of modules) {
    for (const message of Object.values(messages)) {
      if (message.id in flat) throw new Error(`The message id "${message.id}" is defined twice.`);
      flat[message.id] = message.translations[language];
    }
  }
  return flat;
}
