import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../test/support/stored-thread';
import { ConsoleDatabase } from './db';
import { threadKeyOf } from './inbox.queries';
import { holdsTokenPrefix, joinTokens, tokenList } from './search-tokens';
import { prepareThreadsPage, prepareThreadsPageInSlices, storeThreadsPage, threadContentOf } from './thread-messages.queries';
import { searchThreads } from './thread-search.queries';

const page = Array.from({ length: 7 }, (_, i) =>
  storedThread({ id: `t-${i}`, buyer: i === 3 ? 'Łukasz Wójcik' : 'Anna Nowak', messages: [`Zamówienie numer ${i}`, 'Paczka dotarła'] }),
);

describe('prepareThreadsPageInSlices', () => {
  it('prepares what prepareThreadsPage does, pausing between slices of threads', async () => {
    let pauses = 0;
    const sliced = await prepareThreadsPageInSlices(
      page,
      async () => {
        pauses += 1;
      },
      3,
    );
    const whole = prepareThreadsPage(page);
    expect(sliced.fresh).toEqual(whole.fresh);
    // Segment ids differ (each write has its own); the postings are the same.
    const postings = (p: typeof whole) => p.segments.map(({ bucket, threads, postings: text }) => ({ bucket, threads, text }));
    expect(postings(sliced)).toEqual(postings(whole));
    // Slices of 3, 3 and 1 threads: a pause before the second and third, and one before indexing.
    expect(pauses).toBe(3);
  });
});

describe('storeThreadsPage (schema version 9 records)', () => {
  it('keeps tokens as one string and attachments in the thread’s record, merged over syncs', async () => {
    const db = new ConsoleDatabase('store-threads-page-v9');
    const [first] = page;
    const withPhoto = { ...first!, attachments: [{ id: 'a-1', messageId: first!.messages[0]!.id, name: 'photo.jpg', size: 10 }] };
    await storeThreadsPage(db, prepareThreadsPage([withPhoto, ...page.slice(1)]));
    const record = await db.threadMessages.get(['demo-2001', 't-0']);
    expect(typeof record?.tokens).toBe('string');
    expect(tokenList(record?.tokens)).toEqual(expect.arrayContaining(['anna', 'nowak', 'zamowienie', 'paczka']));
    expect(record?.messages[0]).not.toHaveProperty('raw');
    // A thread without attachments has no attachments field at all.
    expect(await db.threadMessages.get(['demo-2001', 't-1'])).not.toHaveProperty('attachments');

    // A later sync of the thread with another attachment keeps the first one.
    await storeThreadsPage(db, [{ ...first!, attachments: [{ id: 'a-2', messageId: 'm-later', name: 'label.pdf' }] }]);
    const content = await threadContentOf(db, 'demo-2001', 't-0');
    expect([...content.attachments.values()]).toEqual([
      { shopId: 'demo-2001', threadId: 't-0', id: 'a-1', messageId: first!.messages[0]!.id, name: 'photo.jpg', size: 10 },
      { shopId: 'demo-2001', threadId: 't-0', id: 'a-2', messageId: 'm-later', name: 'label.pdf' },
    ]);
    expect(await searchThreads(db, ['demo-2001'], 'lukasz')).toEqual(new Set([threadKeyOf('demo-2001', 't-3')]));
    db.close();
  });
});

describe('stored tokens', () => {
  it('reads both stored forms and finds a token by its start only', () => {
    const joined = joinTokens(['anna', 'nowak', 'zwrotu']);
    expect(tokenList(joined)).toEqual(['anna', 'nowak', 'zwrotu']);
    expect(tokenList('')).toEqual([]);
    expect(tokenList(['a1', 'b2'])).toEqual(['a1', 'b2']);
    expect(holdsTokenPrefix(joined, 'zwrot')).toBe(true);
    expect(holdsTokenPrefix(joined, 'ann')).toBe(true);
    expect(holdsTokenPrefix(joined, 'owak')).toBe(false);
    expect(holdsTokenPrefix(['anna', 'nowak'], 'now')).toBe(true);
    expect(holdsTokenPrefix(undefined, 'a')).toBe(false);
  });
});
