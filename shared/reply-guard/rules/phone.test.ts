import { describe, expect, it } from 'vitest';
import { findPhones, phoneFindings } from './phone';

const found = (text: string, market: string) => findPhones(text, market, []).map((s) => text.slice(s.start, s.end));

describe('findPhones', () => {
  it.each([
    ['PL', 'zadzwonić +48 600 100 200, lub', '+48 600 100 200'],
    ['PL', 'proszę dzwonić 600 100 200 do 18', '600 100 200'],
    ['PL', 'numer 512-345-678. Pozdrawiam', '512-345-678'],
    ['PL', 'infolinia 22 123 45 67, od poniedziałku', '22 123 45 67'],
    ['PL', 'mój numer to 0048 789 012 345', '0048 789 012 345'],
    ['PL', 'tel. 123 456 789 – w godzinach', '123 456 789'],
    ['LV', 'pa tālruni 29 123 456 pēc', '29 123 456'],
    ['LV', 'zvaniet uz +371 26 543 210 darba', '+371 26 543 210'],
    ['PT', 'ligue para o 912 345 678 e', '912 345 678'],
    ['HR', 'nazovite 091 234 5678.', '091 234 5678'],
    ['HR', 'kontakt +385 99 123 4567, slobodno', '+385 99 123 4567'],
    ['DE', 'erreichbar unter +49 151 23456789', '+49 151 23456789'],
    ['PT', 'apoio ao cliente: 912 345 678.', '912 345 678'],
    ['PL', 'zadzwoń 6 0 0 1 0 0 2 0 0', '6 0 0 1 0 0 2 0 0'],
  ])('finds the number in %s %j', (market, text, number) => {
    expect(found(text, market)).toEqual([number]);
  });

  it.each([
    ['PL', 'zamówienie PL0240384-A zostało wysłane'],
    ['PL', 'zamówienie 20240384 przyjęte'],
    ['LV', 'pasūtījums 20240384 ir nosūtīts'],
    ['LV', 'Jūsu 20240384 pasūtījums ir ceļā'],
    ['PL', 'numer przesyłki 00340434161234567890'],
    ['PL', 'paczka CX123456789PL i JJD0000000123456'],
    ['LV', 'sūtījums 6201 2345 6789 0123 4567 8901 ir ceļā'],
    ['PL', 'cena 1 499,00 zł'],
    ['PT', 'o preço é € 49.90'],
    ['PL', 'dostawa 28.11.2026 lub 2026-11-28 o 14:30'],
    ['PL', 'w zestawie 2 x 500 ml'],
    ['PL', 'ul. Magazynowa 12, 05-800 Pruszków'],
    ['PL', 'modele SM-A556B i WH-1000XM5'],
    ['PT', 'o seu NIF 234567890 consta da fatura'],
    ['HR', 'uplata, poziv na broj 20240384'],
    ['HR', 'vaš OIB 12345678901 upisan je'],
    ['PL', 'wymiary 120 x 60 x 75 cm'],
    ['HR', 'dostava je 28. 11. 2026. između 8 i 16'],
    ['PL', 'przesyłka DHL 1234567890 i GLS 12345678901'],
    ['PL', 'numer transakcji 202611280412345'],
    ['PT', 'Entidade 21312, Referência 123 456 789'],
    ['LV', 'līguma Nr. 26012345 ir pievienots'],
    ['HR', 'broj 12345678 je broj vaše narudžbe'],
  ])('finds no number in %s %j', (market, text) => {
    expect(found(text, market)).toEqual([]);
  });

  it('finds international numbers in a market libphonenumber does not know', () => {
    expect(found('numer +48 600 100 200, a drugi 600 100 200', 'XX')).toEqual(['+48 600 100 200']);
  });

  it('leaves digits that another rule explains', () => {
    const text = 'konto 61 1090 1014 0000 0712 1981 2874';
    expect(findPhones(text, 'PL', [{ start: 6, end: text.length }])).toEqual([]);
  });

  it('reports offsets into the text', () => {
    const text = 'Tel. 600 100 200.';
    expect(phoneFindings(findPhones(text, 'PL', [])).map((f) => [f.rule, f.start, f.end])).toEqual([['phone', 5, 16]]);
  });
});
