import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { preferredLanguage, uiLanguages } from '../ui/i18n';
import { messageCatalogues, messageModules } from './message-catalogue';

/** A message's arguments with their ICU types, and each plural's categories, to compare across languages. */
function shape(elements: MessageFormatElement[], args = new Map<string, string>(), plurals: { name: string; keys: string[] }[] = []) {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      args.set(`<${el.value}>`, 'tag');
      shape(el.children, args, plurals);
      continue;
    }
    args.set(el.value, TYPE[el.type]);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      if (el.type === TYPE.plural) plurals.push({ name: el.value, keys: Object.keys(el.options) });
      for (const option of Object.values(el.options)) shape(option.value, args, plurals);
    }
  }
  return { args, plurals };
}

const all = messageModules.flatMap((m) => Object.values(m));

describe('the UI message catalogue', () => {
  it('collects every messages module, with unique ids', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
    for (const language of uiLanguages) expect(Object.keys(messageCatalogues[language])).toHaveLength(all.length);
  });

  it.each(uiLanguages)('has every message in %s as valid ICU with the English arguments', (language) => {
    const problems: string[] = [];
    for (const message of all) {
      const text = message.translations[language];
      if (!text.trim()) {
        problems.push(`${message.id}: empty`);
        continue;
      }
      let elements: MessageFormatElement[];
      try {
        elements = parse(text);
      } catch (error) {
        problems.push(`${message.id}: does not parse (${(error as Error).message})`);
        continue;
      }
      const english = shape(parse(message.translations.en));
      const translated = shape(elements);
      const a = [...english.args].sort().join(',');
      const b = [...translated.args].sort().join(',');
      if (a !== b) problems.push(`${message.id}: arguments ${b} differ from English ${a}`);
      // Each plural needs the categories the language's plural rules use (Polish, Latvian and Croatian have several).
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const plural of translated.plurals) {
        const missing = needed.filter((c) => !plural.keys.includes(c));
        if (missing.length > 0) problems.push(`${message.id}: plural {${plural.name}} lacks ${missing.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('starts in the first preferred language it speaks, else English', () => {
    expect(preferredLanguage(['pl-PL', 'en-US'])).toBe('pl');
    expect(preferredLanguage(['de-DE', 'lv'])).toBe('lv');
    expect(preferredLanguage(['pt-BR'])).toBe('pt');
    expect(preferredLanguage(['bs-BA'])).toBe('hr');
    expect(preferredLanguage(['de-DE'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});
