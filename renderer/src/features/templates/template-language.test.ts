import { describe, expect, it } from 'vitest';
import type { TemplateRecord } from '../../data/records';
import { orderForThread, searchTemplates, templateLanguageOf } from './template-language';
import { templateProblems } from './template-validation';

function template(id: string, language: TemplateRecord['language'], name: string, body = ''): TemplateRecord {
  return { id, language, name, body, updatedAt: '2026-11-28T08:00:00Z' };
}

describe('template languages', () => {
  it("maps each market to the language of its replies, Bosnia's to Croatian", () => {
    expect(['PL', 'LV', 'PT', 'HR', 'BA', 'pl'].map(templateLanguageOf)).toEqual(['pl', 'lv', 'pt', 'hr', 'hr', 'pl']);
    expect(templateLanguageOf('LT')).toBeNull();
    expect(templateLanguageOf('XX')).toBeNull();
  });

  it("lists the thread's language first, then the others by language, each by name", () => {
    const all = [
      template('a', 'en', 'Refund'),
      template('b', 'pl', 'Zwrot'),
      template('c', 'lv', 'Atmaksa'),
      template('d', 'pl', 'Naprawa'),
      template('e', 'hr', 'Povrat'),
    ];
    expect(orderForThread(all, 'lv').map((t) => t.id)).toEqual(['c', 'd', 'b', 'e', 'a']);
    expect(orderForThread(all, null).map((t) => t.id)).toEqual(['d', 'b', 'c', 'e', 'a']);
  });

  it('searches names and texts by every word, ignoring case and accents', () => {
    const all = [
      template('a', 'lv', 'Atgrieztā prece saņemta', 'Esam saņēmuši {order}'),
      template('b', 'pl', 'Zamówienie wysłane', 'Numer przesyłki {tracking}'),
      template('c', 'pl', 'Zwrot otrzymany', 'otrzymaliśmy zwrócony produkt'),
    ];
    expect(searchTemplates(all, 'sanemta').map((t) => t.id)).toEqual(['a']);
    expect(searchTemplates(all, 'PRZESYŁKI tracking').map((t) => t.id)).toEqual(['b']);
    expect(searchTemplates(all, 'zwrocony').map((t) => t.id)).toEqual(['c']);
    expect(searchTemplates(all, '  ').map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(searchTemplates(all, 'zwrot wysłane')).toEqual([]);
  });
});

describe('templateProblems', () => {
  it('requires a name and a text', () => {
    expect(templateProblems({ name: ' ', body: '\n' }).map((p) => [p.field, p.message.id])).toEqual([
      ['name', 'templates.nameRequired'],
      ['body', 'templates.bodyRequired'],
    ]);
  });

  it('flags brace names that are not placeholders, and accepts the known ones', () => {
    const [problem, ...rest] = templateProblems({ name: 'X', body: 'Hi {buyer}, {foo} and {Order}' });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'body', message: { id: 'templates.unknownPlaceholders' } });
    expect(problem?.values).toEqual({ names: '{foo}, {Order}', known: '{buyer}, {order}, {tracking}, {carrier}, {date}' });
    expect(templateProblems({ name: 'X', body: 'Hi {buyer}, {order} {tracking} {carrier} {date}' })).toEqual([]);
  });
});
