import type { CorpusCase } from './corpus-case';

/** Labelled replies for the contact-data rules (email, phone, url, iban, messenger), with their false-positive traps. */
export const contactCorpus: CorpusCase[] = [];
