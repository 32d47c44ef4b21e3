// The written confirmation of a phone complaint (seed 004: confirm acceptance, apologise, say how it
// will be handled and by when the buyer gets an answer), prefilled in the market's language from the
// complaint's facts. The seller personalises it; the reply guard checks it before it is sent. It
// never repeats the buyer's phone number or e-mail (contact data in a platform message is blocked).
import type { PhoneComplaintOutcomeCode } from './phone-complaint';

/** The languages the confirmation is written in; every other market gets English. */
export type ConfirmationLanguage = 'pl' | 'lv' | 'pt' | 'hr' | 'en';

/** The facts the confirmation is made from. Dates are `YYYY-MM-DD` in the market. */
export interface ConfirmationFacts {
  market: string;
  buyerName: string;
  product: string;
  /** The order as the buyer knows it (its commercial label, else its id), when there is one. */
  order?: string;
  /** The day the complaint was taken by phone. */
  takenOn: string;
  promisedAnswerBy: string;
  /** Once documented, the confirmation says what was decided instead of who decides. */
  outcome?: PhoneComplaintOutcomeCode;
}

interface Wording {
  hello(name: string): string;
  recorded(taken: string, product: string, order: string | undefined): string;
  forwarded: string;
  answerBy(date: string): string;
  outcomes: Record<PhoneComplaintOutcomeCode, string>;
  regards: string;
  topic: string;
  date(year: string, month: string, day: string): string;
}

const wordings: Record<ConfirmationLanguage, Wording> = {
  pl: {
    hello: (name) => `Dzień dobry ${name},`,
    recorded: (taken, product, order) =>
      `dziękujemy za rozmowę telefoniczną w dniu ${taken}. Potwierdzamy, że przyjęliśmy Państwa reklamację dotyczącą produktu: ${product}${order ? ` (zamówienie ${order})` : ''}. Przepraszamy za kłopot.`,
    forwarded: 'Reklamacja została przekazana osobie odpowiedzialnej, która zdecyduje o sposobie jej rozwiązania.',
    answerBy: (date) => `Odpowiedź prześlemy najpóźniej do ${date}.`,
    outcomes: {
      replacement: 'Wymienimy produkt na nowy.',
      'repair-or-fix': 'Naprawimy produkt lub usuniemy usterkę.',
      'price-reduction': 'W geście dobrej woli obniżymy cenę.',
      apology: 'Raz jeszcze bardzo przepraszamy.',
    },
    regards: 'Z poważaniem',
    topic: 'Reklamacja zgłoszona telefonicznie',
    date: (y, m, d) => `${d}.${m}.${y}`,
  },
  lv: {
    hello: (name) => `Labdien, ${name}!`,
    recorded: (taken, product, order) =>
      `Paldies par zvanu ${taken}. Apstiprinām, ka esam reģistrējuši jūsu sūdzību par preci: ${product}${order ? ` (pasūtījums ${order})` : ''}. Atvainojamies par sagādātajām neērtībām.`,
    forwarded: 'Sūdzība ir nodota atbildīgajai personai, kas izlems, kā to atrisināt.',
    answerBy: (date) => `Atbildi saņemsiet ne vēlāk kā līdz ${date}`,
    outcomes: {
      replacement: 'Mēs apmainīsim preci pret jaunu.',
      'repair-or-fix': 'Mēs salabosim preci vai novērsīsim problēmu.',
      'price-reduction': 'Kā labas gribas žestu mēs jums piešķirsim cenas atlaidi.',
      apology: 'Vēlreiz atvainojamies.',
    },
    regards: 'Ar cieņu',
    topic: 'Pa tālruni iesniegta sūdzība',
    date: (y, m, d) => `${d}.${m}.${y}.`,
  },
  pt: {
    hello: (name) => `Olá ${name},`,
    recorded: (taken, product, order) =>
      `obrigado pela sua chamada de ${taken}. Confirmamos que registámos a sua reclamação sobre o produto: ${product}${order ? ` (encomenda ${order})` : ''}. Lamentamos o incómodo causado.`,
    forwarded: 'A reclamação foi encaminhada para a pessoa responsável, que decidirá como resolvê-la.',
    answerBy: (date) => `Receberá a nossa resposta até ${date}, o mais tardar.`,
    outcomes: {
      replacement: 'Vamos enviar-lhe um produto de substituição.',
      'repair-or-fix': 'Vamos reparar o produto ou corrigir o problema.',
      'price-reduction': 'Como gesto de boa vontade, vamos conceder-lhe uma redução de preço.',
      apology: 'Pedimos novamente as nossas sinceras desculpas.',
    },
    regards: 'Com os melhores cumprimentos',
    topic: 'Reclamação feita por telefone',
    date: (y, m, d) => `${d}/${m}/${y}`,
  },
  hr: {
    hello: (name) => `Dobar dan, ${name},`,
    recorded: (taken, product, order) =>
      `zahvaljujemo na Vašem pozivu ${taken}. Potvrđujemo da smo zaprimili Vašu reklamaciju za proizvod: ${product}${order ? ` (narudžba ${order})` : ''}. Ispričavamo se zbog neugodnosti.`,
    forwarded: 'Reklamacija je proslijeđena odgovornoj osobi, koja će odlučiti o njezinom rješavanju.',
    answerBy: (date) => `Naš odgovor dobit ćete najkasnije do ${date}`,
    outcomes: {
      replacement: 'Poslat ćemo Vam zamjenski proizvod.',
      'repair-or-fix': 'Popravit ćemo proizvod ili odmah otkloniti nedostatak.',
      'price-reduction': 'Kao znak dobre volje odobrit ćemo Vam sniženje cijene.',
      apology: 'Još jednom se iskreno ispričavamo.',
    },
    regards: 'Srdačan pozdrav',
    topic: 'Reklamacija zaprimljena telefonom',
    date: (y, m, d) => `${d}. ${m}. ${y}.`,
  },
  en: {
    hello: (name) => `Hello ${name},`,
    recorded: (taken, product, order) =>
      `thank you for your call on ${taken}. This message confirms that we have recorded your complaint about: ${product}${order ? ` (order ${order})` : ''}. We are sorry for the trouble.`,
    forwarded: 'Your complaint has been passed to the person responsible, who will decide how to resolve it.',
    answerBy: (date) => `You will receive our answer by ${date} at the latest.`,
    outcomes: {
      replacement: 'We will send you a replacement.',
      'repair-or-fix': 'We will repair the product or fix the problem.',
      'price-reduction': 'As a gesture of goodwill, we will reduce the price.',
      apology: 'Once again, please accept our sincere apologies.',
    },
    regards: 'Kind regards',
    topic: 'Complaint made by phone',
    date: (y, m, d) => `${y}-${m}-${d}`,
  },
};

