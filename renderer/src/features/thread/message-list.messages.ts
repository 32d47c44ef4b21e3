import { defineMessages } from '../../ui/i18n';

// The message list's own words (a distinct namespace: thread.messages.ts holds the rest of the thread view).
export const messages = defineMessages('messageList', {
  listLabel: { en: 'Messages', pl: 'Wiadomości', lv: 'Ziņas', pt: 'Mensagens', hr: 'Poruke' },
  empty: {
    en: 'No messages in the offline copy yet.',
    pl: 'W kopii offline nie ma jeszcze wiadomości.',
    lv: 'Bezsaistes kopijā vēl nav ziņu.',
    pt: 'Ainda não há mensagens na cópia offline.',
    hr: 'U izvanmrežnoj kopiji još nema poruka.',
  },
  sentHere: {
    en: 'Sent from this console',
    pl: 'Wysłano z tej konsoli',
    lv: 'Nosūtīts no šīs konsoles',
    pt: 'Enviada a partir desta consola',
    hr: 'Poslano iz ove konzole',
  },
  writtenBy: {
    en: 'Written by {author}',
    pl: 'Autor: {author}',
    lv: 'Autors: {author}',
    pt: 'Escrita por {author}',
    hr: 'Napisao/la: {author}',
  },
  attachments: { en: 'Attachments', pl: 'Załączniki', lv: 'Pielikumi', pt: 'Anexos', hr: 'Privitci' },
  fromBuyer: { en: 'Buyer', pl: 'Kupujący', lv: 'Pircējs', pt: 'Comprador', hr: 'Kupac' },
  fromShop: { en: 'You', pl: 'Ty', lv: 'Jūs', pt: 'Você', hr: 'Vi' },
  fromPlatform: { en: 'Platform', pl: 'Platforma', lv: 'Platforma', pt: 'Plataforma', hr: 'Platforma' },
});
