export { uiLanguages, languageNames, isUiLanguage, preferredLanguage, type UiLanguage } from './languages';
export { defineMessages, catalogueFor, type UiMessage, type Translations } from './define-messages';
export { useT } from './useT';
