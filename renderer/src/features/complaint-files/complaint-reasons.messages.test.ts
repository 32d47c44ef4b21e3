import { describe, expect, it } from 'vitest';
import { acceptedCategories, classifyReason, notAcceptedCategories } from '../../../../shared/complaint-files';
import { uiLanguages } from '../../ui/i18n';
import { messages } from './complaint-reasons.messages';

describe('complaint reason labels', () => {
  for (const category of [...acceptedCategories, ...notAcceptedCategories]) {
    for (const language of uiLanguages) {
      const label = messages[category].translations[language];
      it(`classifies the ${language} label of ${category} (“${label}”) as that category`, () => {
        const verdict = acceptedCategories.includes(category as never) ? 'accepted' : 'not-accepted';
        expect(classifyReason(label)).toEqual({ verdict, category });
      });
    }
  }
});
