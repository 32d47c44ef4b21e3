import type { MessageRecord } from './records';

/** An attachment as a thread's ThreadMessagesRecord keeps it (schema version 9): the message it came with, its name and size. */
export interface ThreadAttachment {
  id: string;
  messageId: string;
  name: string;
  size?: number;
}

/**
 * A thread's messages, stored together (schema version 7): one record per thread, written with the
 * thread, so a sync page is a hundred puts, not thousands. `messages` are in the thread's order
 * (dateCreated, then id). `tokens` are the thread's search tokens (data/search-tokens.ts): its buyer
 * name, order id and label, topic and every message; search finds candidates in searchSegments and
 * checks them against these.
 *
 * Schema version 9 made the record smaller, as a sync writes a hundred of them per page: `tokens` is
 * one string (the tokens separated by spaces, which no token holds) instead of a list of strings;
 * the attachments of the thread's messages are kept here (`attachments`, absent when there are
 * none) instead of in a store of their own; and messages no longer keep the marketplace's whole
 * message beside their fields. Records written before version 9 keep a list of tokens (readers go
 * through threadTokens) and may hold a message's old `raw` field, which nothing reads.
 */
export interface ThreadMessagesRecord {
  shopId: string;
  threadId: string;
  messages: MessageRecord[];
  tokens: string | readonly string[];
  attachments?: ThreadAttachment[];
}

/**
 * A piece of the search index (schema version 7), written with the threads it indexes: the tokens
 * of `bucket` (a first letter or digit, with `#` for tokens holding a digit) that the threads of one write gained. `threads` are
 * those threads' keys (`shopId\nthreadId`); `postings` lists each token with the indexes of its
 * threads in `threads`, one token a line (`\ntoken\t0,4,7\n...`), so a prefix is found with
 * indexOf. Postings are only ever added: a thread whose text lost a word (e.g. a renamed buyer)
 * stays posted under it, and search checks candidates against ThreadMessagesRecord.tokens.
 */
export interface SearchSegmentRecord {
  bucket: string;
  /** Sorts in the order segments were written. */
  segment: string;
  threads: string[];
  postings: string;
}
