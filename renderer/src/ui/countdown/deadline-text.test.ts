import { createIntl, type IntlShape } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { catalogueFor, uiLanguages, type UiLanguage } from '../i18n';
import { messages } from './countdown.messages';
import type { DeadlineView } from './deadline-model';
import { deadlineText, formatInstant, formatWorkingDuration } from './deadline-text';

const intlFor = (language: UiLanguage): IntlShape => createIntl({ locale: language, messages: catalogueFor(language, [messages]) });
const en = intlFor('en');
const now = Date.parse('2026-11-28T12:00:00Z');
const MIN = 60_000;

const base = {
  kind: 'countdown' as const,
  dueAt: '2026-11-30T08:14:00Z',
  market: 'PL',
  timeZone: 'Europe/Warsaw',
  stop: null,
  running: true,
  wakeAt: null,
};
const onTrack: DeadlineView = { ...base, state: 'on-track', workingMsLeft: (19 * 60 + 12) * MIN };
const overdue: DeadlineView = { ...base, state: 'overdue', workingMsLeft: -(3 * 60 + 5) * MIN };
const stopped: DeadlineView = {
  ...base,
  state: 'clock-stopped',
  workingMsLeft: (9 * 60 + 14) * MIN,
  running: false,
  stop: { reason: 'weekend', until: '2026-11-29T23:00:00Z' },
};

describe('formatWorkingDuration', () => {
  it('abbreviates in the list and spells out with plural forms in the header, rounding up to the started minute', () => {
    expect(formatWorkingDuration(en, (19 * 60 + 11) * MIN + 1_000, 'short')).toBe('19 h 12 min');
    expect(formatWorkingDuration(en, -(3 * 60 + 5) * MIN, 'short')).toBe('3 h 5 min');
    expect(formatWorkingDuration(en, 30_000, 'short')).toBe('1 min');
    expect(formatWorkingDuration(en, 2 * 60 * MIN, 'short')).toBe('2 h');
    expect(formatWorkingDuration(en, (60 + 1) * MIN, 'long')).toBe('1 hour 1 minute');
    const pl = intlFor('pl');
    expect(formatWorkingDuration(pl, (2 * 60 + 5) * MIN, 'long')).toBe('2 godziny 5 minut');
    expect(formatWorkingDuration(pl, (22 * 60 + 22) * MIN, 'short')).toBe('22 godz. 22 min');
    expect(formatWorkingDuration(intlFor('hr'), (21 * 60 + 3) * MIN, 'long')).toBe('21 sat 3 minute');
    expect(formatWorkingDuration(intlFor('lv'), (21 * 60 + 10) * MIN, 'long')).toBe('21 stunda 10 minūtes');
  });
});

