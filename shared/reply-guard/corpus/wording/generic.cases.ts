import type { CorpusCase } from '../corpus-case';

const plShipped =
  'Dzień dobry Pani Anno, zamówienie 2024-11873 zostało wysłane dzisiaj kurierem. Numer przesyłki znajdzie Pani w szczegółach zamówienia na platformie. Pozdrawiamy, zespół sklepu.';
const plWarranty =
  'Dzień dobry, dziękujemy za zgłoszenie. Reklamacja została przyjęta, a urządzenie zostanie sprawdzone przez serwis w ciągu czternastu dni roboczych. O wyniku poinformujemy w tej wiadomości. Pozdrawiamy serdecznie.';
const lvShipped =
  'Labdien, Jāni! Jūsu pasūtījums 55120 ir nosūtīts šodien ar kurjeru. Izsekošanas numuru atradīsiet pasūtījuma informācijā platformā. Ar cieņu, veikala komanda.';
const ptSorry =
  'Bom dia, lamentamos o incómodo. A sua encomenda sofreu um atraso no armazém e será enviada amanhã de manhã. Obrigado pela paciência e pela compreensão.';
const hrReturn =
  'Poštovani, zaprimili smo vaš povrat i pregledali proizvod. Iznos će vam biti vraćen preko platforme u roku od pet radnih dana. Hvala na strpljenju i lijep pozdrav.';

/** Generic replies: placeholders left unfilled, or the same text as earlier replies to other buyers (DOMAIN.md rule 3). */
export const genericCases: CorpusCase[] = [
  {
    market: 'PL',
    expect: ['generic'],
    why: 'the same template with another name and order number',
    previousReplies: [plShipped],
    text: 'Dzień dobry Panie Piotrze, zamówienie 2024-11902 zostało wysłane dzisiaj kurierem. Numer przesyłki znajdzie Pan w szczegółach zamówienia na platformie. Pozdrawiamy, zespół sklepu.',
  },
  {
    market: 'PL',
    expect: ['generic'],
    why: 'curly placeholders unfilled',
    text: 'Dzień dobry {buyer}, zamówienie {order} wysłaliśmy kurierem {carrier}, numer śledzenia to {tracking}.',
  },
  {
    market: 'LV',
    expect: ['generic'],
    why: 'bracket placeholders unfilled',
    text: 'Labdien, [vārds]! Jūsu pasūtījums tiks piegādāts [datums], paldies par pacietību.',
  },
  {
    market: 'PT',
    expect: ['generic'],
    why: 'an angle-bracket placeholder',
    text: 'Olá <nome>, a sua encomenda foi enviada hoje e deve chegar dentro de dois dias.',
  },
  {
    market: 'HR',
    expect: ['generic'],
    why: 'XXX placeholders',
    text: 'Poštovani XXX, vaša narudžba je poslana, broj za praćenje pošiljke je XXX.',
  },
  {
    market: 'LV',
    expect: ['generic'],
    why: 'the same shipping reply to another buyer',
    previousReplies: ['Labdien, paldies par jautājumu.', lvShipped],
    text: 'Labdien, Anna! Jūsu pasūtījums 55187 ir nosūtīts šodien ar kurjeru. Izsekošanas numuru atradīsiet pasūtījuma informācijā platformā. Ar cieņu, veikala komanda.',
  },
  { market: 'PT', expect: ['generic'], why: 'the very same apology as before', previousReplies: [ptSorry], text: ptSorry },
  {
    market: 'HR',
    expect: ['generic'],
    why: 'one word changed in a return reply',
    previousReplies: [hrReturn],
    text: 'Poštovani, zaprimili smo vaš povrat i pregledali proizvod. Iznos će vam biti vraćen preko platforme u roku od pet radnih dana. Hvala na strpljenju i srdačan pozdrav.',
  },
  {
    market: 'PL',
    expect: ['generic'],
    why: 'an ellipsis placeholder',
    text: 'Dzień dobry, w sprawie […] informujemy, że reklamacja została przyjęta i jest rozpatrywana.',
  },
  {
    market: 'PT',
    expect: ['generic'],
    why: 'a double-brace placeholder',
    text: 'Olá {{nome}}, obrigado pela sua mensagem, a troca já foi aprovada e segue amanhã.',
  },
  {
    market: 'HR',
    expect: ['generic'],
    why: 'a %NAME% placeholder',
    text: 'Poštovani %KUPAC%, vaša reklamacija je prihvaćena i zamjena stiže idući tjedan.',
  },
  {
    market: 'PL',
    expect: ['generic'],
    why: 'the warranty template again, word for word',
    previousReplies: ['Dzień dobry, paczka dotarła do nas wczoraj.', plWarranty],
    text: plWarranty,
  },
  {
    market: 'BA',
    expect: ['generic'],
    why: 'the same reply sent to another buyer in Bosnia',
    previousReplies: [
      'Poštovani, vaša narudžba 7781 je poslana danas. Broj za praćenje je u detaljima narudžbe na platformi. Hvala na povjerenju.',
    ],
    text: 'Poštovani, vaša narudžba 7794 je poslana danas. Broj za praćenje je u detaljima narudžbe na platformi. Hvala na povjerenju.',
  },
  {
    market: 'LV',
    expect: ['generic'],
    why: 'a [...] placeholder',
    text: 'Labdien, attiecībā uz [...] informējam, ka pretenzija ir pieņemta izskatīšanai.',
  },
  {
    market: 'PL',
    expect: ['generic'],
    why: 'a bracketed name placeholder',
    text: 'Dzień dobry [imię kupującego], dziękujemy za cierpliwość, wymiana jest już w drodze.',
  },
];
