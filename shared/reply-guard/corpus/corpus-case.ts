import type { GuardRule } from '../types';

/**
 * One labelled reply of the corpus: the text as a seller might write it, where, and the rules it breaks
 * (an empty list: a clean reply, on which any finding is a false alarm). `why` says what the case
 * tests (e.g. "an order number is not a phone number").
 */
export interface CorpusCase {
  text: string;
  market: string;
  buyerMessage?: string;
  previousReplies?: string[];
  expect: GuardRule[];
  why: string;
}
