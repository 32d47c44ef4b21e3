import type { CorpusCase } from './corpus-case';

const at = (market: string, text: string, expect: CorpusCase['expect'], why: string): CorpusCase => ({ market, text, expect, why });

/** The other markets (BA, LT, EE, CZ, SK, RO, HU, DE): a few replies each, in the market's language. */
export const otherMarketsContactCorpus: CorpusCase[] = [
  at('BA', 'Poštovani, za servis nazovite +387 61 123 456 radnim danom.', ['phone', 'off-platform'], 'a Bosnian mobile number'),
  at('BA', 'Poštovani, pišite na prodaja@elektro.ba, poslat ćemo upute.', ['email', 'off-platform'], 'an address'),
  at('LT', 'Laba diena, skambinkite +370 612 34567, mielai padėsime.', ['phone'], 'a Lithuanian mobile number'),
  at('LT', 'Laba diena, rašykite el. paštu info@parduotuve.lt, atsakysime šiandien.', ['email'], 'an address'),
  at('LT', 'Laba diena, sumokėkite pavedimu į sąskaitą LT71 7300 0101 2345 6789.', ['iban', 'off-platform'], 'a Lithuanian IBAN'),
  at('EE', 'Tere, helistage numbril +372 5123 4567, aitame hea meelega.', ['phone'], 'an Estonian mobile number'),
  at('EE', 'Tere, kirjutage meile aadressil pood@elektro.ee.', ['email'], 'an address'),
  at('CZ', 'Dobrý den, volejte prosím na +420 601 123 456.', ['phone', 'off-platform'], 'a Czech mobile number'),
  at('CZ', 'Dobrý den, napište nám prosím na WhatsApp, pošleme fotky.', ['messenger', 'off-platform'], 'WhatsApp'),
  at('CZ', 'Dobrý den, platbu pošlete na účet CZ65 0800 0000 1920 0014 5399.', ['iban', 'off-platform'], 'a Czech IBAN'),
  at('SK', 'Dobrý deň, návod nájdete na www.elektro.sk v časti Servis.', ['url'], 'a www address'),
  at('RO', 'Bună ziua, ne puteți scrie la magazin@electro.ro pentru detalii.', ['email'], 'an address'),
  at('RO', 'Bună ziua, sunați la 0721 234 567 între orele 9 și 17.', ['phone'], 'a Romanian mobile number'),
  at('HU', 'Jó napot, hívjon a +36 30 123 4567 számon.', ['phone', 'off-platform'], 'a Hungarian mobile number'),
  at('HU', 'Jó napot, írjon nekünk a Facebookon, ott gyorsabban válaszolunk.', ['messenger', 'off-platform'], 'Facebook'),
  at('DE', 'Guten Tag, schreiben Sie uns bitte an info@elektro-haus.de.', ['email', 'off-platform'], 'an address'),
  at('DE', 'Guten Tag, die Anleitung finden Sie unter www.elektro-haus.de/anleitung.', ['url'], 'a www link'),
  at('DE', 'Guten Tag, überweisen Sie den Betrag bitte an DE89 3704 0044 0532 0130 00.', ['iban', 'off-platform'], 'a German IBAN'),
];

/** The other markets' clean replies. */
export const otherMarketsCleanCorpus: CorpusCase[] = [
  at('CZ', 'Dobrý den, objednávka 20240384 byla odeslána, doručení do dvou pracovních dnů.', [], 'an order number'),
  at(
    'DE',
    'Guten Tag, Ihre Bestellung 2024038412 wurde versandt, die Sendungsnummer ist 00340434161234567890.',
    [],
    'order and parcel numbers',
  ),
  at('LT', 'Laba diena, užsakymas išsiųstas, siunta bus pristatyta per dvi darbo dienas.', [], 'a plain status update'),
  at('HU', 'Jó napot, a rendelés 2026.11.28-án érkezik a csomagautomatába.', [], 'a Hungarian date'),
  at('RO', 'Bună ziua, prețul este 249,90 lei, iar livrarea este gratuită.', [], 'a price in lei'),
  at('DE', 'Guten Tag, das Signal ist im Keller schwach, das ist bei diesem Modell normal.', [], 'the German noun "Signal"'),
  at('EE', 'Tere, tellimus saadeti täna ja pakk jõuab pakiautomaati kahe päeva jooksul.', [], 'a plain status update'),
];
