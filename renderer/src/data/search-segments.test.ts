import { describe, expect, it } from 'vitest';
import { postedThreads, prefixBuckets, searchSegments, tokenBucket } from './search-segments';

const record = (threadId: string, tokens: string[]) => ({ shopId: 'demo-2001', threadId, messages: [], tokens });

describe('searchSegments', () => {
  it('posts each token under its first letter with the threads holding it, found again by prefix', () => {
    const segments = searchSegments([record('t-1', ['zwrot', 'paczka', 'zwrotu']), record('t-2', ['zwrotem', 'lodz'])], []);
    expect(segments.map((s) => s.bucket).sort()).toEqual(['l', 'p', 'z']);
    expect(new Set(segments.map((s) => s.segment)).size).toBe(1);
    const z = segments.find((s) => s.bucket === 'z');
    const found = new Set<string>();
    if (z) postedThreads(z, 'zwrot', found);
    expect(found).toEqual(new Set(['demo-2001\nt-1', 'demo-2001\nt-2']));
    const exact = new Set<string>();
    if (z) postedThreads(z, 'zwrotu', exact);
    expect(exact).toEqual(new Set(['demo-2001\nt-1']));
    const none = new Set<string>();
    if (z) postedThreads(z, 'wrot', none);
    expect(none.size).toBe(0);
  });

  it('posts only the tokens a thread gained since its last write, and nothing for a thread that gained none', () => {
    const segments = searchSegments([record('t-1', ['zwrot', 'paczka']), record('t-2', ['lodz'])], [['zwrot'], ['lodz']]);
    expect(segments).toHaveLength(1);
    expect(segments[0]).toMatchObject({ bucket: 'p', threads: ['demo-2001\nt-1'], postings: '\npaczka\t0\n' });
    // Later writes sort after earlier ones.
    const later = searchSegments([record('t-3', ['abc'])], []);
    expect((later[0]?.segment ?? '') > (segments[0]?.segment ?? '')).toBe(true);
  });

  it('keeps tokens with digits in their own bucket, which every prefix lookup of that letter reads too', () => {
    expect(tokenBucket('pl0240001')).toBe('p#');
    expect(tokenBucket('paczka')).toBe('p');
    expect(prefixBuckets('pl')).toEqual(['p', 'p#']);
    expect(prefixBuckets('pl02')).toEqual(['p#']);
    const segments = searchSegments([record('t-1', ['pl0240001', 'paczka'])], []);
    expect(segments.map((s) => s.bucket).sort()).toEqual(['p', 'p#']);
  });

  it("lists in each segment only the threads it posts, so a rare letter's segment stays small", () => {
    const segments = searchSegments(
      [record('t-1', ['zwrot', 'paczka']), record('t-2', ['paczka', 'xylofon']), record('t-3', ['zwrotem'])],
      [],
    );
    const byBucket = new Map(segments.map((s) => [s.bucket, s]));
    expect(byBucket.get('x')).toMatchObject({ threads: ['demo-2001\nt-2'], postings: '\nxylofon\t0\n' });
    expect(byBucket.get('z')?.threads).toEqual(['demo-2001\nt-1', 'demo-2001\nt-3']);
    const found = new Set<string>();
    postedThreads(byBucket.get('p')!, 'pacz', found);
    expect(found).toEqual(new Set(['demo-2001\nt-1', 'demo-2001\nt-2']));
    const zwrot = new Set<string>();
    postedThreads(byBucket.get('z')!, 'zwrote', zwrot);
    expect(zwrot).toEqual(new Set(['demo-2001\nt-3']));
  });
});
