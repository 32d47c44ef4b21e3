import { describe, expect, it } from 'vitest';
import { foldWording } from './wording-text';

describe('foldWording', () => {
  it('folds case and diacritics of the market languages one unit for one unit', () => {
    const text = 'Żółć ŁĄKA ārpus ŠĶĒRSO não IZRAVNO đak Straße 😀';
    const folded = foldWording(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('zolc laka arpus skerso nao izravno dak straße 😀');
  });
});
