import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { GuardContext, GuardFinding } from '../../../../shared/reply-guard';
import { catalogueFor } from '../../ui/i18n';
import { BuyerMessageBody } from './BuyerMessageBody';
import { buyerContact } from './buyer-contact';
import { messages } from './buyer-contact.messages';

const body = 'Proszę pisać na jan.kowalski@gmail.com albo na WhatsApp, tam szybciej odpowiem. Czy paczka wyszła?';
const at = (part: string) => ({ start: body.indexOf(part), end: body.indexOf(part) + part.length });

/** A fake guard: contact findings, and the wording findings a buyer's text would also get (which must be dropped). */
function fakeGuard() {
  const contexts: GuardContext[] = [];
  const checker = (_text: string, context: GuardContext): GuardFinding[] => {
    contexts.push(context);
    return [
      { rule: 'email', severity: 'block', ...at('jan.kowalski@gmail.com'), message: 'e-mail' },
      { rule: 'messenger', severity: 'block', ...at('WhatsApp'), message: 'messenger' },
      { rule: 'off-platform', severity: 'block', ...at('tam szybciej'), message: 'off' },
      { rule: 'language', severity: 'warn', start: 0, end: 0, message: 'language' },
    ];
  };
  return { checker, contexts };
}

describe('buyerContact', () => {
  it("keeps the contact findings of a buyer's message, checked in the thread's market", () => {
    const guard = fakeGuard();
    const found = buyerContact(body, 'PL', guard.checker);
    expect(guard.contexts).toEqual([{ market: 'PL' }]);
    expect(found.rules).toEqual(['email', 'messenger']);
    expect(found.findings.map((f) => body.slice(f.start, f.end))).toEqual(['jan.kowalski@gmail.com', 'WhatsApp']);
  });
});

describe('BuyerMessageBody', () => {
  const render = (contact: ReturnType<typeof buyerContact> | undefined, language: 'en' | 'pl' = 'en') =>
    renderToStaticMarkup(
      <IntlProvider locale={language} messages={catalogueFor(language, [messages])}>
        <BuyerMessageBody body={body} contact={contact} />
      </IntlProvider>,
    );

  it('marks the contact data in the text and notes, per kind, to answer here', () => {
    const html = render(buyerContact(body, 'PL', fakeGuard().checker));
    expect(html).toContain('<mark class="buyer-contact" data-rules="email">jan.kowalski@gmail.com</mark>');
    expect(html).toContain('<mark class="buyer-contact" data-rules="messenger">WhatsApp</mark>');
    expect(html).toContain('<ul class="buyer-contact-notes" aria-label="Contact data in this message">');
    expect(html).toContain('<li data-rule="email">The buyer shared an e-mail address: answer here, not there.</li>');
    expect(html).toContain('<li data-rule="messenger">The buyer named a messenger or a social network: answer here, not there.</li>');
    expect(render(buyerContact(body, 'PL', fakeGuard().checker), 'pl')).toContain('Kupujący podał adres e-mail: odpowiedz tutaj, nie tam.');
  });

  it('is the plain text when nothing was found', () => {
    expect(render(buyerContact(body, 'PL', () => []))).toBe(`<p class="message-body">${body}</p>`);
    expect(render(undefined)).toBe(`<p class="message-body">${body}</p>`);
  });
});
