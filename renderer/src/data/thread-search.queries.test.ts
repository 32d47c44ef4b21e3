import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../test/support/stored-thread';
import { ConsoleDatabase } from './db';
import { threadKeyOf } from './inbox.queries';
import { searchFold, searchThreads } from './thread-search.queries';
import { storeMessages, storeThreadsPage, threadMessagesOf } from './thread-messages.queries';

async function seeded(name: string): Promise<ConsoleDatabase> {
  const db = new ConsoleDatabase(name);
  const threads = [
    storedThread({
      id: 't-1',
      buyer: 'Łukasz Wójcik',
      order: { id: 'PL0240001-A', label: 'PL0240001' },
      messages: ['Paczka jest uszkodzona'],
    }),
    storedThread({ id: 't-2', buyer: 'Anna Nowak', topic: { type: 'REASON_CODE', value: 'WARRANTY' }, messages: ['Ekspres przecieka'] }),
    storedThread({
      id: 't-3',
      buyer: 'Jānis Bērziņš',
      shopId: 'demo-2002',
      market: 'LV',
      messages: ['Kur ir mana pakete?', 'Vēl gaidu pakete'],
    }),
    storedThread({ id: 't-4', buyer: 'Ivo Horvat', shopId: 'demo-2004', market: 'HR', messages: ['Paczka'] }),
  ];
  await db.threads.bulkPut(threads.map((t) => t.thread));
  await storeMessages(
    db,
    threads.flatMap((t) => t.messages),
  );
  await db.reasons.bulkPut([
    { shopId: 'demo-2001', type: 'incident_open', code: 'WARRANTY', label: 'Gwarancja', raw: {} },
    { shopId: 'demo-2001', type: 'incident_close', code: 'REFUND_ISSUED', label: 'Zwrot pieniędzy', raw: {} },
  ]);
  return db;
}

const shops = ['demo-2001', 'demo-2002', 'demo-2003'];
const keys = (...ids: [string, string][]) => new Set(ids.map(([shop, id]) => threadKeyOf(shop, id)));

describe('searchThreads', () => {
  it('finds threads by buyer name, order id or label, topic code or label and message text, ignoring case and accents', async () => {
    const db = await seeded('search-fields');
    expect(await searchThreads(db, shops, 'lukasz')).toEqual(keys(['demo-2001', 't-1']));
    expect(await searchThreads(db, shops, 'PL0240001')).toEqual(keys(['demo-2001', 't-1']));
    expect(await searchThreads(db, shops, 'pl0240001-a')).toEqual(keys(['demo-2001', 't-1']));
    expect(await searchThreads(db, shops, 'pl024')).toEqual(keys(['demo-2001', 't-1']));
    expect(await searchThreads(db, shops, 'PL')).toEqual(keys(['demo-2001', 't-1']));
    expect(await searchThreads(db, shops, 'warranty')).toEqual(keys(['demo-2001', 't-2']));
    expect(await searchThreads(db, shops, 'GWARANCJA')).toEqual(keys(['demo-2001', 't-2']));
    expect(await searchThreads(db, shops, 'przecieka')).toEqual(keys(['demo-2001', 't-2']));
    expect(await searchThreads(db, shops, 'berzins')).toEqual(keys(['demo-2002', 't-3']));
    // A closing reason is not a topic.
    expect(await searchThreads(db, shops, 'Zwrot pieniędzy')).toEqual(new Set());
    db.close();
  });

  it('needs every word, each anywhere in the thread (one in the name, one in a message)', async () => {
    const db = await seeded('search-words');
    expect(await searchThreads(db, shops, 'janis gaidu')).toEqual(keys(['demo-2002', 't-3']));
    expect(await searchThreads(db, shops, 'janis uszkodzona')).toEqual(new Set());
    expect(await searchThreads(db, shops, '  ')).toEqual(new Set());
    db.close();
  });

  it('searches only the shops asked for', async () => {
    const db = await seeded('search-shops');
    // t-4 (demo-2004) says "Paczka" too, but its shop is not connected.
    expect(await searchThreads(db, shops, 'paczka')).toEqual(keys(['demo-2001', 't-1']));
    expect(await searchThreads(db, [...shops, 'demo-2004'], 'paczka')).toEqual(keys(['demo-2001', 't-1'], ['demo-2004', 't-4']));
    db.close();
  });

  it('reads the messages in chunks to the end of each shop', async () => {
    const db = new ConsoleDatabase('search-chunks');
    const long = storedThread({
      id: 't-long',
      messages: Array.from({ length: 520 }, (_, i) => (i === 519 ? 'ostatnia wiadomość' : `wiadomość ${i}`)),
    });
    const after = storedThread({ id: 't-z', messages: ['ostatnia'] });
    const otherShop = storedThread({ id: 't-a', shopId: 'demo-2002', messages: ['ostatnia'] });
    await db.threads.bulkPut([long.thread, after.thread, otherShop.thread]);
    await storeMessages(db, [...long.messages, ...after.messages, ...otherShop.messages]);
    // The 520th message of the first thread, past the first chunk, and the threads after it.
    expect(await searchThreads(db, ['demo-2001', 'demo-2002'], 'ostatnia')).toEqual(
      keys(['demo-2001', 't-long'], ['demo-2001', 't-z'], ['demo-2002', 't-a']),
    );
    expect(await searchThreads(db, ['demo-2001'], 'ostatnia wiadomosc')).toEqual(keys(['demo-2001', 't-long']));
    db.close();
  });

  it('folds letters without a combining mark too', () => {
    expect(searchFold('Łódź ĐURO Šime Straße')).toBe('lodz duro sime strasse');
  });
});

