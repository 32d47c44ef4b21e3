import { describe, expect, it } from 'vitest';
import { findLinks, urlFindings } from './url';

const found = (text: string, emails = []) => findLinks(text, emails).map((s) => text.slice(s.start, s.end));

describe('findLinks', () => {
  it.each([
    ['instrukcja: https://elektro-dom.pl/instrukcje/vortex-s8.', 'https://elektro-dom.pl/instrukcje/vortex-s8'],
    ['na stronie www.elektro-dom.pl w zakładce', 'www.elektro-dom.pl'],
    ['opis jest na sklep-agd.pl, zakładka', 'sklep-agd.pl'],
    ['kliknij wa.me/48600100200 teraz', 'wa.me/48600100200'],
    ['film: youtu.be/dQw4w9WgXcQ, proszę', 'youtu.be/dQw4w9WgXcQ'],
    ['proszę wejść na www kropka sklep kropka pl i wypełnić', 'www kropka sklep kropka pl'],
    ['formularz na stronie elektrodom dot pl w stopce', 'elektrodom dot pl'],
    ['informacje: sklep . pl. Pozdrawiam', 'sklep . pl'],
    ['veidlapa ir www elektronams lv sadaļā', 'www elektronams lv'],
    ['obrazac je na elektrodom točka hr, pod', 'elektrodom točka hr'],
    ['consulte casaeletro ponto com, lá tem tudo', 'casaeletro ponto com'],
    ['strona sklep(kropka)pl', 'sklep(kropka)pl'],
    ['Strona WWW.SKLEP.PL', 'WWW.SKLEP.PL'],
  ])('finds the link in %j', (text, link) => {
    expect(found(text)).toEqual([link]);
  });

  it.each([
    'np.pl i Dziękuję.Do zobaczenia',
    'dziekuje.do widzenia, ok.to wszystko',
    'Sp. z o.o., ul. Długa 12, tj. obok',
    'zdjęcie.jpg i instrukcja.pdf w załączniku',
    'a encomenda será entregue no ponto de entrega',
    'neste ponto com certeza podemos ajudar',
    'model WH-1000XM5, cena 1 499,00 zł',
  ])('finds no link in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('leaves the domain of an e-mail address to the e-mail rule', () => {
    const text = 'pisz na jan@wp.pl';
    expect(findLinks(text, [{ start: 8, end: 17 }])).toEqual([]);
  });

  it('reports offsets and one finding per link', () => {
    const text = 'Zobacz sklep.pl i www.sklep.pl';
    expect(urlFindings(findLinks(text, [])).map((f) => [f.rule, f.start, f.end])).toEqual([
      ['url', 7, 15],
      ['url', 18, 30],
    ]);
  });
});
