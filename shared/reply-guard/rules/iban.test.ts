import { describe, expect, it } from 'vitest';
import { findAccounts, ibanFindings } from './iban';

const found = (text: string) => findAccounts(text).map((s) => text.slice(s.start, s.end));

describe('findAccounts', () => {
  it.each([
    ['IBAN: PL61 1090 1014 0000 0712 1981 2874, dziękuję', 'PL61 1090 1014 0000 0712 1981 2874'],
    ['na PL61109010140000071219812874.', 'PL61109010140000071219812874'],
    ['IBAN PL 61 1090 1014 0000 0712 1981 2874', 'PL 61 1090 1014 0000 0712 1981 2874'],
    ['przedpłata na 61 1090 1014 0000 0712 1981 2874, wyślę', '61 1090 1014 0000 0712 1981 2874'],
    ['pārskaitījumu uz kontu LV92 HABA 0551 0203 0405 0, un', 'LV92 HABA 0551 0203 0405 0'],
    ['IBAN PT50 0002 0123 1234 5678 9015 4 e enviamos', 'PT50 0002 0123 1234 5678 9015 4'],
    ['o NIB é 0035 0097 0000 1234 5678 9, indique', '0035 0097 0000 1234 5678 9'],
    ['uplatite na račun 2484008-1105123456.', '2484008-1105123456'],
    ['uplatite na HR12 1001 0051 8630 0016 0', 'HR12 1001 0051 8630 0016 0'],
    ['IBAN: PL62 1090 1014 0000 0712 1981 2874', 'PL62 1090 1014 0000 0712 1981 2874'],
    ['mBank 12 1020 5558 1111 1234 5678 9012', '12 1020 5558 1111 1234 5678 9012'],
    ['broj računa: 2484008-1105123456, hvala', '2484008-1105123456'],
    ['konta nr. LV80BANK0000435195001, lūdzu', 'LV80BANK0000435195001'],
  ])('finds the account in %j', (text, account) => {
    expect(found(text)).toEqual([account]);
  });

  it.each([
    'zamówienie PL0240384-A zostało wysłane',
    'numer przesyłki 00340434161234567890',
    'Zwrot na konto. Numer przesyłki 00340434161234567890 w DPD.',
    'kwota 249,90 zł zostanie zwrócona na konto',
    'PL62 1090 1014 0000 0712 1981 2874 to numer referencyjny',
    'poziv na broj HR00 20240384',
    'kod EAN 5901234123457',
  ])('finds no account in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports the offsets of the account', () => {
    const text = 'Konto: PL61109010140000071219812874';
    expect(ibanFindings(findAccounts(text)).map((f) => [f.rule, f.start, f.end, f.severity])).toEqual([['iban', 7, 35, 'block']]);
  });
});
