import { croatianCleanCorpus, croatianContactCorpus } from './contact-hr.corpus';
import { latvianCleanCorpus, latvianContactCorpus } from './contact-lv.corpus';
import { otherMarketsCleanCorpus, otherMarketsContactCorpus } from './contact-other.corpus';
import { polishCleanCorpus, polishContactCorpus } from './contact-pl.corpus';
import { portugueseCleanCorpus, portugueseContactCorpus } from './contact-pt.corpus';
import type { CorpusCase } from './corpus-case';

/**
 * Labelled replies for the contact-data rules (email, phone, url, iban, messenger), with their
 * false-positive traps, one file per language. Each case lists every rule it breaks, including
 * the wording rules where the reply plainly breaks one too (a request to pay by transfer is
 * `off-platform` as well as `iban`), so that the merged guard scores these cases truthfully.
 */
export const contactCorpus: CorpusCase[] = [
  ...polishContactCorpus,
  ...latvianContactCorpus,
  ...portugueseContactCorpus,
  ...croatianContactCorpus,
  ...otherMarketsContactCorpus,
  ...polishCleanCorpus,
  ...latvianCleanCorpus,
  ...portugueseCleanCorpus,
  ...croatianCleanCorpus,
  ...otherMarketsCleanCorpus,
];