describe('deadlineText', () => {
  it('says the working time left in a row, with the due instant in the market’s time and zone', () => {
    const text = deadlineText(en, onTrack, 'row', now, 'Europe/Lisbon');
    expect(text.main).toBe('19 h 12 min left');
    expect(text.instant).toBe('2026-11-30T08:14:00Z');
    expect(text.instantText).toMatch(/^due Mon,? 09:14\sAM GMT\+1$/);
    expect(text.label).toMatch(
      /^Reply deadline: 19 hours 12 minutes of working time left\. Reply due Mon, Nov 30, 09:14\sAM Central European Standard Time/,
    );
    expect(text.title).toContain('24 working hours in the calendar of Poland');
  });

  it('adds the seller’s own time in the header where it differs from the market’s', () => {
    const lisbon = deadlineText(en, onTrack, 'header', now, 'Europe/Lisbon');
    expect(lisbon.main).toBe('19 hours 12 minutes of working time left');
    expect(lisbon.instantText).toMatch(
      /^Reply due Mon, Nov 30, 09:14\sAM Central European Standard Time \(your time: Mon, Nov 30, 08:14\sAM Western European Standard Time\)$/,
    );
    const warsaw = deadlineText(en, onTrack, 'header', now, 'Europe/Warsaw');
    expect(warsaw.instantText).not.toContain('your time');
  });

  it('says overdue by how much working time, and that the clock stands still in the header', () => {
    expect(deadlineText(en, overdue, 'row', now, 'Europe/Warsaw').main).toBe('Overdue by 3 h 5 min');
    const stoppedOverdue: DeadlineView = { ...overdue, running: false, stop: { reason: 'weekend', until: '2026-11-29T23:00:00Z' } };
    expect(deadlineText(en, stoppedOverdue, 'row', now, 'Europe/Warsaw').main).toBe('Overdue by 3 h 5 min');
    expect(deadlineText(en, stoppedOverdue, 'header', now, 'Europe/Warsaw').main).toMatch(
      /^Overdue by 3 hours 5 minutes of working time · Clock stopped \(weekend\) until Mon, Nov 30, 12:00\sAM Central European Standard Time$/,
    );
  });

  it('says the clock is stopped, why and until when, before the time left', () => {
    expect(deadlineText(en, stopped, 'row', now, 'Europe/Warsaw').main).toMatch(
      /^Clock stopped \(weekend\) until Mon,? 12:00\sAM GMT\+1 · 9 h 14 min left$/,
    );
    const holiday: DeadlineView = { ...stopped, stop: { reason: 'holiday', until: '2026-11-29T23:00:00Z' } };
    expect(deadlineText(en, holiday, 'row', now, 'Europe/Warsaw').main).toMatch(/^Clock stopped \(public holiday\) until/);
    const pl = deadlineText(
      intlFor('pl'),
      { ...stopped, stop: { reason: 'weekend-holiday', until: '2026-11-29T23:00:00Z' } },
      'row',
      now,
      'Europe/Warsaw',
    );
    expect(pl.main).toMatch(/^Zegar zatrzymany \(weekend i święto\) do pon\.,? 00:00 CET · Pozostało: 9 godz\. 14 min$/);
  });

  it('marks a due-soon countdown in words, not colour alone', () => {
    const soon: DeadlineView = { ...onTrack, state: 'due-soon', workingMsLeft: 125 * MIN };
    expect(deadlineText(en, soon, 'row', now, 'Europe/Warsaw').main).toBe('Due soon: 2 h 5 min left');
    expect(deadlineText(en, soon, 'header', now, 'Europe/Warsaw').main).toBe('Due soon: 2 hours 5 minutes of working time left');
  });

  it('shows the last activity of a thread not waiting, and why a waiting thread has no deadline', () => {
    expect(deadlineText(en, { kind: 'activity', at: '2026-11-27T10:00:00Z' }, 'row', now, 'UTC').main).toMatch(
      /^Last activity Nov 27, 10:00\sAM$/,
    );
    const none = deadlineText(en, { kind: 'no-deadline', problem: 'the date is outside the calendars' }, 'header', now, 'UTC');
    expect(none.main).toBe('The buyer is waiting for a reply. No deadline could be computed: the date is outside the calendars');
    expect(deadlineText(en, { kind: 'no-deadline' }, 'row', now, 'UTC').main).toBe('Reply needed, no deadline');
  });

  it.each(uiLanguages.filter((l) => l !== 'en'))('writes every state in %s without the English words', (language) => {
    const intl = intlFor(language);
    for (const view of [onTrack, overdue, stopped]) {
      for (const variant of ['row', 'header'] as const) {
        const text = deadlineText(intl, view, variant, now, 'Europe/Lisbon');
        expect(`${text.main} ${text.instantText} ${text.label}`).not.toMatch(
          /\b(left|Overdue|Clock|stopped|weekend and|hours?|minutes?|due|your time)\b/,
        );
      }
    }
  });
});

describe('cached date formatters', () => {
  it('format instants as intl.formatDate does, in every UI language and zone (near, far, full and an unknown zone)', () => {
    const near = { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;
    const far = { ...near, day: 'numeric', month: 'short' } as const;
    const full = { ...far, timeZoneName: 'long' } as const;
    for (const language of uiLanguages) {
      const intl = intlFor(language);
      for (const timeZone of ['Europe/Warsaw', 'Europe/Riga', 'Europe/Lisbon', undefined]) {
        for (const at of ['2026-11-30T08:14:00Z', '2027-01-20T16:45:00Z']) {
          const ms = Date.parse(at);
          const expected = intl.formatDate(ms, { timeZone, ...(Math.abs(ms - now) > 6 * 86_400_000 ? far : near) });
          expect(formatInstant(intl, at, timeZone, 'short', now)).toBe(expected);
          expect(formatInstant(intl, at, timeZone, 'full', now)).toBe(intl.formatDate(ms, { timeZone, ...full }));
        }
      }
    }
    // A zone Intl rejects: what intl.formatDate answers (it reports the error), not a throw.
    const quiet = createIntl({ locale: 'en', messages: {}, onError: () => undefined });
    expect(formatInstant(quiet, '2026-11-30T08:14:00Z', 'Mars/Olympus', 'short', now)).toBe(
      quiet.formatDate(Date.parse('2026-11-30T08:14:00Z'), { timeZone: 'Mars/Olympus', ...near }),
    );
  });
});
