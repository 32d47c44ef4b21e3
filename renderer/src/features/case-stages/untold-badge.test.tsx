// The inbox's "not told" mark rendered to markup in each UI language: the stage is named in that language.
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { catalogueFor, uiLanguages, type UiLanguage } from '../../ui/i18n';
import { messages } from './case-stages.messages';
import { UntoldStageBadge } from './UntoldStageBadge';

const render = (language: UiLanguage, node: React.ReactNode) =>
  renderToStaticMarkup(
    <IntlProvider locale={language} messages={catalogueFor(language, [messages])}>
      {node}
    </IntlProvider>,
  );

describe('UntoldStageBadge', () => {
  it('names the stage the buyer was not told about, in every UI language', () => {
    expect(render('en', <UntoldStageBadge stage="shipped" />)).toBe(
      '<span class="badge stage-untold" data-stage="shipped">Buyer not told: Shipped</span>',
    );
    expect(render('pl', <UntoldStageBadge stage="repair-started" />)).toContain('Kupujący niepoinformowany: Naprawa rozpoczęta');
    expect(render('hr', <UntoldStageBadge stage="return-received" />)).toContain('Kupac nije obaviješten: Povrat zaprimljen');
    const texts = new Set(uiLanguages.map((language) => render(language, <UntoldStageBadge stage="ready-to-ship" />)));
    expect(texts.size).toBe(uiLanguages.length);
  });
});
