import { describe, expect, it } from 'vitest';
import { checkReply } from '../index';
import { questionsOf } from './unanswered';

const unanswered = (text: string, buyerMessage: string, market = 'PL') =>
  checkReply(text, { market, buyerMessage }).filter((f) => f.rule === 'unanswered');

describe('the unanswered rule', () => {
  it('splits a buyer message into questions, with and without question marks', () => {
    const qs = questionsOf(
      'Dzień dobry. Kiedy otworzyłem paczkę, ekran był pęknięty. Czy mogę prosić o fakturę. Jak długo to potrwa? Dziękuję.',
    );
    expect(qs.map((q) => q.text)).toEqual(['Czy mogę prosić o fakturę.', 'Jak długo to potrwa?']);
  });

  it('finds indirect questions ("proszę o informację, czy …")', () => {
    expect(questionsOf('Proszę o informację, czy naprawa będzie w ramach gwarancji.')).toHaveLength(1);
  });

  it('lists each unanswered question as a whole-reply warning quoting it', () => {
    const found = unanswered(
      'Dzień dobry, paczka wyjdzie jutro rano.',
      'Kiedy wyślecie paczkę? Czy mogę zapłacić kartą przy odbiorze? Czy dołączycie fakturę?',
    );
    expect(found).toHaveLength(2);
    expect(found.every((f) => f.start === 0 && f.end === 0 && f.severity === 'warn')).toBe(true);
    expect(found[0]?.message).toContain('Czy mogę zapłacić kartą przy odbiorze?');
    expect(found[1]?.message).toContain('Czy dołączycie fakturę?');
  });

  it('counts an answer in other forms of the same words, a date or a price as addressed', () => {
    expect(unanswered('Dzień dobry, fakturę dołączyliśmy, a wysyłka będzie w czwartek.', 'Czy dołączycie fakturę? Kiedy wysyłka?')).toEqual(
      [],
    );
    expect(unanswered('Olá, custa 4,90 €.', 'Quanto custa o envio?', 'PT')).toEqual([]);
    expect(unanswered('Labdien, jā, preci varat atgriezt.', 'Vai varu atgriezt preci?', 'LV')).toEqual([]);
  });

  it('gives nothing without a buyer message or without questions', () => {
    expect(unanswered('Dzień dobry, dziękujemy.', '')).toEqual([]);
    expect(unanswered('Dzień dobry, dziękujemy.', 'Paczka dotarła, dziękuję.')).toEqual([]);
  });
});
