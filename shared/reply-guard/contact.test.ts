import { describe, expect, it } from 'vitest';
import { checkContactData } from './contact';
import { checkReply } from './index';

describe('the contact-data rules through checkReply', () => {
  it('blocks the reply of issue 11 with its four findings where the text says them', () => {
    const text = 'Proszę napisać na sklep@elektro-dom.pl albo zadzwonić +48 600 100 200, lub WhatsApp.';
    const findings = checkReply(text, { market: 'PL' });
    expect(findings.map((f) => [f.rule, text.slice(f.start, f.end), f.severity])).toEqual([
      ['off-platform', 'napisać', 'block'],
      ['email', 'sklep@elektro-dom.pl', 'block'],
      ['phone', '+48 600 100 200', 'block'],
      ['messenger', 'WhatsApp', 'block'],
    ]);
    for (const f of findings) expect(f.message).toMatch(/platform \(DOMAIN\.md rule 2\)\.$/);
  });

  it('reports a link to a messenger as a link and a messenger, and its digits not as a phone number', () => {
    const text = 'Proszę kliknąć wa.me/48600100200.';
    expect(checkReply(text, { market: 'PL' }).map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ['messenger', 'wa.me'],
      ['url', 'wa.me/48600100200'],
    ]);
  });

  it('reports the domain of an address as the address only, and an IBAN not as a phone number', () => {
    const text = 'Pisz: jan (at) wp.pl, konto PL61 1090 1014 0000 0712 1981 2874.';
    // "Pisz" offers the address as a channel, and an account number asks for a payment: both off the platform.
    expect(checkReply(text, { market: 'PL' }).map((f) => f.rule)).toEqual(['off-platform', 'email', 'iban', 'off-platform']);
  });

  it('never reports the same rule twice for one stretch of text', () => {
    const text = 'Mój WhatsApp: api.whatsapp.com/send?phone=48600100200 oraz facebook.com/sklep i jan@wp.pl';
    const findings = checkContactData(text, { market: 'PL' });
    const keys = findings.map((f) => `${f.rule}:${f.start}:${f.end}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of findings) {
      const inside = findings.filter((b) => b !== a && b.rule === a.rule && b.start <= a.start && a.end <= b.end);
      expect(inside, `${a.rule} ${text.slice(a.start, a.end)}`).toEqual([]);
    }
  });

  it('finds nothing in an empty reply or one without contact data', () => {
    expect(checkContactData('', { market: 'PL' })).toEqual([]);
    expect(checkContactData('Dzień dobry, paczka wyszła dziś. Pozdrawiam!', { market: 'PL' })).toEqual([]);
  });

  it('takes any market code, known to libphonenumber or not', () => {
    const text = 'tel. +48 600 100 200';
    for (const market of ['PL', 'lv', 'BA', 'XX', '']) {
      expect(checkContactData(text, { market }).map((f) => f.rule)).toEqual(['phone']);
    }
  });
});

// Each input is built to make a careless regex backtrack: long runs of what a rule's pattern
// repeats, with the one character that makes the match fail at the very end. Linear patterns get
// through all of them in a few milliseconds; a catastrophic one would not return before the test
// times out. Time is measured by the bench, not asserted here.
describe('the contact-data rules on adversarial 5,000-character replies', () => {
  const adversarial: Array<[string, string]> = [
    ['letters', 'a'.repeat(5000)],
    ['digits', '1'.repeat(5000)],
    ['spaced digits', '1 '.repeat(2500)],
    ['dashed digits', '12-'.repeat(1666)],
    ['dotted words', 'a.'.repeat(2500)],
    ['labels and spaces', 'ab '.repeat(1666)],
    ['at signs', '@a'.repeat(2500)],
    ['spelled-out at', 'jan at '.repeat(714)],
    ['spelled-out dots', 'sklep kropka '.repeat(384)],
    ['bracketed dots', 'a(dot)'.repeat(833)],
    ['www', 'www '.repeat(1250)],
    ['country codes', 'PL12 '.repeat(1000)],
    ['plus signs', '+4'.repeat(2500)],
    ['local part', `${'a.'.repeat(2499)}@`],
    ['phone words', 'tel. '.repeat(1000)],
    ['messenger names', 'na whatsappie '.repeat(357)],
  ];

  it.each(adversarial)('returns on %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(4990);
    const findings = checkReply(text, { market: 'PL' });
    expect(Array.isArray(findings)).toBe(true);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('finds every address in a long reply full of them', () => {
    const text = 'Pisz: jan@wp.pl. '.repeat(290);
    expect(text.length).toBeGreaterThan(4900);
    expect(checkReply(text, { market: 'PL' }).filter((f) => f.rule === 'email')).toHaveLength(290);
  });
});
