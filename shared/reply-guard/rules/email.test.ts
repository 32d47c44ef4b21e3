import { describe, expect, it } from 'vitest';
import { emailFindings, findEmails } from './email';

const found = (text: string) => findEmails(text).map((s) => text.slice(s.start, s.end));

describe('findEmails', () => {
  it.each([
    ['Proszę napisać na sklep@elektro-dom.pl albo zadzwonić', 'sklep@elektro-dom.pl'],
    ['zdjęcia na jan (at) wp.pl, dziękuję', 'jan (at) wp.pl'],
    ['pisz: jan [at] wp.pl.', 'jan [at] wp.pl'],
    ['pisz: jan [małpa] wp pl i tyle', 'jan [małpa] wp pl'],
    ['adres jan małpa wp kropka pl', 'jan małpa wp kropka pl'],
    ['mail jan.kowalski at gmail dot com', 'jan.kowalski at gmail dot com'],
    ['adrese anna pie inbox punkts lv', 'anna pie inbox punkts lv'],
    ['email joao arroba sapo ponto pt, obrigado', 'joao arroba sapo ponto pt'],
    ['mail ivan majmunče gmail točka com', 'ivan majmunče gmail točka com'],
    ['na biuro @ elektro-dom . pl dziś', 'biuro @ elektro-dom . pl'],
    ['kontakt: biuro(at)sklep(kropka)pl', 'biuro(at)sklep(kropka)pl'],
    ['kontakt: jan.nowak[at]gmail[.]com', 'jan.nowak[at]gmail[.]com'],
    ['write to ana [at] gmail please', 'ana [at] gmail'],
    ['schreiben an hans at web dot de', 'hans at web dot de'],
    ['PT: pedro at hotmail dot com com as fotos', 'pedro at hotmail dot com'],
  ])('finds the address in %j', (text, address) => {
    expect(found(text)).toEqual([address]);
  });

  it.each([
    'buy it at amazon.com',
    'I am at home. Com',
    'no ponto de entrega',
    'atgrieztā paka pie mums pienāca vakar',
    'Spotkajmy się at 10 dot 30',
    'cena @ 49 zł',
    'jan@sklep i reszta',
  ])('finds no address in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['pisz: jan.kowalski gmail.com', 'jan.kowalski gmail.com'],
    ['mój e-mail: kowalski wp.pl', 'kowalski wp.pl'],
    ['o email é ana_silva sapo ponto pt.', 'ana_silva sapo ponto pt'],
  ])('finds an address with the "@" left out in %j', (text, address) => {
    expect(found(text)).toEqual([address]);
  });

  it('needs a user name or an e-mail word before a provider with no "@"', () => {
    expect(found('konto na gmail.com nie jest potrzebne')).toEqual([]);
  });

  it('ends the address before the sentence that follows it', () => {
    expect(found('jan@wp.pl. Do zobaczenia')).toEqual(['jan@wp.pl']);
  });

  it('reports offsets into the text as typed, and says whether the address was spelled out', () => {
    const text = 'Dzień dobry, jan (at) wp.pl albo ola@wp.pl.';
    const findings = emailFindings(text, findEmails(text));
    expect(findings.map((f) => [f.start, f.end, f.severity])).toEqual([
      [13, 27, 'block'],
      [33, 42, 'block'],
    ]);
    expect(findings[0]?.message).toMatch(/spelled out/);
    expect(findings[1]?.message).toBe('An e-mail address: buyers may be contacted only through the platform (DOMAIN.md rule 2).');
  });
});
