import { describe, expect, it } from 'vitest';
import { checkReply } from '../index';

const offPlatform = (text: string, market = 'PL') => checkReply(text, { market }).filter((f) => f.rule === 'off-platform');

describe('the off-platform rule', () => {
  it.each([
    ['PL', 'Możemy rozliczyć się poza platformą, będzie taniej.', 'poza platformą'],
    ['LV', 'Varam vienoties ārpus platformas, tad būs lētāk.', 'ārpus platformas'],
    ['PT', 'Podemos tratar disto fora da plataforma, fica mais barato.', 'fora da plataforma'],
    ['HR', 'Možemo se dogovoriti izvan platforme, bit će jeftinije.', 'izvan platforme'],
    ['PL', 'Można zapłacić gotówką przy odbiorze w magazynie.', 'gotówką'],
    ['PL', 'Proszę zrobić przelew na konto firmowe, wyślę dziś.', 'przelew na konto'],
    ['PL', 'Proszę napisać do mnie prywatnie w tej sprawie.', 'prywatnie'],
  ])('finds the proposal in %s and points at it: %s', (market, text, phrase) => {
    const found = offPlatform(text, market);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(text.slice(f?.start, f?.end)).toContain(phrase);
    expect(f?.severity).toBe('block');
    expect(f?.message).toMatch(/DOMAIN\.md rule 2/);
  });

  it('highlights "directly" together with what makes it a proposal', () => {
    const text = 'Dzień dobry, proszę zapłacić bezpośrednio u nas.';
    const [f] = offPlatform(text);
    expect(text.slice(f?.start, f?.end)).toBe('zapłacić bezpośrednio');
  });

  it('keeps offsets right after characters that fold (ą, ł, ž)', () => {
    const text = 'Żółć ąęł. Ładnie: zapłać gotówką.';
    const [f] = offPlatform(text);
    expect(text.slice(f?.start, f?.end)).toBe('gotówką');
  });

  it.each([
    ['PL', 'Pieniądze zostaną zwrócone bezpośrednio po otrzymaniu zwrotu.'],
    ['PL', 'Platforma zwróci pieniądze na Pana konto w ciągu pięciu dni.'],
    ['PL', 'Zgodnie z regulaminem nie możemy kontaktować się poza platformą.'],
    ['PL', 'Kurier skontaktuje się telefonicznie przed doręczeniem.'],
    ['PL', 'Osobiście sprawdziłem paczkę przed wysłaniem.'],
    ['PL', 'Przesyłka zostanie wysłana bezpośrednio z magazynu producenta.'],
    ['PL', 'Wymiana baterii poza gwarancją kosztuje 89 zł.'],
    ['PT', 'O reembolso é feito pela plataforma diretamente após a devolução.'],
    ['PT', 'The return goes through the platform, as always.'],
    ['HR', 'Iznos će vam biti vraćen izravno nakon što zaprimimo paket.'],
  ])('leaves the trap alone (%s): %s', (market, text) => {
    expect(offPlatform(text, market)).toEqual([]);
  });
});
