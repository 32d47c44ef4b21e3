import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../../shared/reply-guard';
import { fillPlaceholders, placeholdersUsed, unknownPlaceholders } from './placeholders';
import { starterKeys, starterTemplates } from './starter-set';
import { templateLanguages } from './template-language';

const markets = { pl: 'PL', lv: 'LV', pt: 'PT', hr: 'HR', en: 'PL' } as const;

describe('the starter templates', () => {
  it('hold every situation in each of the five languages, with unique ids and distinct texts', () => {
    expect(starterTemplates).toHaveLength(starterKeys.length * templateLanguages.length);
    for (const key of starterKeys) {
      expect(
        starterTemplates
          .filter((t) => t.starter === key)
          .map((t) => t.language)
          .sort(),
      ).toEqual([...templateLanguages].sort());
    }
    expect(new Set(starterTemplates.map((t) => t.id)).size).toBe(starterTemplates.length);
    expect(new Set(starterTemplates.map((t) => t.body)).size).toBe(starterTemplates.length);
    for (const language of templateLanguages) {
      const names = starterTemplates.filter((t) => t.language === language).map((t) => t.name);
      expect(new Set(names).size, language).toBe(starterKeys.length);
    }
  });

  it('use the same placeholders in every language, all known, and each greets the buyer about the order', () => {
    for (const key of starterKeys) {
      const set = starterTemplates.filter((t) => t.starter === key);
      const english = set.find((t) => t.language === 'en');
      for (const template of set) {
        expect(placeholdersUsed(template.body), template.id).toEqual(placeholdersUsed(english?.body ?? ''));
        expect(placeholdersUsed(template.body), template.id).toEqual(expect.arrayContaining(['buyer', 'order']));
        expect(unknownPlaceholders(template.body), template.id).toEqual([]);
        expect(template.name.trim(), template.id).not.toBe('');
      }
    }
    expect(placeholdersUsed(starterTemplates.find((t) => t.id === 'starter-shipped-pl')?.body ?? '')).toEqual([
      'buyer',
      'carrier',
      'order',
      'tracking',
    ]);
  });

  it("filled in, break none of the platform's blocking rules (no contact data, links or off-platform proposals)", () => {
    for (const template of starterTemplates) expect(template.body, template.id).not.toMatch(/@|https?:|www\.|\.(com|pl|lv|pt|hr)\b|\d/i);
    // The reply guard's blocking rules (shared/reply-guard) on each template filled with realistic values.
    const values = { buyer: 'Anna Nowak', order: 'PL0240001', tracking: '00340434161094042557', carrier: 'DPD', date: '03.12.2026' };
    for (const template of starterTemplates) {
      const findings = checkReply(fillPlaceholders(template.body, values), { market: markets[template.language] });
      expect(
        findings.filter((f) => f.severity === 'block'),
        template.id,
      ).toEqual([]);
    }
  });
});
