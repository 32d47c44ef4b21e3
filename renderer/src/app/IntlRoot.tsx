import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { preferredLanguage } from '../ui/i18n';
import { usePreferences } from '../ui/preferences.store';
import { messageCatalogues } from './message-catalogue';

/**
 * The UI language for everything below: the seller's choice (kept per profile), else the browser's or
 * operating system's preferred language the console speaks, else English. `<html lang>` follows it, so
 * screen readers and the browser's hyphenation read the page in that language.
 */
export function IntlRoot({ children }: { children: ReactNode }) {
  const chosen = usePreferences((s) => s.language);
  const language = chosen ?? preferredLanguage(navigator.languages);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <IntlProvider locale={language} defaultLocale="en" messages={messageCatalogues[language]}>
      {children}
    </IntlProvider>
  );
}
