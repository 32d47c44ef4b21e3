import { describe, expect, it } from 'vitest';
import { mainLanguageOf, mainLanguages, mainText, mainTexts } from './main-texts';

describe('the main process’s texts', () => {
  it('has every key in all five languages, none empty, each language its own words', () => {
    for (const [key, texts] of Object.entries(mainTexts)) {
      expect(Object.keys(texts).sort(), key).toEqual([...mainLanguages].sort());
      for (const language of mainLanguages) expect(texts[language].trim(), `${key} ${language}`).not.toBe('');
      expect(new Set(Object.values(texts)).size, key).toBe(mainLanguages.length);
    }
  });

  it('takes the language the renderer reports, English for an unknown or missing one', () => {
    expect(mainLanguageOf('pl')).toBe('pl');
    expect(mainLanguageOf('pt-PT')).toBe('pt');
    expect(mainLanguageOf('de')).toBe('en');
    expect(mainLanguageOf(undefined)).toBe('en');
    expect(mainText('cancel', mainLanguageOf('hr'))).toBe('Odustani');
  });
});
