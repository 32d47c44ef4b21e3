import { describe, expect, it } from 'vitest';
import { findMessengers, messengerFindings } from './messenger';

const found = (text: string) => findMessengers(text, []).map((s) => text.slice(s.start, s.end));

describe('findMessengers', () => {
  it.each([
    ['lub WhatsApp.', ['WhatsApp']],
    ['napisz na whatsappie', ['whatsappie']],
    ['numer na whatsappa: 600', ['whatsappa']],
    ['video nosūtīšu vacapā', ['vacapā']],
    ['fale comigo no zap', ['zap']],
    ['manda no zapzap', ['zapzap']],
    ['pišite mi na vajber', ['vajber']],
    ['javite se preko Vibera ili WhatsAppa', ['Vibera', 'WhatsAppa']],
    ['esam arī Telegramā', ['Telegramā']],
    ['jestem na Signalu', ['Signalu']],
    ['contact me on Signal', ['Signal']],
    ['łatwiej na Messengerze', ['Messengerze']],
    ['pelo Messenger da página', ['Messenger']],
    ['znajdź nas na fejsie', ['fejsie']],
    ['naša stranica na fejsu', ['fejsu']],
    ['atrodiet mūs feisbukā', ['feisbukā']],
    ['podeślij na insta', ['insta']],
    ['obserwuj nas na IG', ['IG']],
    ['na Instagramie', ['Instagramie']],
    ['no face da loja', ['face']],
    ['napiszę na Skypie', ['Skypie']],
    ['mamy WeChat', ['WeChat']],
    ['nasz profil to @elektro_dom.', ['@elektro_dom']],
    ['link t.me/sklep', ['t.me']],
    ['napisz na WA', ['WA']],
    ['piszę na mesendżerze', ['mesendżerze']],
    ['mamy też Snapchata', ['Snapchata']],
    ['Signal: +48 600 100 200', ['Signal']],
  ])('finds the channel in %j', (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it.each([
    'urządzenie traci sygnał Wi-Fi',
    'uređaj gubi signal preko Bluetootha',
    'Signal je slab u podrumu',
    'das Signal ist im Keller schwach',
    'depends on Signal strength',
    'torba Messenger Urban jest czarna',
    'the messenger bag is in stock',
    'apply the cream on face twice a day',
    'kamera Insta360 X4 jest na stanie',
    'instalacja trwa 10 minut',
    'o sinal do Wi-Fi',
    'cena @ 49 zł',
    'spotkanie o 14:00 @ biuro',
    'WA to skrót województwa',
  ])('finds no channel in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('does not take the "@" of an e-mail address for a handle', () => {
    const text = 'jan @wp.pl';
    expect(findMessengers(text, [{ start: 0, end: 10 }])).toEqual([]);
  });

  it('names the channel in the message and reports offsets', () => {
    const text = 'Napisz na WhatsAppie albo do @sklep';
    expect(messengerFindings(findMessengers(text, [])).map((f) => [f.start, f.end, f.message.slice(0, 40)])).toEqual([
      [10, 20, 'A messenger or social network (WhatsApp)'],
      [29, 35, 'A social-media handle: buyers may be con'],
    ]);
  });
});
