import { describe, expect, it } from 'vitest';
import { nextThreadDue, type TriageFacts } from './next-due';

const same = (a: string, b: string) => a === b;
const due: TriageFacts = { waiting: true, replyQueued: false, canReply: true };
const answered: TriageFacts = { waiting: false, replyQueued: false, canReply: true };
const queued: TriageFacts = { ...due, replyQueued: true };
const closed: TriageFacts = { ...due, canReply: false };

describe('nextThreadDue', () => {
  it('opens the next waiting thread below the one just answered, skipping answered ones', () => {
    expect(nextThreadDue(['a', 'b', 'c', 'd'], [due, due, answered, due], 'b', same)).toBe('d');
    expect(nextThreadDue(['a', 'b', 'c'], [due, due, due], 'a', same)).toBe('b');
  });

  it('skips threads with a reply already queued and threads the seller cannot write to', () => {
    expect(nextThreadDue(['a', 'b', 'c', 'd'], [due, queued, closed, due], 'a', same)).toBe('d');
  });

  it('wraps round to the top, never choosing the thread just answered', () => {
    expect(nextThreadDue(['a', 'b', 'c'], [due, answered, due], 'c', same)).toBe('a');
    // The thread just answered still shows as waiting until its reply is delivered and synced.
    expect(nextThreadDue(['a', 'b'], [answered, due], 'b', same)).toBeNull();
  });

  it('starts at the top when the answered thread is not in the list (filtered out)', () => {
    expect(nextThreadDue(['a', 'b'], [answered, due], 'z', same)).toBe('b');
  });

  it('skips rows the cache does not describe and answers null when nothing else is due', () => {
    expect(nextThreadDue(['a', 'b', 'c'], [due, undefined, due], 'a', same)).toBe('c');
    expect(nextThreadDue(['a', 'b'], [due, answered], 'a', same)).toBeNull();
    expect(nextThreadDue([], [], 'a', same)).toBeNull();
  });
});
