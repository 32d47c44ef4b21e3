import { describe, expect, it } from 'vitest';
import { connectShopInputSchema } from '../../host/host-contract';
import { translatorFor } from '../../ui/translate';
import { connectErrorText, formProblemText } from './connect-problems';

const valid = { label: 'Sklep', baseUrl: 'https://shop.mirakl.net', key: '12345678-abcd', miraklShopId: null, market: 'PL' };

function problem(input: Record<string, unknown>, language: 'en' | 'pl' = 'en'): string {
  const parsed = connectShopInputSchema.safeParse({ ...valid, ...input });
  if (parsed.success) throw new Error('expected a problem');
  return formProblemText(parsed.error.issues, translatorFor(language));
}

describe('the connect form in the UI language', () => {
  it("words each field's problem as the schema means it", () => {
    expect(problem({ label: ' ' })).toBe('Give the shop a name.');
    expect(problem({ label: 'x'.repeat(81) })).toBe('The name can have at most 80 characters.');
    expect(problem({ baseUrl: 'http://example.com' })).toMatch(/^Enter the marketplace address/);
    expect(problem({ key: 'short' })).toBe('The shop API key looks too short.');
    expect(problem({ market: 'P' }, 'pl')).toBe('Wybierz rynek (dwuliterowy kod kraju).');
  });

  it("says the host's refusals by their code, keeping the English wording", () => {
    const en = translatorFor('en');
    expect(connectErrorText({ code: 'INVALID_KEY', message: 'x' }, 'https://a.mirakl.net', en)).toMatch(/refused this API key/);
    expect(connectErrorText({ code: 'UNREACHABLE', message: 'x' }, 'https://a.mirakl.net', translatorFor('hr'))).toBe(
      'Tržnica na adresi https://a.mirakl.net nije dostupna. Provjerite adresu i vezu.',
    );
    const odd = {
      code: 'UNEXPECTED_ANSWER',
      message: 'The marketplace answered 500 to a shop information request; is this a Mirakl Seller API address?',
    };
    expect(connectErrorText(odd, 'https://a.mirakl.net', en)).toBe(odd.message);
    expect(connectErrorText({ code: 'OTHER', message: 'Something else.' }, '', en)).toBe('Something else.');
  });
});