/** The confirmation's language for a market: Polish, Latvian, Portuguese, Croatian, otherwise English. */
export function confirmationLanguage(market: string): ConfirmationLanguage {
  const code = market.toUpperCase();
  return code === 'PL' ? 'pl' : code === 'LV' ? 'lv' : code === 'PT' ? 'pt' : code === 'HR' ? 'hr' : 'en';
}

function localDate(wording: Wording, iso: string): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  return wording.date(y, m, d);
}

/**
 * The confirmation's text in the market's language: greeting, what was recorded (product, order),
 * an apology, how it is handled (forwarded, or the documented outcome), and the promised answer
 * date while no outcome is documented. Lines end with a sign-off the seller completes.
 */
export function phoneComplaintConfirmation(facts: ConfirmationFacts): string {
  const wording = wordings[confirmationLanguage(facts.market)];
  const lines = [
    wording.hello(facts.buyerName.trim()),
    wording.recorded(localDate(wording, facts.takenOn), facts.product.trim(), facts.order),
    facts.outcome ? wording.outcomes[facts.outcome] : wording.forwarded,
    ...(facts.outcome ? [] : [wording.answerBy(localDate(wording, facts.promisedAnswerBy))]),
    '',
    wording.regards,
  ];
  return lines.join('\n');
}

/** The subject of a new order thread carrying the confirmation (OR43's FREE_TEXT topic), in the market's language. */
export function confirmationTopic(market: string): string {
  return wordings[confirmationLanguage(market)].topic;
}
