import { defineMessages } from '../../ui/i18n';

/** The notes under a buyer's message that shares contact data (the reply guard's contact rules, run on the buyer's text). */
export const messages = defineMessages('buyerContact', {
  email: {
    en: 'The buyer shared an e-mail address: answer here, not there.',
    pl: 'Kupujący podał adres e-mail: odpowiedz tutaj, nie tam.',
    lv: 'Pircējs norādīja e-pasta adresi: atbildiet šeit, nevis tur.',
    pt: 'O comprador partilhou um endereço de e-mail: responda aqui, não lá.',
    hr: 'Kupac je podijelio adresu e-pošte: odgovorite ovdje, ne tamo.',
  },
  phone: {
    en: 'The buyer shared a phone number: answer here, do not call or text.',
    pl: 'Kupujący podał numer telefonu: odpowiedz tutaj, nie dzwoń i nie wysyłaj SMS-ów.',
    lv: 'Pircējs norādīja tālruņa numuru: atbildiet šeit, nezvaniet un nesūtiet īsziņas.',
    pt: 'O comprador partilhou um número de telefone: responda aqui, não ligue nem envie SMS.',
    hr: 'Kupac je podijelio broj telefona: odgovorite ovdje, ne zovite i ne šaljite SMS.',
  },
  url: {
    en: 'The buyer shared a link: answer here, not there.',
    pl: 'Kupujący podał link: odpowiedz tutaj, nie tam.',
    lv: 'Pircējs kopīgoja saiti: atbildiet šeit, nevis tur.',
    pt: 'O comprador partilhou uma ligação: responda aqui, não lá.',
    hr: 'Kupac je podijelio poveznicu: odgovorite ovdje, ne tamo.',
  },
  messenger: {
    en: 'The buyer named a messenger or a social network: answer here, not there.',
    pl: 'Kupujący wskazał komunikator lub portal społecznościowy: odpowiedz tutaj, nie tam.',
    lv: 'Pircējs minēja tērzēšanas lietotni vai sociālo tīklu: atbildiet šeit, nevis tur.',
    pt: 'O comprador indicou uma aplicação de mensagens ou uma rede social: responda aqui, não lá.',
    hr: 'Kupac je naveo aplikaciju za poruke ili društvenu mrežu: odgovorite ovdje, ne tamo.',
  },
  notesLabel: {
    en: 'Contact data in this message',
    pl: 'Dane kontaktowe w tej wiadomości',
    lv: 'Kontaktinformācija šajā ziņā',
    pt: 'Dados de contacto nesta mensagem',
    hr: 'Podaci za kontakt u ovoj poruci',
  },
});
