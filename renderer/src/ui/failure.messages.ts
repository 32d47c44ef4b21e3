import { defineMessages } from './i18n';

/** The platform's failures in the seller's words (see failure-text.ts), shown by the outbox and the status bar. */
export const messages = defineMessages('failure', {
  offline: {
    en: 'The connection to the marketplace failed.',
    pl: 'Połączenie z marketplace nie powiodło się.',
    lv: 'Savienojums ar tirgu neizdevās.',
    pt: 'A ligação ao marketplace falhou.',
    hr: 'Veza s tržnicom nije uspjela.',
  },
  aborted: {
    en: 'The request was stopped before the marketplace answered.',
    pl: 'Żądanie zostało przerwane, zanim marketplace odpowiedział.',
    lv: 'Pieprasījums tika apturēts, pirms tirgus atbildēja.',
    pt: 'O pedido foi interrompido antes de o marketplace responder.',
    hr: 'Zahtjev je prekinut prije nego što je tržnica odgovorila.',
  },
  timeout: {
    en: 'The marketplace did not answer in time.',
    pl: 'Marketplace nie odpowiedział na czas.',
    lv: 'Tirgus neatbildēja laikā.',
    pt: 'O marketplace não respondeu a tempo.',
    hr: 'Tržnica nije odgovorila na vrijeme.',
  },
  slowDown: {
    en: 'The marketplace asked the console to slow down.',
    pl: 'Marketplace poprosił konsolę o zwolnienie tempa.',
    lv: 'Tirgus lūdza konsolei samazināt pieprasījumu biežumu.',
    pt: 'O marketplace pediu à consola para abrandar.',
    hr: 'Tržnica je zatražila od konzole da uspori.',
  },
  unreadable: {
    en: 'The marketplace sent an answer the console could not read.',
    pl: 'Marketplace przysłał odpowiedź, której konsola nie mogła odczytać.',
    lv: 'Tirgus atsūtīja atbildi, ko konsole nevarēja nolasīt.',
    pt: 'O marketplace enviou uma resposta que a consola não conseguiu ler.',
    hr: 'Tržnica je poslala odgovor koji konzola nije mogla pročitati.',
  },
  answered: {
    en: 'The marketplace answered {status}.',
    pl: 'Marketplace odpowiedział kodem {status}.',
    lv: 'Tirgus atbildēja ar kodu {status}.',
    pt: 'O marketplace respondeu {status}.',
    hr: 'Tržnica je odgovorila kodom {status}.',
  },
  answeredWith: {
    en: 'The marketplace answered {status} ({detail}).',
    pl: 'Marketplace odpowiedział kodem {status} ({detail}).',
    lv: 'Tirgus atbildēja ar kodu {status} ({detail}).',
    pt: 'O marketplace respondeu {status} ({detail}).',
    hr: 'Tržnica je odgovorila kodom {status} ({detail}).',
  },
  noAnswerWithin: {
    en: 'The marketplace did not answer within {seconds} s.',
    pl: 'Marketplace nie odpowiedział w ciągu {seconds} s.',
    lv: 'Tirgus neatbildēja {seconds} s laikā.',
    pt: 'O marketplace não respondeu em {seconds} s.',
    hr: 'Tržnica nije odgovorila unutar {seconds} s.',
  },
  unreachable: {
    en: 'The marketplace could not be reached ({detail}).',
    pl: 'Nie udało się połączyć z marketplace ({detail}).',
    lv: 'Tirgum neizdevās piekļūt ({detail}).',
    pt: 'Não foi possível contactar o marketplace ({detail}).',
    hr: 'Tržnica nije dostupna ({detail}).',
  },
  storageFull: {
    en: "This computer has no room left for the console's offline data (the disk or the browser's storage for the console is full).",
    pl: 'Na tym komputerze nie ma już miejsca na dane offline konsoli (dysk lub pamięć przeglądarki przeznaczona dla konsoli jest pełna).',
    lv: 'Šajā datorā vairs nav vietas konsoles bezsaistes datiem (disks vai pārlūka krātuve konsolei ir pilna).',
    pt: 'Este computador já não tem espaço para os dados offline da consola (o disco ou o armazenamento do navegador para a consola está cheio).',
    hr: 'Na ovom računalu više nema mjesta za izvanmrežne podatke konzole (disk ili pohrana preglednika za konzolu je puna).',
  },
});
