import { describe, expect, it } from 'vitest';
import { checkReply } from '../index';

const marketing = (text: string, market = 'PL') => checkReply(text, { market }).filter((f) => f.rule === 'marketing');

describe('the marketing rule', () => {
  it.each([
    ['PL', 'Na kolejne zakupy mamy dla Pana rabat 10%.', 'rabat'],
    ['PL', 'Przesyłam kod rabatowy na następne zamówienie.', 'kod rabatowy'],
    ['LV', 'Piedāvājam atlaidi nākamajam pirkumam.', 'atlaidi nākamajam pirkumam'],
    ['PT', 'Oferecemos desconto na próxima compra.', 'desconto na próxima compra'],
    ['HR', 'Za sljedeću kupnju imate popust.', 'popust'],
    ['PL', 'Zapraszamy do zapisania się na nasz newsletter.', 'newsletter'],
    ['PT', 'Siga-nos nas redes sociais para não perder nada.', 'Siga-nos'],
    ['HR', 'Isti proizvod kupite povoljnije u našoj web trgovini.', 'našoj web trgovini'],
  ])('finds marketing in %s: %s', (market, text, phrase) => {
    const found = marketing(text, market);
    expect(found.length).toBeGreaterThan(0);
    const [f] = found;
    expect(text.slice(f?.start, f?.end)).toContain(phrase);
    expect(f?.severity).toBe('warn');
  });

  it.each([
    ['PL', 'Rabat 20 zł na to zamówienie przyznaliśmy jako rekompensatę.'],
    ['PL', 'Produkt był kupiony w promocji, gwarancja obowiązuje normalnie.'],
    ['PT', 'Aplicámos um desconto de 5 € nesta encomenda pelo atraso.'],
    ['HR', 'Odobrili smo popust od 10 % na ovu narudžbu kao ispriku.'],
    ['LV', 'Atlaide šim pasūtījumam jau ir piemērota kā kompensācija.'],
    ['PL', 'Nie kontaktujemy się przez media społecznościowe.'],
  ])('leaves a discount on this order or a negation alone (%s): %s', (market, text) => {
    expect(marketing(text, market)).toEqual([]);
  });
});
