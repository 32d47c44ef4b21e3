import type { CorpusCase } from './corpus-case';
import { cleanCasesOther } from './wording/clean-other.cases';
import { cleanCasesPlLv } from './wording/clean.cases';
import { genericCases } from './wording/generic.cases';
import { languageCases } from './wording/language.cases';
import { marketingCases } from './wording/marketing.cases';
import { offPlatformCases } from './wording/off-platform.cases';
import { unansweredCases } from './wording/unanswered.cases';

/** Labelled replies for the wording rules (off-platform, marketing, language, generic, unanswered), with their traps. */
export const wordingCorpus: CorpusCase[] = [
  ...offPlatformCases,
  ...marketingCases,
  ...languageCases,
  ...genericCases,
  ...unansweredCases,
  ...cleanCasesPlLv,
  ...cleanCasesOther,
];
