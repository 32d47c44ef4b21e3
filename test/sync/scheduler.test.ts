// The sync loop's timing against the demo marketplace over real HTTP, with a clock the test moves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleDatabase } from '../../renderer/src/data/db';
import { runSyncLoop, nextDueAt } from '../../renderer/src/sync/sync.scheduler';
import { defaultSyncPolicy } from '../../renderer/src/sync/sync-policy';
import { createPlatform } from '../../renderer/src/api/platform';
import { startConsoleStack, type ConsoleStack } from '../support/console-stack';
import { spiedPlatform } from '../support/platform-spy';

let stack: ConsoleStack;
beforeAll(async () => {
  stack = await startConsoleStack({ seed: 5, threads: 40 });
});
afterAll(async () => {
  await stack.close();
});

const shop = { id: 'demo-2003', market: 'PT' };

/**
 * Runs the loop for the given rounds: before each round the clock is set to `at[i]` (seconds after
 * the start) and the forced shops to `forced[i]`; returns the operations requested in each round.
 */
async function rounds(db: ConsoleDatabase, at: number[], forced: string[][] = [], visible = true): Promise<string[][]> {
  const start = Date.parse('2026-11-23T09:00:00Z');
  let clock = start;
  let round = 0;
  const calls: string[][] = [[]];
  const platform = spiedPlatform(
    createPlatform(stack.http, () => new Date(clock)),
    (_shopId, code) => {
      calls[round]?.push(code);
    },
  );
  const abort = new AbortController();
  clock = start + (at[0] ?? 0) * 1000;
  await runSyncLoop(
    {
      ctx: { db, platform, now: () => new Date(clock) },
      shops: [shop],
      policy: defaultSyncPolicy,
      isVisible: () => visible,
      isOnline: () => true,
      random: () => 0.5,
      takeForced: () => new Set(forced[round] ?? []),
      sleep: async () => {
        round += 1;
        if (round >= at.length) abort.abort();
        else {
          calls.push([]);
          clock = start + (at[round] ?? 0) * 1000;
        }
      },
    },
    abort.signal,
  );
  return calls;
}

describe('runSyncLoop', () => {
  it('syncs every kind at first, then each at its own interval', async () => {
    const db = new ConsoleDatabase('scheduler-1');
    const calls = await rounds(db, [0, 30, 61, 301, 24 * 3600 + 400]);
    expect(calls[0]).toEqual(['M11', 'OR11', 'RT11', 'RE11', 'RE12', 'A01']);
    expect(calls[1]).toEqual([]);
    expect(calls[2]).toEqual(['M11']);
    expect(calls[3]).toEqual(['M11', 'OR11']);
    expect(calls[4]).toEqual(['M11', 'OR11', 'RT11', 'RE11', 'RE12', 'A01']);
  });

  it('refreshes on request, but never more often than the published maximum', async () => {
    const db = new ConsoleDatabase('scheduler-2');
    const calls = await rounds(db, [0, 5, 15], [[], ['*'], [shop.id]]);
    expect(calls[1]).toEqual([]);
    expect(calls[2]).toEqual(['M11']);
  });

  it('polls the inbox less often when the window is hidden', async () => {
    const db = new ConsoleDatabase('scheduler-3');
    const calls = await rounds(db, [0, 61, 301], [], false);
    expect(calls[1]).toEqual([]);
    expect(calls[2]).toEqual(['M11', 'OR11']);
  });

  it('resumes a pass left half-done at once', () => {
    const due = nextDueAt(
      { shopId: shop.id, kind: 'threads', lastAttemptAt: '2026-11-23T09:00:00Z', pendingPageToken: 'abc' },
      'threads',
      defaultSyncPolicy,
      true,
      false,
    );
    expect(due).toBe(-Infinity);
    const waiting = nextDueAt(
      {
        shopId: shop.id,
        kind: 'threads',
        lastAttemptAt: '2026-11-23T09:00:00Z',
        pendingPageToken: 'abc',
        notBefore: '2026-11-23T09:05:00Z',
      },
      'threads',
      defaultSyncPolicy,
      true,
      false,
    );
    expect(waiting).toBe(Date.parse('2026-11-23T09:05:00Z'));
  });

  it('resumes at once a pass cut off before it stored anything (a kill leaves only its start)', () => {
    const cut = { shopId: shop.id, kind: 'threads' as const, lastAttemptAt: '2026-11-23T09:10:00Z', lastSuccessAt: '2026-11-23T09:00:00Z' };
    expect(nextDueAt(cut, 'threads', defaultSyncPolicy, true, false)).toBe(-Infinity);
    // A pass that failed is not "cut off": it waits for its interval (and backoff).
    expect(nextDueAt({ ...cut, lastError: 'The connection to the marketplace failed.' }, 'threads', defaultSyncPolicy, true, false)).toBe(
      Date.parse('2026-11-23T09:11:00Z'),
    );
    // A finished pass waits for its interval.
    expect(nextDueAt({ ...cut, lastSuccessAt: '2026-11-23T09:10:05Z' }, 'threads', defaultSyncPolicy, true, false)).toBe(
      Date.parse('2026-11-23T09:11:00Z'),
    );
  });
});
