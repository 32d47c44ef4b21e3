import type { CorpusCase } from './corpus-case';

/** Labelled replies for the wording rules (off-platform, marketing, language, generic, unanswered), with their traps. */
export const wordingCorpus: CorpusCase[] = [];
