/**
 * The records of what the seller keeps in the profile's database beside the cache of the marketplace:
 * read marks, reply templates (and the mark of their one-time seeding), drafts. Re-exported by records.ts.
 */

/**
 * That the seller (of this profile: the database is the profile's) has read a thread: written when
 * the thread is opened, and again while it stays open. `activityAt` is the thread's last message
 * instant as it was then (the marketplace's clock, so it compares with later messages without any
 * skew of the seller's clock); `readAt` is when, by the console's clock.
 */
export interface ReadMarkRecord {
  shopId: string;
  threadId: string;
  activityAt: string;
  readAt: string;
}

/** The languages reply templates are written in: the markets' languages (Bosnian replies use Croatian ones) and English. */
export type TemplateLanguage = 'pl' | 'lv' | 'pt' | 'hr' | 'en';

/**
 * A canned reply of the profile (features/templates): its body holds placeholders such as `{buyer}`
 * and `{order}`, filled from the thread when the seller inserts it (never an ICU message). Starter
 * templates carry the key they were seeded from (`starter`), so a test or a later version can tell
 * them apart; the seller edits and deletes them like any other.
 */
export interface TemplateRecord {
  id: string;
  name: string;
  language: TemplateLanguage;
  body: string;
  updatedAt: string;
  starter?: string;
}

/**
 * That a one-time seeding of this profile's database was done (e.g. `starter-templates`), so what the
 * seller deleted afterwards is not seeded again.
 */
export interface SeedMarkRecord {
  id: string;
  seededAt: string;
}

export interface DraftRecord {
  shopId: string;
  threadId: string;
  body: string;
  updatedAt: string;
}
