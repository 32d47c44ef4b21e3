import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../../test/support/stored-thread';
import { ConsoleDatabase } from '../../data/db';
import type { InboxThread } from '../../data/inbox.queries';
import { followInboxThreads } from './useInboxThreads';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('following the inbox threads', () => {
  it('reads the shops’ threads whole, then puts in what each write changed, and stops', async () => {
    const db = new ConsoleDatabase('follow-threads');
    await db.threads.bulkPut([
      storedThread({ id: 'a' }).thread,
      storedThread({ id: 'b' }).thread,
      storedThread({ id: 'z', shopId: 'demo-2009' }).thread,
    ]);
    const seen: InboxThread[][] = [];
    const errors: unknown[] = [];
    const stop = followInboxThreads(
      db,
      ['demo-2001'],
      (t) => t,
      (threads) => seen.push(threads),
      (e) => errors.push(e),
    );
    await settle();
    expect(seen.at(-1)?.map((t) => t.id)).toEqual(['a', 'b']);
    await db.threads.put({ ...storedThread({ id: 'b' }).thread, topic: 'Changed' });
    await db.threads.put(storedThread({ id: 'c' }).thread);
    await db.threads.delete(['demo-2001', 'a']);
    await settle();
    const last = seen.at(-1) ?? [];
    expect(last.map((t) => `${t.id} ${t.topic}`)).toEqual(['b Changed', 'c Pytanie']);
    stop();
    const count = seen.length;
    await db.threads.put(storedThread({ id: 'd' }).thread);
    await settle();
    expect(seen.length).toBe(count);
    expect(errors).toEqual([]);
    db.close();
  });

  it('keeps the objects of threads no write touched', async () => {
    const db = new ConsoleDatabase('follow-threads-identity');
    await db.threads.bulkPut([storedThread({ id: 'a' }).thread, storedThread({ id: 'b' }).thread]);
    const seen: InboxThread[][] = [];
    const stop = followInboxThreads(
      db,
      ['demo-2001'],
      (t) => t,
      (threads) => seen.push(threads),
      () => undefined,
    );
    await settle();
    const first = seen.at(-1) ?? [];
    await db.threads.put({ ...storedThread({ id: 'b' }).thread, topic: 'Changed' });
    await settle();
    const next = seen.at(-1) ?? [];
    expect(next).not.toBe(first);
    expect(next[0]).toBe(first[0]);
    expect(next[1]?.topic).toBe('Changed');
    stop();
    db.close();
  });
});
