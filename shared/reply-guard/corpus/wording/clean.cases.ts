import type { CorpusCase } from '../corpus-case';

/**
 * Clean replies in the Polish and Latvian markets, many of them traps for the wording rules: time phrases
 * with "directly", the platform as the channel, negated rules, couriers who call, discounts on this order,
 * "outside the warranty", sizes that look like placeholders, answers in other words than the question's.
 */
export const cleanCasesPlLv: CorpusCase[] = [
  {
    market: 'PL',
    expect: [],
    why: '"bezpośrednio po" is a time phrase; the refund goes through the platform',
    text: 'Dzień dobry, zwrot przechodzi przez platformę: pieniądze zostaną zwrócone bezpośrednio po otrzymaniu przesyłki zwrotnej.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'the rule stated, negated',
    text: 'Dzień dobry, zgodnie z regulaminem nie możemy kontaktować się poza platformą, dlatego odpowiadamy tutaj.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'the platform refunds to the buyer account',
    text: 'Dzień dobry, platforma zwróci pieniądze na Pana konto w ciągu pięciu dni roboczych.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'the courier calls, not the seller',
    text: 'Dzień dobry, kurier skontaktuje się telefonicznie przed doręczeniem, paczka trafi do rąk własnych.',
  },
  {
    market: 'PL',
    expect: [],
    why: '"osobiście" without a hand-over',
    text: 'Dzień dobry, osobiście sprawdziłem paczkę przed wysłaniem, wszystkie elementy były w komplecie.',
  },
  {
    market: 'PL',
    expect: [],
    why: '"bezpośrednio" to the manufacturer’s service, not to the seller',
    text: 'Dzień dobry, proszę skontaktować się bezpośrednio z serwisem producenta, który obsługuje naprawy gwarancyjne.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'shipped directly from the warehouse',
    text: 'Dzień dobry, przesyłka zostanie wysłana bezpośrednio z magazynu producenta w Niemczech.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'cash on delivery offered by the platform itself',
    text: 'Dzień dobry, płatność za pobraniem jest dostępna przy składaniu zamówienia na platformie.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'a discount on this order as compensation',
    text: 'Dzień dobry, rabat 20 zł na to zamówienie przyznaliśmy jako rekompensatę za opóźnienie, kwota wróci przez platformę.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'bought on promotion: not an offer',
    text: 'Dzień dobry, produkt był kupiony w promocji, ale gwarancja obowiązuje normalnie przez dwa lata.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'a warranty voucher in the box',
    text: 'Dzień dobry, w zestawie jest kupon gwarancyjny, proszę go zachować razem z paragonem.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'sizes XXL and XXXL are not placeholders',
    text: 'Dzień dobry, rozmiar XXL jest niestety wyprzedany, możemy wysłać XXXL w tej samej cenie.',
  },
  {
    market: 'PL',
    expect: [],
    why: '"poza gwarancją" is outside the warranty, a price answers "ile"',
    buyerMessage: 'Dzień dobry, ile kosztuje wymiana baterii?',
    text: 'Dzień dobry, wymiana baterii poza gwarancją kosztuje 89 zł, a trwa około tygodnia.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'the invoice is in the platform',
    text: 'Dzień dobry, faktura jest dostępna do pobrania bezpośrednio w szczegółach zamówienia na platformie.',
  },
  { market: 'PL', expect: [], why: 'a short English thanks is not judged', text: 'OK, thanks!' },
  {
    market: 'PL',
    expect: [],
    why: 'both questions answered in other words',
    buyerMessage: 'Kiedy wyślecie paczkę? Czy mogę zmienić adres na paczkomat?',
    text: 'Dzień dobry, paczka wyjdzie jutro, a adres dostawy zmienimy na wskazany paczkomat – proszę podać jego kod w tej wiadomości.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'a "kiedy" statement is not a question; "co mogę zrobić" has no content word to judge',
    buyerMessage: 'Kiedy otworzyłem paczkę, okazało się, że ekran jest pęknięty. Co mogę zrobić?',
    text: 'Dzień dobry, bardzo nam przykro. Proszę zgłosić reklamację na platformie, a wymienimy ekran lub cały produkt.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'no question in the buyer message',
    buyerMessage: 'Dzień dobry, dziękuję, paczka dotarła.',
    text: 'Dzień dobry, cieszymy się, że wszystko dotarło, dziękujemy za informację.',
  },
  {
    market: 'PL',
    expect: [],
    why: 'a reply sharing only the greeting and closing with an earlier one',
    previousReplies: [
      'Dzień dobry, dziękujemy za wiadomość. Zamówienie zostało wysłane kurierem dzisiaj rano, numer przesyłki jest w szczegółach. Pozdrawiamy, zespół sklepu.',
    ],
    text: 'Dzień dobry, dziękujemy za wiadomość. Reklamację przyjęliśmy, urządzenie sprawdzi serwis w ciągu kilku dni roboczych. Pozdrawiamy, zespół sklepu.',
  },
  {
    market: 'LV',
    expect: [],
    why: '"tieši pēc" is a time phrase; the return goes through the platform',
    text: 'Labdien, atgriešana notiek caur platformu, nauda tiks atmaksāta tieši pēc preces saņemšanas.',
  },
  {
    market: 'LV',
    expect: [],
    why: 'the rule stated, negated',
    text: 'Labdien, mēs nedrīkstam sazināties ārpus platformas, tāpēc atbildam šeit.',
  },
  {
    market: 'LV',
    expect: [],
    why: 'the courier calls',
    text: 'Labdien, kurjers piezvanīs pa telefonu pirms piegādes, lūdzu, sekojiet sūtījuma statusam.',
  },
  {
    market: 'LV',
    expect: [],
    why: 'a discount on this order as compensation',
    text: 'Labdien, atlaide piecu eiro apmērā šim pasūtījumam jau ir piemērota kā kompensācija par kavēšanos.',
  },
  {
    market: 'LV',
    expect: [],
    why: '"ārpus garantijas" is outside the warranty',
    text: 'Labdien, remonts ārpus garantijas maksā 35 EUR, cena ietver piegādi abos virzienos.',
  },
  {
    market: 'LV',
    expect: [],
    why: 'both questions answered',
    buyerMessage: 'Labdien, vai varu atgriezt preci? Uz kādu adresi to sūtīt?',
    text: 'Labdien, jā, preci varat atgriezt četrpadsmit dienu laikā, atgriešanas adresi un etiķeti atradīsiet platformā sadaļā Atgriešana.',
  },
  {
    market: 'LV',
    expect: [],
    why: 'a long Latvian reply with order and model numbers',
    text: 'Labdien! Paldies par jūsu ziņu par pasūtījumu 2024-55120. Mēs pārbaudījām viedpulksteni FitPulse 3 (modelis FP3-220) un konstatējām, ka problēma ir programmatūrā. Nosūtīsim jums jaunu ierīci rīt, un izsekošanas numurs būs redzams pasūtījuma informācijā. Veco ierīci varat atgriezt ar platformas izveidoto atgriešanas etiķeti.',
  },
];
