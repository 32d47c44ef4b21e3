import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../test/support/stored-thread';
import { enqueue } from '../sync/outbox/outbox.repository';
import { ConsoleDatabase } from './db';
import { previousRepliesMax, replyGuardContext } from './reply-guard.queries';
import { storeMessages } from './thread-messages.queries';

const at = new Date('2026-11-23T10:00:00Z');
const reply = (threadId: string, body: string, shopId = 'demo-2001') => ({
  shopId,
  kind: 'reply' as const,
  threadId,
  payload: { body, to: [{ type: 'CUSTOMER' }] },
});

// The fixtures' replies are stored as written: this file tests what the guard reads, not the guard.
const unchecked = { checker: () => [] };

describe('replyGuardContext', () => {
  it("reads the thread's market, the buyer's last message and the profile's replies to other threads, newest first", async () => {
    const db = new ConsoleDatabase('guard-context');
    const thread = storedThread({ id: 't-1', market: 'LV', shopId: 'demo-2002', messages: ['Kur ir mana paka?', 'Vai tā jau ir ceļā?'] });
    await db.threads.put(thread.thread);
    await storeMessages(db, thread.messages);
    // The shop's own later message is not the buyer's.
    await storeMessages(db, [
      {
        ...thread.messages[0]!,
        id: 't-1-m9999',
        fromType: 'SHOP_USER',
        body: 'Labdien!',
        dateCreated: '2026-11-21T08:00:00Z',
      },
    ]);
    await enqueue(db, reply('t-9', 'Atbilde citam pircējam.'), 'a', at, unchecked);
    await enqueue(db, reply('t-1', 'Atbilde šajā sarunā.', 'demo-2002'), 'b', at, unchecked);
    await enqueue(db, reply('t-8', 'Vēl viena atbilde.'), 'c', at, unchecked);
    await enqueue(
      db,
      { shopId: 'demo-2001', kind: 'status-update', payload: { closed_from: null, closed_to: null } } as never,
      'd',
      at,
      unchecked,
    );

    expect(await replyGuardContext(db, 'demo-2002', 't-1')).toEqual({
      market: 'LV',
      buyerMessage: 'Vai tā jau ir ceļā?',
      previousReplies: ['Vēl viena atbilde.', 'Atbilde citam pircējam.'],
    });
    db.close();
  });

  it("falls back to the shop's market for a thread not cached yet, and keeps at most the last 50 replies", async () => {
    const db = new ConsoleDatabase('guard-context-fallback');
    await db.shops.put({ id: 'demo-2003', label: 'Casa Lusitana', market: 'PT' });
    for (let i = 0; i < previousRepliesMax + 5; i++) await enqueue(db, reply(`o-${i}`, `Resposta ${i}`), `r${i}`, at, unchecked);
    const context = await replyGuardContext(db, 'demo-2003', 'new-thread');
    expect(context.market).toBe('PT');
    expect(context.buyerMessage).toBeUndefined();
    expect(context.previousReplies).toHaveLength(previousRepliesMax);
    expect(context.previousReplies?.[0]).toBe(`Resposta ${previousRepliesMax + 4}`);
    expect((await replyGuardContext(db, 'unknown-shop', 'x')).market).toBe('');
    db.close();
  });
});
