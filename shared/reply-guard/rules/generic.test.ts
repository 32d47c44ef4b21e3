import { describe, expect, it } from 'vitest';
import { checkReply } from '../index';

const generic = (text: string, previousReplies?: string[]) =>
  checkReply(text, { market: 'PL', previousReplies }).filter((f) => f.rule === 'generic');

describe('the generic rule', () => {
  it('points at every unfilled placeholder', () => {
    const text = 'Dzień dobry {buyer}, zamówienie [numer] wysłaliśmy, <kurier> poda XXX oraz {{tracking}} i […].';
    const spans = generic(text).map((f) => text.slice(f.start, f.end));
    expect(spans).toEqual(['{buyer}', '[numer]', '<kurier>', 'XXX', '{{tracking}}', '[…]']);
  });

  it('leaves sizes, bracketed figures and emoticons alone', () => {
    expect(generic('Dzień dobry, rozmiar XXL i XXXL są dostępne, model [wersja 2] też, dziękujemy <3')).toEqual([]);
  });

  const earlier =
    'Dzień dobry Pani Anno, zamówienie 2024-11873 zostało wysłane dzisiaj kurierem. Numer przesyłki znajdzie Pani w szczegółach zamówienia. Pozdrawiamy, zespół sklepu.';

  it('finds the same reply sent to another buyer, names and numbers aside, as a whole-reply warning', () => {
    const text =
      'Dzień dobry Panie Piotrze, zamówienie 2024-11902 zostało wysłane dzisiaj kurierem. Numer przesyłki znajdzie Pan w szczegółach zamówienia. Pozdrawiamy, zespół sklepu.';
    expect(generic(text, ['Inna odpowiedź.', earlier])).toEqual([expect.objectContaining({ start: 0, end: 0, severity: 'warn' })]);
  });

  it('does not call a reply generic for sharing its greeting and closing', () => {
    const text =
      'Dzień dobry Pani Anno, reklamację przyjęliśmy i urządzenie sprawdzi serwis w ciągu kilku dni roboczych. Pozdrawiamy, zespół sklepu.';
    expect(generic(text, [earlier])).toEqual([]);
  });

  it('does not compare very short replies', () => {
    expect(generic('Dziękujemy, pozdrawiamy.', ['Dziękujemy, pozdrawiamy.'])).toEqual([]);
  });
});
