import { describe, expect, it } from 'vitest';
import { acceptedCategories, classifyReason, notAcceptedCategories, reasonCodes, type ReasonCategory } from './index';
import { categoryCorpus, missingCorpus, unclearCorpus } from './reasons.corpus';

const accepted = new Set<ReasonCategory>(acceptedCategories);

describe('classifyReason', () => {
  for (const [category, texts] of Object.entries(categoryCorpus) as [ReasonCategory, readonly string[]][]) {
    const verdict = accepted.has(category) ? 'accepted' : 'not-accepted';
    it(`reads ${texts.length} wordings of ${category} as ${verdict}`, () => {
      const wrong = texts
        .map((text) => ({ text, got: classifyReason(text) }))
        .filter(({ got }) => got.verdict !== verdict || got.category !== category);
      expect(wrong).toEqual([]);
    });
  }

  it('flags blank reasons as missing', () => {
    for (const text of missingCorpus) expect(classifyReason(text)).toEqual({ verdict: 'missing' });
  });

  it('flags texts that name no known case, or an accepted and a refused one at once, as unclear', () => {
    const wrong = unclearCorpus.filter((text) => classifyReason(text).verdict !== 'unclear');
    expect(wrong).toEqual([]);
  });

  it('reads every template code, in any case and with any separator', () => {
    for (const category of [...acceptedCategories, ...notAcceptedCategories]) {
      const code = reasonCodes[category];
      for (const written of [code, code.toLowerCase(), code.replace(/_/g, ' '), ` ${code.replace(/_/g, '-')} `])
        expect(classifyReason(written).category).toBe(category);
    }
  });

  it('does not take "nie odpowiada wymaganiom" (does not meet) for "does not answer"', () => {
    expect(classifyReason('kontakt nie odpowiada wymaganiom umowy')).toEqual({ verdict: 'accepted', category: 'requirements-not-met' });
    expect(classifyReason('klient nie odpowiada')).toEqual({ verdict: 'not-accepted', category: 'not-answering' });
  });

  it('takes the case named first when a text names two accepted cases', () => {
    expect(classifyReason('firma zlikwidowana, numer nie istnieje').category).toBe('business-closed');
    expect(classifyReason('numer nie istnieje, firma zlikwidowana').category).toBe('non-existent-number');
  });
});
