import { defineMessages } from '../../ui/i18n';

/** The desktop app's tray/dock text, native notifications and desktop settings. */
export const messages = defineMessages('desktop', {
  badge: {
    en: '{overdue, plural, one {# overdue} other {# overdue}}, {dueSoon, plural, one {# due soon} other {# due soon}}',
    pl: '{overdue, plural, one {# po terminie} few {# po terminie} many {# po terminie} other {# po terminie}}, {dueSoon, plural, one {# wkrótce termin} few {# wkrótce termin} many {# wkrótce termin} other {# wkrótce termin}}',
    lv: '{overdue, plural, zero {# nokavēti} one {# nokavēts} other {# nokavēti}}, {dueSoon, plural, zero {# drīz termiņš} one {# drīz termiņš} other {# drīz termiņš}}',
    pt: '{overdue, plural, one {# em atraso} many {# em atraso} other {# em atraso}}, {dueSoon, plural, one {# com prazo próximo} many {# com prazo próximo} other {# com prazo próximo}}',
    hr: '{overdue, plural, one {# zakašnjela} few {# zakašnjele} other {# zakašnjelih}}, {dueSoon, plural, one {# uskoro dospijeva} few {# uskoro dospijevaju} other {# uskoro dospijeva}}',
  },
  dueSoon: {
    en: 'A reply to a buyer falls due soon',
    pl: 'Wkrótce mija termin odpowiedzi kupującemu',
    lv: 'Drīz beidzas termiņš atbildei pircējam',
    pt: 'O prazo de resposta a um comprador está a terminar',
    hr: 'Uskoro istječe rok za odgovor kupcu',
  },
  takenOver: {
    en: 'The platform has taken a thread over',
    pl: 'Platforma przejęła wątek',
    lv: 'Platforma ir pārņēmusi sarunu',
    pt: 'A plataforma assumiu uma conversa',
    hr: 'Platforma je preuzela razgovor',
  },
  several: {
    en: 'Several threads need your attention',
    pl: 'Kilka wątków wymaga Twojej uwagi',
    lv: 'Vairākām sarunām nepieciešama jūsu uzmanība',
    pt: 'Várias conversas precisam da sua atenção',
    hr: 'Nekoliko razgovora traži vašu pozornost',
  },
  settingsTitle: { en: 'Desktop', pl: 'Aplikacja', lv: 'Darbvirsma', pt: 'Ambiente de trabalho', hr: 'Radna površina' },
  startAtLogin: {
    en: 'Open the console when I log in to this computer',
    pl: 'Otwieraj konsolę po zalogowaniu do tego komputera',
    lv: 'Atvērt konsoli, kad piesakos šajā datorā',
    pt: 'Abrir a consola quando eu iniciar sessão neste computador',
    hr: 'Otvori konzolu kad se prijavim na ovo računalo',
  },
  notifyLead: {
    en: 'Notify me this many minutes before a reply falls due (0 = never)',
    pl: 'Powiadamiaj mnie tyle minut przed terminem odpowiedzi (0 = nigdy)',
    lv: 'Paziņot man tik minūtes pirms atbildes termiņa (0 = nekad)',
    pt: 'Avisar-me estes minutos antes do fim do prazo de resposta (0 = nunca)',
    hr: 'Obavijesti me ovoliko minuta prije isteka roka za odgovor (0 = nikad)',
  },
  save: { en: 'Save', pl: 'Zapisz', lv: 'Saglabāt', pt: 'Guardar', hr: 'Spremi' },
  saved: { en: 'Saved.', pl: 'Zapisano.', lv: 'Saglabāts.', pt: 'Guardado.', hr: 'Spremljeno.' },
  saveFailed: {
    en: 'The settings could not be saved: {error}',
    pl: 'Nie udało się zapisać ustawień: {error}',
    lv: 'Iestatījumus neizdevās saglabāt: {error}',
    pt: 'Não foi possível guardar as definições: {error}',
    hr: 'Postavke nije bilo moguće spremiti: {error}',
  },
});
