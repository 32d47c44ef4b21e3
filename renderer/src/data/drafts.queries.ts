import type { ConsoleDatabase } from './db';
import type { DraftRecord } from './records';

/** The stored draft of a thread, if there is one. */
export async function readDraft(db: ConsoleDatabase, shopId: string, threadId: string): Promise<DraftRecord | undefined> {
  return db.drafts.get([shopId, threadId]);
}

/** Writes a thread's draft stamped `now`, or deletes it when the text is blank (nothing left to restore). */
export async function storeDraft(db: ConsoleDatabase, shopId: string, threadId: string, body: string, now: Date): Promise<void> {
  if (body.trim() === '') await db.drafts.delete([shopId, threadId]);
  else await db.drafts.put({ shopId, threadId, body, updatedAt: now.toISOString() });
}
