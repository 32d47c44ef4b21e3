import { describe, expect, it } from 'vitest';
import type { SyncCursorRecord } from '../../data/records';
import { translatorFor } from '../../ui/translate';
import { problemText, shopSyncStatuses } from './sync-status';

const en = translatorFor('en');

const shops = [
  { id: 'demo-2001', label: 'Elektro-Dom' },
  { id: 'demo-2002', label: 'Baltic Home' },
];
const fmt = (iso: string) => `<${iso}>`;

function cursor(change: Partial<SyncCursorRecord>): SyncCursorRecord {
  return { shopId: 'demo-2001', kind: 'threads', ...change };
}

describe('shopSyncStatuses', () => {
  it("shows the inbox's last success per shop", () => {
    const statuses = shopSyncStatuses(
      shops,
      [cursor({ lastSuccessAt: '2026-11-23T10:00:00Z' }), cursor({ kind: 'orders', lastSuccessAt: '2026-11-23T11:00:00Z' })],
      fmt,
      en,
    );
    expect(statuses[0]).toEqual({
      shopId: 'demo-2001',
      label: 'Elektro-Dom',
      lastSuccessAt: '2026-11-23T10:00:00Z',
      loadingThreads: null,
      problem: null,
      needsSeller: false,
      unreadable: 0,
    });
  });

  it('counts each shop\'s unreadable records, so "synced" never hides them', () => {
    const statuses = shopSyncStatuses(
      shops,
      [cursor({ lastSuccessAt: '2026-11-23T10:00:00Z' })],
      fmt,
      en,
      true,
      new Map([['demo-2001', 2]]),
    );
    expect(statuses.map((s) => s.unreadable)).toEqual([2, 0]);
  });

  it('counts threads while a pass is loading them, and a shop without a cursor is starting', () => {
    const statuses = shopSyncStatuses(shops, [cursor({ pendingPageToken: 'p2', pendingCount: 150 })], fmt, en);
    expect(statuses[0]?.loadingThreads).toBe(150);
    expect(statuses[1]?.loadingThreads).toBe(0);
  });

  it('an inbox already synced, now resuming a pass, shows the progress too', () => {
    const statuses = shopSyncStatuses(
      shops,
      [cursor({ lastSuccessAt: '2026-11-23T10:00:00Z', pendingPageToken: 'p', pendingCount: 40 })],
      fmt,
      en,
    );
    expect(statuses[0]?.loadingThreads).toBe(40);
  });

  it('a first sync that failed shows the problem, not an endless "loading"', () => {
    const statuses = shopSyncStatuses(shops, [cursor({ lastError: 'Refused', lastErrorKind: 'key' })], fmt, en);
    expect(statuses[0]?.loadingThreads).toBeNull();
    expect(statuses[0]?.problem).toMatch(/refused this shop's API key/);
    expect(statuses[0]?.problem).toMatch(/The console tries again by itself\.$/);
    const later = shopSyncStatuses(
      shops,
      [cursor({ lastError: 'Refused', lastErrorKind: 'key', notBefore: '2026-11-23T10:10:00Z' })],
      fmt,
      en,
    );
    expect(later[0]?.problem).toMatch(/The console tries it again at <2026-11-23T10:10:00Z>\.$/);
    expect(statuses[0]?.needsSeller).toBe(true);
  });

  it('puts a refused key before other problems, then the inbox', () => {
    const [first] = shopSyncStatuses(
      shops,
      [
        cursor({ kind: 'returns', lastError: 'down', lastErrorKind: 'transient', lastSuccessAt: 'x' }),
        cursor({ kind: 'threads', lastError: 'slow', lastErrorKind: 'throttled', lastSuccessAt: 'x' }),
      ],
      fmt,
      en,
    );
    expect(first?.problem).toMatch(/slow down/);
    const [keyFirst] = shopSyncStatuses(
      shops,
      [
        cursor({ lastError: 'x', lastErrorKind: 'transient', lastSuccessAt: 'x' }),
        cursor({ kind: 'account', lastError: 'y', lastErrorKind: 'key' }),
      ],
      fmt,
      en,
    );
    expect(keyFirst?.needsSeller).toBe(true);
  });

  it('does not repeat connection failures per shop while offline, but still says a key was refused', () => {
    const cursors = [
      cursor({ lastSuccessAt: 'x', lastError: 'The connection failed.', lastErrorKind: 'transient' }),
      cursor({ shopId: 'demo-2002', lastSuccessAt: 'x', lastError: 'k', lastErrorKind: 'key' }),
    ];
    const [first, second] = shopSyncStatuses(shops, cursors, fmt, en, false);
    expect(first?.problem).toBeNull();
    expect(second?.needsSeller).toBe(true);
    expect(shopSyncStatuses(shops, cursors, fmt, en, true)[0]?.problem).toMatch(/connection failed/);
  });
});

describe('problemText', () => {
  it('words the problem in the UI language, with the kind of data and the failure translated', () => {
    const pl = translatorFor('pl');
    expect(
      problemText(
        cursor({ lastError: 'The marketplace answered 503 (Maintenance).', lastErrorKind: 'transient', notBefore: '2026-11-23T10:05:00Z' }),
        fmt,
        pl,
      ),
    ).toBe('Nie udało się pobrać wiadomości: Marketplace odpowiedział kodem 503 (Maintenance). Następna próba o <2026-11-23T10:05:00Z>.');
    expect(problemText(cursor({ kind: 'returns', lastError: 'bad', lastErrorKind: 'payload' }), fmt, translatorFor('hr'))).toMatch(
      /^Dio povrata s tržnice/,
    );
  });

  it('says what failed and when the console tries again', () => {
    expect(problemText(cursor({}), fmt, en)).toBeNull();
    expect(
      problemText(cursor({ lastError: 'The connection failed.', lastErrorKind: 'transient', notBefore: '2026-11-23T10:05:00Z' }), fmt, en),
    ).toBe('Could not fetch messages: The connection failed. Next try at <2026-11-23T10:05:00Z>.');
    expect(problemText(cursor({ kind: 'returns', lastError: 'bad', lastErrorKind: 'payload' }), fmt, en)).toBe(
      'Some returns from the marketplace could not be read; they are kept under Diagnostics. The console tries again by itself.',
    );
    expect(problemText(cursor({ kind: 'orders', lastError: 'The page token expired.', lastErrorKind: 'refused' }), fmt, en)).toMatch(
      /refused to send incidents: The page token expired/,
    );
  });
});
