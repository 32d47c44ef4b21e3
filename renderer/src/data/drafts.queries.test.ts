import { describe, expect, it } from 'vitest';
import { ConsoleDatabase } from './db';
import { readDraft, storeDraft } from './drafts.queries';

describe('storeDraft', () => {
  it('keeps a draft per thread and removes it when emptied', async () => {
    const db = new ConsoleDatabase('draft-store');
    await storeDraft(db, 'demo-2001', 't-1', 'Dobar dan', new Date('2026-11-23T10:00:00Z'));
    expect(await readDraft(db, 'demo-2001', 't-1')).toEqual({
      shopId: 'demo-2001',
      threadId: 't-1',
      body: 'Dobar dan',
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
    await storeDraft(db, 'demo-2001', 't-1', '  ', new Date('2026-11-23T10:00:01Z'));
    expect(await readDraft(db, 'demo-2001', 't-1')).toBeUndefined();
    db.close();
  });
});
