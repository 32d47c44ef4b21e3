/**
 * The languages the console's own text is written in: English, and the languages of the markets the
 * console was built for first (Polish, Latvian, Portuguese, Croatian). Every message exists in all five
 * (define-messages.ts makes a missing one a compile error).
 */
export const uiLanguages = ['en', 'pl', 'lv', 'pt', 'hr'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** Each language's name in itself, for the "Language" select (a seller looks for their own language's name). */
export const languageNames: Record<UiLanguage, string> = {
  en: 'English',
  pl: 'Polski',
  lv: 'Latviešu',
  pt: 'Português',
  hr: 'Hrvatski',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/**
 * The language to start in when the seller has not chosen one: the first of the browser's or operating
 * system's preferred languages (navigator.languages, most preferred first) that the console speaks,
 * matched on the primary subtag ("pl-PL" → pl; Bosnian and Serbian Latin readers get Croatian), else English.
 */
export function preferredLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(primary)) return primary;
    if (primary === 'bs' || primary === 'sh') return 'hr';
  }
  return 'en';
}
