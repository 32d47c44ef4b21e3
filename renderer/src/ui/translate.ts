import { createIntl, createIntlCache } from 'react-intl';
import type { UiLanguage, UiMessage } from './i18n';

/** Values a message takes (ICU arguments). */
export type TextValues = Record<string, string | number | boolean | Date | null | undefined>;

/**
 * The text function pure helpers take (`useT()` gives one bound to the UI language): helpers that
 * build sentences for the seller (outbox states, sync problems, reply checks) take it as an argument,
 * so they stay pure and their tests read them in any language.
 */
export type Translate = (message: UiMessage, values?: TextValues) => string;

const cache = createIntlCache();

/**
 * A Translate for one language outside React (tests, and anything that formats before rendering):
 * each message in that language's text, formatted with Intl in that language.
 */
export function translatorFor(language: UiLanguage): Translate {
  const intl = createIntl({ locale: language, defaultLocale: language, messages: {} }, cache);
  return (message, values) => intl.formatMessage({ id: message.id, defaultMessage: message.translations[language] }, values);
}
