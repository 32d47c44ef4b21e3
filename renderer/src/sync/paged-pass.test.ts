import { describe, expect, it } from 'vitest';
import { ConsoleDatabase } from '../data/db';
import { runPagedPass, type PassPage } from './paged-pass';
import type { SyncContext } from './sync-context';
import type { SyncPlatform } from './sync-platform';

const shop = { id: 'demo-2001', market: 'PL' };

/** A pass over `pages` pages (positions p1, p2, ...), logging each request and each write in order. */
function pagedFetch(db: ConsoleDatabase, pages: number, log: string[], failAt?: number) {
  return async (position: string | undefined): Promise<PassPage> => {
    const n = position ? Number(position.slice(1)) : 0;
    log.push(`read ${n}`);
    await Promise.resolve();
    if (n === failAt) throw new Error(`page ${n} could not be read`);
    return {
      stored: 1,
      quarantined: [],
      maxUpdated: `2026-11-2${n}T10:00:00Z`,
      next: n + 1 < pages ? `p${n + 1}` : undefined,
      // Slower than a read, as IndexedDB's commit of a page is (a few requests in turn): logged when done.
      write: async () => {
        for (let i = 0; i < 5; i += 1) await db.syncCursors.get([shop.id, 'threads']);
        log.push(`write ${n}`);
      },
    };
  };
}

function context(name: string): SyncContext {
  return { db: new ConsoleDatabase(name), platform: {} as SyncPlatform, now: () => new Date('2026-11-28T10:00:00Z') };
}

describe('runPagedPass', () => {
  it('reads up to two pages ahead of the page it stores, and stores every page once, in order', async () => {
    const ctx = context('paged-pass-ahead');
    const log: string[] = [];
    const report = await runPagedPass(ctx, shop, 'threads', 'thread', [], pagedFetch(ctx.db, 6, log));
    expect(report).toEqual({ requests: 6, stored: 6, quarantined: 0 });
    expect(log.filter((entry) => entry.startsWith('write'))).toEqual(['write 0', 'write 1', 'write 2', 'write 3', 'write 4', 'write 5']);
    // Never more than two pages read and not yet stored beyond the one being stored.
    let readCount = 0;
    let written = 0;
    for (const entry of log) {
      if (entry.startsWith('read')) readCount += 1;
      else written += 1;
      expect(readCount - written).toBeLessThanOrEqual(3);
    }
    // Page 3 was requested while page 1 was being stored (two ahead, not one page at a time).
    expect(log.indexOf('read 3')).toBeLessThan(log.indexOf('write 1'));
    const cursor = await ctx.db.syncCursors.get([shop.id, 'threads']);
    expect(cursor?.pendingPageToken).toBeUndefined();
    expect(cursor?.updatedSince).toBe('2026-11-25T10:00:00Z');
    ctx.db.close();
  });

  it('a page read ahead that fails leaves the cursor at the last page stored, and the next pass resumes there', async () => {
    const ctx = context('paged-pass-ahead-failure');
    const log: string[] = [];
    await expect(runPagedPass(ctx, shop, 'threads', 'thread', [], pagedFetch(ctx.db, 6, log, 3))).rejects.toThrow(
      'page 3 could not be read',
    );
    expect(log.filter((entry) => entry.startsWith('write'))).toEqual(['write 0', 'write 1', 'write 2']);
    expect((await ctx.db.syncCursors.get([shop.id, 'threads']))?.pendingPageToken).toBe('p3');
    const again: string[] = [];
    await runPagedPass(ctx, shop, 'threads', 'thread', [], pagedFetch(ctx.db, 6, again));
    expect(again.filter((entry) => entry.startsWith('write'))).toEqual(['write 3', 'write 4', 'write 5']);
    ctx.db.close();
  });
});
