// The guard's pieces of the composer rendered to markup (no DOM needed): the marks behind the reply
// box, the findings list in the UI language, and the reason form. Findings come from a fake with the
// guard's contract, as the rules are not this feature's.
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { GuardFinding } from '../../../../shared/reply-guard';
import { catalogueFor, type UiLanguage } from '../../ui/i18n';
import { translatorFor } from '../../ui/translate';
import { GuardedReplyBox } from './GuardedReplyBox';
import { GuardFindings } from './GuardFindings';
import { OverrideForm } from './OverrideForm';
import { findingWords, ruleNames } from './guard-text';
import { messages } from './guard.messages';

const text = 'Proszę napisać na sklep@elektro-dom.pl albo zadzwonić +48 600 100 200, lub WhatsApp.';
const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const findings: GuardFinding[] = [
  { rule: 'email', severity: 'block', ...at('sklep@elektro-dom.pl'), message: 'An e-mail address.' },
  { rule: 'phone', severity: 'block', ...at('+48 600 100 200'), message: 'A phone number.' },
  { rule: 'messenger', severity: 'block', ...at('WhatsApp'), message: 'A messenger.' },
  { rule: 'language', severity: 'warn', start: 0, end: 0, message: 'Not in the market language.' },
  { rule: 'unanswered', severity: 'warn', start: 0, end: 0, message: 'The buyer asked: "Czy jest faktura?"' },
];

const render = (node: React.ReactNode, language: UiLanguage = 'en') =>
  renderToStaticMarkup(
    <IntlProvider locale={language} messages={catalogueFor(language, [messages])}>
      {node}
    </IntlProvider>,
  );

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'");

describe('GuardedReplyBox', () => {
  it('keeps a real textarea over a backdrop whose marks are the findings, character for character', () => {
    const html = render(<GuardedReplyBox value={text} findings={findings} activeIndex={1} id="reply" readOnly />);
    expect(html).toMatch(/<textarea[^>]*id="reply"[^>]*>Proszę napisać/);
    const backdrop = /<div class="guarded-backdrop" aria-hidden="true">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(decode(backdrop)).toBe(`${text}\n\u200b`);
    const marks = [...backdrop.matchAll(/<mark class="([^"]+)" data-rules="([^"]+)">([^<]*)<\/mark>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(marks).toEqual([
      ['guard-mark block', 'email', 'sklep@elektro-dom.pl'],
      ['guard-mark block active', 'phone', '+48 600 100 200'],
      ['guard-mark block', 'messenger', 'WhatsApp'],
    ]);
  });

  it('marks nothing for a clean reply', () => {
    expect(render(<GuardedReplyBox value="Dzień dobry" findings={[]} readOnly />)).not.toContain('<mark');
  });
});

describe('GuardFindings', () => {
  it('lists each finding with its rule, severity, explanation and source, in the UI language', () => {
    const html = decode(
      render(
        <GuardFindings findings={findings} text={text} market="PL" ticks={{}} onTick={() => undefined} onPick={() => undefined} />,
        'pl',
      ),
    );
    expect(html).toContain('Blokuje wysłanie Adres e-mail: sklep@elektro-dom.pl');
    expect(html).toContain('Numer telefonu: +48 600 100 200');
    expect(html).toContain('Komunikator lub portal społecznościowy: WhatsApp');
    expect(html).toContain('Adres e-mail pozwala kupującemu pisać do Ciebie poza platformą');
    expect(html).toContain('Źródło: zasada komunikacji 2 · Zasady komunikacji marketplace, bez danych kontaktowych');
    expect(html).toContain('Ostrzeżenie Język rynku');
    expect(html).toContain('nie wydaje się napisana w języku rynku (PL)');
    expect(html).toContain('zasada komunikacji 4');
    // The unanswered question is one to tick off, not a finding in the list.
    expect(html).toContain('Pytania, na które odpowiedź może nie odpowiadać');
    expect(html).toContain('The buyer asked: "Czy jest faktura?" Odpowiedziano gdzie indziej Niepotrzebne');
  });

  it('makes each finding with a stretch a button to select it, a whole-reply one plain text, and ticks show', () => {
    const html = render(
      <GuardFindings
        findings={findings}
        text={text}
        market="PL"
        ticks={{ 'The buyer asked: "Czy jest faktura?"': 'not-needed' }}
        onTick={() => undefined}
        onPick={() => undefined}
      />,
    );
    expect(html.match(/<button type="button" class="link-button" title="Select it in the reply">/g)).toHaveLength(3);
    expect(html).toMatch(/<strong>Language of the market<\/strong>/);
    expect(html).toMatch(/<input type="radio"[^>]*checked=""[^>]*\/> Not needed/);
    expect(html).not.toMatch(/<input type="radio"[^>]*checked=""[^>]*\/> Answered elsewhere/);
  });

  it('renders nothing without findings', () => {
    expect(render(<GuardFindings findings={[]} text="" market="PL" ticks={{}} onTick={() => undefined} onPick={() => undefined} />)).toBe(
      '',
    );
  });
});

describe('OverrideForm', () => {
  it('asks for a required reason, naming the warnings, and says so when it is missing', () => {
    const props = {
      warnings: findings.slice(3),
      reason: '',
      onReason: () => undefined,
      onSendAnyway: () => undefined,
      onCancel: () => undefined,
    };
    const html = render(<OverrideForm {...props} reasonMissing={false} />);
    expect(decode(html)).toContain('Send despite the warnings? Language of the market, Unanswered question');
    expect(html).toMatch(/<textarea[^>]*required=""/);
    expect(html).toContain('>Send anyway</button>');
    expect(html).not.toContain('role="alert"');
    expect(decode(render(<OverrideForm {...props} reasonMissing />, 'hr'))).toContain('Navedite razlog da biste ipak poslali.');
  });
});

describe('findingWords', () => {
  it('falls back to the guard’s own English message for a rule the UI does not know', () => {
    const words = findingWords({ rule: 'lottery' as never, severity: 'warn', message: 'Mentions a lottery.' }, translatorFor('lv'), 'LV');
    expect(words).toEqual({ name: 'lottery', why: 'Mentions a lottery.', source: '', severity: 'Brīdinājums' });
    expect(ruleNames(findings, translatorFor('pt'))).toBe(
      'Endereço de e-mail, Número de telefone, Aplicação de mensagens ou rede social, Língua do mercado, Pergunta sem resposta',
    );
  });
});
