import { describe, expect, it } from 'vitest';
import { checkReply } from '../index';

const language = (text: string, market: string) => checkReply(text, { market }).filter((f) => f.rule === 'language');

describe('the language rule', () => {
  it('flags a Polish reply in a Latvian market as a whole-reply warning', () => {
    const found = language('Dzień dobry, paczka została wysłana wczoraj, numer przesyłki jest w zamówieniu.', 'LV');
    expect(found).toEqual([expect.objectContaining({ rule: 'language', severity: 'warn', start: 0, end: 0 })]);
    expect(found[0]?.message).toMatch(/Polish.*Latvian.*LV/);
  });

  it('flags English in a PL market', () => {
    expect(language('Hello, the parcel was shipped yesterday and should arrive within two days.', 'PL')).toHaveLength(1);
  });

  it('flags a long reply whose middle and end are in another language, sampling beyond the detector’s window', () => {
    const english = 'We have checked the parcel with the warehouse team and the carrier reports a short delay. ';
    const polish = 'Dzień dobry, dziękujemy za wiadomość. ';
    expect(language(polish + english.repeat(12), 'PL')).toHaveLength(1);
  });

  it.each([
    ['PL', 'OK, thanks!'],
    ['PL', 'Thank you very much'],
    ['HR', 'Poštovani, poslaćemo vam novi proizvod sutra ujutru, izvinjavamo se zbog kašnjenja.'],
    ['BA', 'Poštovani, paket je poslan jučer, broj za praćenje vidjet ćete u detaljima narudžbe.'],
    ['XX', 'Hello, the parcel was shipped yesterday and will arrive soon, thank you.'],
    ['LV', 'Labdien, pasūtījums 2024-55120 ir nosūtīts, izsekošanas numurs ir pasūtījuma informācijā.'],
  ])('does not judge short replies, the HR/BS/SR group or unknown markets (%s): %s', (market, text) => {
    expect(language(text, market)).toEqual([]);
  });
});
