import { defineMessages } from '../../ui/i18n';

/** The inbox's and the status bar's reminders of a notice to file, and who is away now. */
export const messages = defineMessages('absence-notices', {
  reminder: {
    en: 'Absence notice to file by {fileBy} for {shops} (absence {period}): file it in the Absence view.',
    pl: 'Zawiadomienie o nieobecności do złożenia do {fileBy} dla: {shops} (nieobecność {period}): złóż je w widoku Nieobecność.',
    lv: 'Prombūtnes paziņojums jāiesniedz līdz {fileBy} veikaliem: {shops} (prombūtne {period}): iesniedziet to skatā Prombūtne.',
    pt: 'Aviso de ausência a enviar até {fileBy} para {shops} (ausência {period}): envie-o na vista Ausência.',
    hr: 'Obavijest o odsutnosti treba podnijeti do {fileBy} za {shops} (odsutnost {period}): podnesite je u prikazu Odsutnost.',
  },
  statusReminder: {
    en: 'Absence notice due by {fileBy}',
    pl: 'Zawiadomienie o nieobecności do {fileBy}',
    lv: 'Prombūtnes paziņojums līdz {fileBy}',
    pt: 'Aviso de ausência até {fileBy}',
    hr: 'Obavijest o odsutnosti do {fileBy}',
  },
  away: {
    en: 'Away until {last}: {shops}. Stand-in: {standIn}. Replies still work.',
    pl: 'Nieobecność do {last}: {shops}. Zastępstwo: {standIn}. Odpowiedzi nadal działają.',
    lv: 'Prombūtnē līdz {last}: {shops}. Aizvietotājs: {standIn}. Atbildes joprojām darbojas.',
    pt: 'Ausente até {last}: {shops}. Substituto: {standIn}. As respostas continuam a funcionar.',
    hr: 'Odsutni do {last}: {shops}. Zamjena: {standIn}. Odgovori i dalje rade.',
  },
  awayNobody: {
    en: 'Away until {last}: {shops}. Nobody stands in. Replies still work.',
    pl: 'Nieobecność do {last}: {shops}. Nikt nie zastępuje. Odpowiedzi nadal działają.',
    lv: 'Prombūtnē līdz {last}: {shops}. Neviens neaizvieto. Atbildes joprojām darbojas.',
    pt: 'Ausente até {last}: {shops}. Ninguém substitui. As respostas continuam a funcionar.',
    hr: 'Odsutni do {last}: {shops}. Nitko ne zamjenjuje. Odgovori i dalje rade.',
  },
});