describe('searchThreads, index-backed', () => {
  it('matches word prefixes (inflected forms from their stem, folded), and answers a first screen with a limit', async () => {
    const db = new ConsoleDatabase('search-prefixes');
    const threads = [
      storedThread({ id: 't-1', messages: ['Proszę o zwrot pieniędzy za zamówienie'] }),
      storedThread({ id: 't-2', messages: ['Czekam na zwrotu środków'] }),
      storedThread({ id: 't-3', shopId: 'demo-2002', market: 'LV', messages: ['Paciņa vēl nav saņemta'] }),
      storedThread({ id: 't-4', shopId: 'demo-2003', market: 'PT', messages: ['A devolução do pedido'] }),
      storedThread({ id: 't-5', messages: ['Bez słowa o pieniądzach'] }),
    ];
    await storeThreadsPage(db, threads);
    expect(await searchThreads(db, shops, 'zwrot')).toEqual(keys(['demo-2001', 't-1'], ['demo-2001', 't-2']));
    expect(await searchThreads(db, shops, 'pieniedz')).toEqual(keys(['demo-2001', 't-1']));
    expect(await searchThreads(db, shops, 'PIENIĘDZY')).toEqual(keys(['demo-2001', 't-1']));
    expect(await searchThreads(db, shops, 'pieniadz')).toEqual(keys(['demo-2001', 't-5']));
    expect(await searchThreads(db, shops, 'sanemt')).toEqual(keys(['demo-2002', 't-3']));
    expect(await searchThreads(db, shops, 'devoluc')).toEqual(keys(['demo-2003', 't-4']));
    // A word inside another word is not a match: words match from their start.
    expect(await searchThreads(db, shops, 'wrot')).toEqual(new Set());
    const first = await searchThreads(db, shops, 'zwrot', { limit: 1 });
    expect(first.size).toBe(1);
    expect([...first].every((key) => [threadKeyOf('demo-2001', 't-1'), threadKeyOf('demo-2001', 't-2')].includes(key))).toBe(true);
    expect(await searchThreads(db, shops, 'zwrot zamow', { limit: 5 })).toEqual(keys(['demo-2001', 't-1']));
    db.close();
  });

  it('keeps older messages when a later page embeds only the latest, and renews the tokens', async () => {
    const db = new ConsoleDatabase('search-merge');
    await storeThreadsPage(db, [storedThread({ id: 't-1', messages: ['Paczka jest uszkodzona'] })]);
    const later = storedThread({ id: 't-1', buyer: 'Ewa Lis', messages: ['Paczka jest uszkodzona', 'Proszę o wymianę'] });
    await storeThreadsPage(db, [{ ...later, messages: later.messages.slice(1) }]);
    expect((await threadMessagesOf(db, 'demo-2001', 't-1')).map((m) => m.body)).toEqual(['Paczka jest uszkodzona', 'Proszę o wymianę']);
    expect(await searchThreads(db, shops, 'uszkodzona wymiane ewa')).toEqual(keys(['demo-2001', 't-1']));
    expect(await searchThreads(db, shops, 'nowak')).toEqual(new Set());
    db.close();
  });

  it('reads the index a chunk of segments at a time, newest first, to the end or to the limit', async () => {
    const db = new ConsoleDatabase('search-segments');
    // One write (one segment per letter) per thread; every other thread says "zwrot".
    for (let i = 0; i < 40; i += 1)
      await storeThreadsPage(db, [
        storedThread({ id: `t-${String(i).padStart(2, '0')}`, messages: [i % 2 === 0 ? 'Proszę o zwrot' : 'Paczka'] }),
      ]);
    const all = await searchThreads(db, shops, 'zwrot');
    expect(all.size).toBe(20);
    expect(all.has(threadKeyOf('demo-2001', 't-00'))).toBe(true);
    const first = await searchThreads(db, shops, 'zwrot', { limit: 5 });
    expect(first.size).toBe(5);
    expect([...first].every((key) => all.has(key))).toBe(true);
    // Newest first: the last threads written come first.
    expect(first.has(threadKeyOf('demo-2001', 't-38'))).toBe(true);
    db.close();
  });
});
