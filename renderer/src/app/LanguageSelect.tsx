import { useId } from 'react';
import { isUiLanguage, languageNames, preferredLanguage, uiLanguages, useT } from '../ui/i18n';
import { usePreferences } from '../ui/preferences.store';
import { messages } from './app.messages';

/** The "Language" select: switches the UI at once and is kept per profile; "Automatic" follows the browser or OS. */
export function LanguageSelect() {
  const t = useT();
  const id = useId();
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  const automatic = languageNames[preferredLanguage(navigator.languages)];
  return (
    <span className="language-select">
      <label htmlFor={id}>{t(messages.language)}</label>
      <select id={id} value={language ?? ''} onChange={(e) => setLanguage(isUiLanguage(e.target.value) ? e.target.value : null)}>
        <option value="">{t(messages.languageAutomatic, { name: automatic })}</option>
        {uiLanguages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </span>
  );
}
