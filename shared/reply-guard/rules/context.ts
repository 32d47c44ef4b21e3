// The words around a digit string that say what it is: a phone number ("tel.", "zadzwoń",
// "ligue", "nazovite"), a bank account ("konto", "IBAN", "račun"), or a reference of the order,
// parcel, invoice or product ("zamówienie", "pasūtījums", "encomenda", "narudžba", "tracking").
// The nearest such word before the digits decides (see `nearestKind`).
import { after, before, lastEndOf, wordsRegex, type Span } from './text';

/** Words that say the digits after them are a phone number, in the markets' languages and English. */
export const PHONE_WORDS = wordsRegex(
  [
    ...['tel', 'telefon', 'telefonu', 'telefonem', 'telefonicznie', 'zadzwoń', 'zadzwon', 'zadzwonić', 'zadzwonic', 'dzwonić', 'dzwoń'],
    ...['komórka', 'komórkę', 'komórki', 'tel. kom', 'sms', 'esemes', 'numer telefonu', 'nr tel'],
    ...['tālr', 'tālrunis', 'tālruņa', 'tālruni', 'telefons', 'zvaniet', 'zvanīt', 'zvani', 'piezvaniet', 'piezvanīt', 'sazvanīt', 'mob'],
    ...['telefone', 'telemóvel', 'telemovel', 'tlm', 'tlf', 'ligue', 'ligar', 'liga-me', 'ligue-me', 'contacto'],
    ...['mobitel', 'mobitela', 'mobitelu', 'nazovite', 'nazovi', 'nazvati', 'pozovite', 'broj telefona', 'broj mobitela'],
    ...['phone', 'call', 'mobile', 'cell', 'text me', 'whatsapp', 'viber', 'telegram', 'signal'],
    ...['infolinia', 'infolinii', 'kontaktowy', 'numer kontaktowy', 'oddzwonię', 'blik', 'tālruņa numurs', 'zvanot', 'mb way'],
    ...['contacte', 'contacte-nos', 'contactar', 'telefonar', 'telefonicamente', 'zovite', 'zovi', 'telefonom'],
  ],
  String.raw`\.?:?`,
  'giu',
);

/** Words that say the digits after them are a reference of the order, parcel, invoice or product. */
export const REFERENCE_WORDS = wordsRegex(
  [
    ...['zamówienie', 'zamówienia', 'zamówieniu', 'zamówieniem', 'przesyłki', 'przesyłka', 'przesyłkę', 'paczki', 'paczka', 'paczkę'],
    ...['śledzenia', 'listu przewozowego', 'faktury', 'faktura', 'fakturę', 'reklamacji', 'zgłoszenia', 'zwrotu', 'seryjny'],
    ...[
      'pasūtījums',
      'pasūtījuma',
      'pasūtījumu',
      'pasūtījumā',
      'sūtījuma',
      'sūtījums',
      'sūtījumu',
      'izsekošanas',
      'paka',
      'pakas',
      'rēķina',
      'rēķins',
    ],
    ...['encomenda', 'encomendas', 'pedido', 'rastreio', 'rastreamento', 'envio', 'fatura', 'referência', 'referencia', 'código', 'codigo'],
    ...['narudžba', 'narudžbe', 'narudžbu', 'narudžbi', 'narudžbom', 'pošiljke', 'pošiljka', 'pošiljku', 'praćenja', 'šifra'],
    ...['order', 'orders', 'tracking', 'track', 'parcel', 'shipment', 'invoice', 'reference', 'ref', 'case', 'ticket', 'serial'],
    ...['nip', 'regon', 'pesel', 'ean', 'sku', 'imei', 'model', 'modelu', 'kod', 'code', 'kods', 'lot', 'poziv na broj'],
    ...['dhl', 'dpd', 'gls', 'ups', 'inpost', 'inpostu', 'paczkomat', 'paczkomatu', 'omniva', 'ctt', 'venipak', 'fedex', 'tnt'],
    ...['transakcji', 'transakcijas', 'transação', 'transacção', 'transakcije', 'transaction', 'umowy', 'umowa', 'līguma', 'līgums'],
    ...['contrato', 'ugovora', 'ugovor', 'contract', 'isbn', 'sn', 's/n', 'krs', 'bdo', 'serijski', 'sērijas', 'série', 'serie'],
    ...['nif', 'nipc', 'contribuinte', 'oib', 'jmbg', 'pvn', 'personas kods', 'ičo', 'dič', 'ust-idnr', 'cui', 'cnp', 'adószám'],
    ...['objednávka', 'objednávky', 'objednávku', 'rendelés', 'rendelésszám', 'bestellung', 'bestellnummer', 'comanda', 'comanda nr'],
  ],
  String.raw`\.?:?`,
  'giu',
);

/**
 * Words that put a number next to them in a bank account's context, in the markets' languages, as
 * whole words (so PL "konta" is not "kontakt").
 */
export const BANK_WORDS = wordsRegex(
  [
    ...['iban', 'nrb', 'nib', 'swift', 'bic', 'account', 'bank', 'transfer', 'sepa'],
    ...['konto', 'konta', 'kontu', 'kontem', 'rachunek', 'rachunku', 'rachunkiem', 'przelew', 'przelewu', 'przelewem'],
    ...['konts', 'kontā', 'pārskaitījums', 'pārskaitījumu', 'pārskaitiet', 'pārskaitīt', 'banka', 'bankas', 'bankā'],
    ...['conta', 'transferência', 'transferencia', 'transferir', 'transfira'],
    ...['račun', 'računa', 'računu', 'uplata', 'uplatu', 'uplatite', 'uplatiti', 'žiro'],
    ...['sąskaita', 'sąskaitą', 'sąskaitos', 'pavedimu', 'arvelduskonto', 'pangakonto'],
    ...['účet', 'účtu', 'ucet', 'uctu', 'bankszámla', 'bankszámlára', 'számlaszám', 'számlaszámra'],
    ...['kontonummer', 'bankverbindung', 'überweisung', 'cont', 'contul'],
    ...['mbank', 'pko', 'pekao', 'ing', 'santander', 'millennium', 'alior', 'revolut', 'swedbank', 'seb', 'citadele', 'luminor'],
    ...['cgd', 'bcp', 'novobanco', 'zaba', 'pbz', 'erste', 'otp', 'raiffeisen', 'addiko'],
  ],
  '',
  'giu',
);

const REFERENCE_AFTER = new RegExp(REFERENCE_WORDS.source, 'iu');

export type DigitsKind = 'phone' | 'bank' | 'reference' | 'none';

/**
 * What the words right before `span` (32 characters) say the digits are: the kind of the nearest
 * word among `kinds`, with a reference word right after the digits ("20240384 pasūtījums") counting
 * when nothing before does. A tie (a reference phrase that ends where a phone or bank word does)
 * is a reference.
 */
export function nearestKind(text: string, span: Span, kinds: readonly ('phone' | 'bank')[]): DigitsKind {
  const window = before(text, span.start, 32);
  const reference = lastEndOf(window, REFERENCE_WORDS);
  let best: DigitsKind = 'none';
  let bestEnd = -1;
  for (const kind of kinds) {
    const end = lastEndOf(window, kind === 'phone' ? PHONE_WORDS : BANK_WORDS);
    if (end > bestEnd) [best, bestEnd] = [kind, end];
  }
  if (bestEnd >= 0 && bestEnd > reference) return best;
  if (reference >= 0 || REFERENCE_AFTER.test(after(text, span.end, 14))) return 'reference';
  return 'none';
}
