import { describe, expect, it } from 'vitest';
import { postedThreads, searchSegments, segmentWithout } from './search-segments';

// segmentWithout (search-segments.ts), in its own file beside the segment tests: the retention purge's part.
const record = (threadId: string, tokens: string[]) => ({ shopId: 'demo-2001', threadId, messages: [], tokens });
const posted = (segment: Parameters<typeof postedThreads>[0], prefix: string) => {
  const into = new Set<string>();
  postedThreads(segment, prefix, into);
  return into;
};

describe('segmentWithout', () => {
  const [z] = searchSegments([record('t-1', ['zwrot', 'zofia']), record('t-2', ['zwrot', 'zebra']), record('t-3', ['zloty'])], []);

  it('leaves a segment that posts none of the threads as it is', () => {
    expect(segmentWithout(z!, new Set(['demo-2001\nt-9']))).toBe(z);
  });

  it('rewrites the postings without the gone threads, dropping their words and keeping the others’ threads found', () => {
    const kept = segmentWithout(z!, new Set(['demo-2001\nt-1', 'demo-2001\nt-3']))!;
    expect(kept.threads).toEqual(['demo-2001\nt-2']);
    expect(kept.postings).not.toMatch(/zofia|zloty/);
    expect(kept.segment).toBe(z!.segment);
    expect(posted(kept, 'zwrot')).toEqual(new Set(['demo-2001\nt-2']));
    expect(posted(kept, 'zebra')).toEqual(new Set(['demo-2001\nt-2']));
  });

  it('answers null when none of its threads is left', () => {
    expect(segmentWithout(z!, new Set(['demo-2001\nt-1', 'demo-2001\nt-2', 'demo-2001\nt-3']))).toBeNull();
  });
});
