import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../test/support/stored-thread';
import { ConsoleDatabase } from './db';
import { threadChangeOf, threadsByKey, watchThreads, type ThreadChange } from './inbox-changes.queries';

describe('watching the threads store', () => {
  it('tells the keys of each committed write of threads, not of other stores or databases, and reads them back', async () => {
    const db = new ConsoleDatabase('inbox-changes');
    const other = new ConsoleDatabase('inbox-changes-other');
    await Promise.all([db.open(), other.open()]);
    const seen: ThreadChange[] = [];
    const stop = watchThreads(db, (change) => seen.push(change));
    const a = storedThread({ id: 't-1' }).thread;
    const b = storedThread({ id: 't-2', shopId: 'demo-2009' }).thread;
    await db.threads.bulkPut([a, b]);
    await db.drafts.put({ shopId: 'demo-2001', threadId: 't-1', body: 'x', updatedAt: 'x' });
    await other.threads.put(a);
    await db.threads.delete(['demo-2009', 't-2']);
    // Dexie tells a write of 50 records or more as a change of everything (a sync page of 100 threads is read whole again).
    const many = Array.from({ length: 120 }, (_, i) => storedThread({ id: `m-${i}` }).thread);
    await db.threads.bulkPut(many);
    await db.threads.clear();
    stop();
    await db.threads.put(a);
    expect(seen).toHaveLength(4);
    const keys = (change: ThreadChange | undefined) => (change === 'all' || !change ? change : change.keys.map((k) => k.join('/')).sort());
    expect(keys(seen[0])).toEqual(['demo-2001/t-1', 'demo-2009/t-2']);
    expect(keys(seen[1])).toEqual(['demo-2009/t-2']);
    expect(seen[2]).toBe('all');
    expect(seen[3]).toBe('all');
    const read = await threadsByKey(db, [
      ['demo-2001', 't-1'],
      ['demo-2009', 't-2'],
    ]);
    expect(read.map((t) => t?.id)).toEqual(['t-1', undefined]);
    // The inbox's copy leaves out the raw thread and the participants.
    expect(read[0]).not.toHaveProperty('raw');
    db.close();
    other.close();
  });

  it('reads a range or a write of too many keys as a change of everything', () => {
    const range = { 'idb://x/threads/': new RangeSet(['a', ''], ['a', '\uffff']) };
    expect(threadChangeOf(range, 'x')).toBe('all');
    expect(threadChangeOf(range, 'y')).toBeNull();
    const keys = new RangeSet().addKeys(Array.from({ length: 20_001 }, (_, i) => ['s', `t${i}`]));
    expect(threadChangeOf({ 'idb://x/threads/': keys }, 'x')).toBe('all');
    expect(threadChangeOf({ 'idb://x/threads/': new RangeSet().addKeys([['s', 't']]) }, 'x')).toEqual({ keys: [['s', 't']] });
  });
});
