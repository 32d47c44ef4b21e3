import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../test/support/stored-thread';
import { ConsoleDatabase } from './db';
import { threadKeyOf } from './inbox.queries';
import { searchFold, searchThreads } from './thread-search.queries';

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
  await db.messages.bulkPut(threads.flatMap((t) => t.messages));
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
    await db.messages.bulkPut([...long.messages, ...after.messages, ...otherShop.messages]);
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
