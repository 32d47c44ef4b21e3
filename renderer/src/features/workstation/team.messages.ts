import { defineMessages } from '../../ui/i18n';

export const messages = defineMessages('team', {
  region: { en: 'Team', pl: 'Zespół', lv: 'Komanda', pt: 'Equipa', hr: 'Tim' },
  answeredBy: {
    en: 'Being answered by {names}',
    pl: 'Odpowiada: {names}',
    lv: 'Atbild: {names}',
    pt: 'A ser respondido por {names}',
    hr: 'Odgovara: {names}',
  },
  assignedLabel: { en: 'Assigned to', pl: 'Przypisano do', lv: 'Piešķirts', pt: 'Atribuído a', hr: 'Dodijeljeno' },
  unassigned: { en: 'Nobody', pl: 'Nikogo', lv: 'Nevienam', pt: 'Ninguém', hr: 'Nikome' },
  notesTitle: {
    en: 'Internal notes (never sent to the buyer)',
    pl: 'Notatki wewnętrzne (nigdy nie trafiają do kupującego)',
    lv: 'Iekšējās piezīmes (pircējam netiek sūtītas)',
    pt: 'Notas internas (nunca enviadas ao comprador)',
    hr: 'Interne bilješke (nikad se ne šalju kupcu)',
  },
  noteLabel: {
    en: 'New internal note',
    pl: 'Nowa notatka wewnętrzna',
    lv: 'Jauna iekšējā piezīme',
    pt: 'Nova nota interna',
    hr: 'Nova interna bilješka',
  },
  addNote: { en: 'Add note', pl: 'Dodaj notatkę', lv: 'Pievienot piezīmi', pt: 'Adicionar nota', hr: 'Dodaj bilješku' },
  noteBy: { en: '{name}, {time}', pl: '{name}, {time}', lv: '{name}, {time}', pt: '{name}, {time}', hr: '{name}, {time}' },
  failed: {
    en: 'The team’s notes could not be reached: {error}',
    pl: 'Nie udało się połączyć z notatkami zespołu: {error}',
    lv: 'Komandas piezīmes nav pieejamas: {error}',
    pt: 'Não foi possível aceder às notas da equipa: {error}',
    hr: 'Bilješke tima nisu dostupne: {error}',
  },
  caseAssignedLabel: {
    en: 'Case assigned to',
    pl: 'Sprawa przypisana do',
    lv: 'Lieta piešķirta',
    pt: 'Caso atribuído a',
    hr: 'Slučaj dodijeljen',
  },
  assignedTo: {
    en: 'Assigned to {name}',
    pl: 'Przypisano do: {name}',
    lv: 'Piešķirts: {name}',
    pt: 'Atribuído a {name}',
    hr: 'Dodijeljeno: {name}',
  },
  assignFailed: {
    en: 'The assignment could not be saved: {error}',
    pl: 'Nie udało się zapisać przypisania: {error}',
    lv: 'Piešķīrumu neizdevās saglabāt: {error}',
    pt: 'Não foi possível guardar a atribuição: {error}',
    hr: 'Dodjela se nije mogla spremiti: {error}',
  },
});
