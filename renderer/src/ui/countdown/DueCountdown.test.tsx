import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../i18n';
import { CountdownClockProvider } from './CountdownClock';
import { messages } from './countdown.messages';
import { DueCountdown, type DueCountdownProps } from './DueCountdown';

const clock = () => new Date('2026-11-28T12:00:00Z');

function render(props: DueCountdownProps): string {
  return renderToStaticMarkup(
    <IntlProvider locale="en" messages={catalogueFor('en', [messages])}>
      <CountdownClockProvider clock={clock} sellerTimeZone="Europe/Lisbon">
        <DueCountdown {...props} />
      </CountdownClockProvider>
    </IntlProvider>,
  );
}

const thread = { market: 'PL', replyState: 'waiting' as const, dateUpdated: '2026-11-27T10:00:00Z', dueAt: '2026-11-30T08:14:00Z' };

describe('DueCountdown', () => {
  it('is a timer named by its state, with its state and due instant as data and a <time datetime>', () => {
    const html = render({ ...thread, variant: 'row' });
    expect(html).toMatch(
      /^<span role="timer" aria-label="Reply deadline: Clock stopped \(weekend\) until [^"]+ · 9 hours 14 minutes of working time left\. Reply due /,
    );
    expect(html).toContain('data-state="clock-stopped"');
    expect(html).toContain('data-due-at="2026-11-30T08:14:00Z"');
    expect(html).toContain('<time class="countdown-due" dateTime="2026-11-30T08:14:00Z">');
    expect(html).toContain('class="due-countdown row state-clock-stopped"');
  });

  it('shows the last activity, not a timer, when no reply is due', () => {
    const html = render({ ...thread, replyState: 'answered', variant: 'row' });
    expect(html).not.toContain('role="timer"');
    expect(html).toContain('<time dateTime="2026-11-27T10:00:00Z">Last activity');
  });

  it('needs the clock provider', () => {
    const bare = (
      <IntlProvider locale="en" messages={catalogueFor('en', [messages])}>
        <DueCountdown {...thread} variant="row" />
      </IntlProvider>
    );
    expect(() => renderToStaticMarkup(bare)).toThrow(/CountdownClockProvider/);
  });
});
