import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../../test/support/stored-thread';
import type { InboxThread } from '../../data/inbox.queries';
import { createThreadList } from './inbox-threads.model';

const thread = (id: string, shopId = 'demo-2001', topic = 'Pytanie'): InboxThread => ({ ...storedThread({ id, shopId }).thread, topic });
const ids = (threads: InboxThread[]) => threads.map((t) => `${t.shopId}/${t.id}/${t.topic}`);

describe('the threads kept current by changes', () => {
  it('puts changed threads in place, adds new ones, drops deleted ones and other shops, and keeps the rest', () => {
    const list = createThreadList(['demo-2001', 'demo-2002']);
    const first = list.reset([thread('a'), thread('b'), thread('c', 'demo-2002')]);
    const patched = list.patch(
      [
        ['demo-2001', 'b'],
        ['demo-2001', 'd'],
        ['demo-2009', 'x'],
      ],
      [thread('b', 'demo-2001', 'Changed'), thread('d'), thread('x', 'demo-2009')],
    );
    expect(ids(patched)).toEqual(['demo-2001/a/Pytanie', 'demo-2001/b/Changed', 'demo-2002/c/Pytanie', 'demo-2001/d/Pytanie']);
    expect(patched).not.toBe(first);
    expect(patched[0]).toBe(first[0]);
    expect(ids(first)).toEqual(['demo-2001/a/Pytanie', 'demo-2001/b/Pytanie', 'demo-2002/c/Pytanie']);
    const removed = list.patch([['demo-2001', 'a']], [undefined]);
    expect(ids(removed)).toEqual(['demo-2001/b/Changed', 'demo-2002/c/Pytanie', 'demo-2001/d/Pytanie']);
    // The places are right after a removal: a change lands on its own thread.
    expect(ids(list.patch([['demo-2001', 'd']], [thread('d', 'demo-2001', 'Again')]))).toEqual([
      'demo-2001/b/Changed',
      'demo-2002/c/Pytanie',
      'demo-2001/d/Again',
    ]);
    expect(list.threads).toHaveLength(3);
  });
});
