// Working-time engine: 100,000 reply deadlines spread over all markets, fast path (precomputed intervals,
// binary search, prefix sums) against the Temporal day-stepping reference (shared/working-time/reference.ts).
// The reference is too slow to run 100,000 times in a benchmark: it runs on an evenly spread subset and its
// time is extrapolated linearly to 100,000, which the label says.
import { listMarketCodes, replyDueAt } from '../../shared/working-time/index';
import { formatInstantMs } from '../../shared/working-time/iso';
import { referenceReplyDueAt } from '../../shared/working-time/reference';
import { medianMs, type BenchReport } from './bench-report';

const THREADS = 100_000;
const REFERENCE_SUBSET = 2_000;
const FIRST = Date.UTC(2024, 0, 2);
const LAST = Date.UTC(2035, 10, 30);

interface Input {
  receivedAt: string;
  market: string;
}

// Deterministic inputs (a fixed LCG), half in UTC and half in a +02:00 local offset. They pass through JSON
// at the end, as they would arrive from the platform API (flat strings, not concatenation ropes).
function inputs(): Input[] {
  const codes = listMarketCodes();
  let seed = 20_250_110;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const out: Input[] = [];
  for (let i = 0; i < THREADS; i += 1) {
    const ms = FIRST + Math.floor(next() * (LAST - FIRST));
    const receivedAt = i % 2 === 0 ? formatInstantMs(ms) : formatInstantMs(ms + 7_200_000).replace('Z', '+02:00');
    out.push({ receivedAt, market: codes[i % codes.length] as string });
  }
  return JSON.parse(JSON.stringify(out)) as Input[];
}

/** Measures the fast path and the reference on the same deadlines and checks they agree. */
export async function bench(): Promise<BenchReport> {
  const all = inputs();
  const subset = all.filter((_, i) => i % (THREADS / REFERENCE_SUBSET) === 0);

  const buildStart = performance.now();
  for (const code of listMarketCodes()) replyDueAt('2025-01-10T12:00:00Z', code);
  const buildMs = performance.now() - buildStart;

  let sink = 0;
  const fastMs = await medianMs(
    () => {
      for (const t of all) sink += replyDueAt(t.receivedAt, t.market).length;
    },
    9,
    5,
  );
  const referenceSubsetMs = await medianMs(
    () => {
      for (const t of subset) sink += referenceReplyDueAt(t.receivedAt, t.market).length;
    },
    3,
    1,
  );
  const referenceMs = referenceSubsetMs * (THREADS / subset.length);
  const ratio = referenceMs / fastMs;
  const mismatches = subset.filter((t) => replyDueAt(t.receivedAt, t.market) !== referenceReplyDueAt(t.receivedAt, t.market)).length;

  return {
    name: 'working-time: 100,000 reply deadlines over 12 markets',
    lines: [
      { label: 'calendar build, all 12 markets (once, lazily)', value: `${buildMs.toFixed(1)} ms` },
      {
        label: 'fast path, 100,000 deadlines (median of 9)',
        value: `${fastMs.toFixed(2)} ms (${((fastMs * 1000) / THREADS).toFixed(3)} µs each)`,
      },
      {
        label: `Temporal stepping reference, measured on ${subset.length} deadlines (median of 3)`,
        value: `${referenceSubsetMs.toFixed(1)} ms`,
      },
      {
        label: `Temporal stepping reference, extrapolated linearly to 100,000 (x${THREADS / subset.length})`,
        value: `${referenceMs.toFixed(0)} ms`,
      },
      { label: 'ratio reference / fast', value: `${ratio.toFixed(0)}x` },
      { label: 'fast vs reference disagreements on the subset', value: `${mismatches}` },
      { label: '(checksum, ignore)', value: `${sink % 997}` },
    ],
    goals: [
      { text: 'fast path < 20 ms for 100,000 deadlines', met: fastMs < 20 },
      { text: 'fast path >= 50x the Temporal reference', met: ratio >= 50 },
      { text: 'fast path agrees with the reference on every subset deadline', met: mismatches === 0 },
    ],
  };
}
