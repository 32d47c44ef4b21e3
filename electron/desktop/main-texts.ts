/**
 * The few texts the main process writes itself (the open-in-browser confirmation, the tray's tooltip
 * before the inbox has reported), in the five languages of the console's UI. The renderer's
 * catalogues are not reachable from here; the badge and notification texts come from the renderer,
 * already in the profile's language, with its attention reports.
 */
export const mainLanguages = ['en', 'pl', 'lv', 'pt', 'hr'] as const;
export type MainLanguage = (typeof mainLanguages)[number];

type Texts = Record<MainLanguage, string>;

export const mainTexts = {
  openExternalTitle: {
    en: 'Open in your browser?',
    pl: 'Otworzyć w przeglądarce?',
    lv: 'Atvērt pārlūkprogrammā?',
    pt: 'Abrir no navegador?',
    hr: 'Otvoriti u pregledniku?',
  },
  openExternalMessage: {
    en: 'The console wants to open this address in your web browser:',
    pl: 'Konsola chce otworzyć ten adres w Twojej przeglądarce:',
    lv: 'Konsole vēlas atvērt šo adresi jūsu pārlūkprogrammā:',
    pt: 'A consola quer abrir este endereço no seu navegador:',
    hr: 'Konzola želi otvoriti ovu adresu u vašem pregledniku:',
  },
  openExternalOpen: {
    en: 'Open in browser',
    pl: 'Otwórz w przeglądarce',
    lv: 'Atvērt pārlūkprogrammā',
    pt: 'Abrir no navegador',
    hr: 'Otvori u pregledniku',
  },
  cancel: { en: 'Cancel', pl: 'Anuluj', lv: 'Atcelt', pt: 'Cancelar', hr: 'Odustani' },
  trayIdle: {
    en: 'Seller Console',
    pl: 'Konsola sprzedawcy',
    lv: 'Pārdevēja konsole',
    pt: 'Consola do vendedor',
    hr: 'Konzola prodavatelja',
  },
} satisfies Record<string, Texts>;

export type MainTextKey = keyof typeof mainTexts;

/**
 * The main process's language from what the renderer reports (a BCP 47 tag such as "pl" or
 * "pt-PT", matched on its primary subtag); English for anything else or nothing.
 */
export function mainLanguageOf(tag: string | null | undefined): MainLanguage {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (mainLanguages as readonly string[]).includes(primary ?? '') ? (primary as MainLanguage) : 'en';
}

/** One main-process text in `language`. */
export function mainText(key: MainTextKey, language: MainLanguage): string {
  return mainTexts[key][language];
}
