// Reports over a large cache: 100,000 threads with 1,000,000 messages over four markets, a year of
// history. Measured: preparing the report (every buyer request timed in its market's working hours,
// once per read of the cache) and rebuilding it for a filter change (what a click costs), against a
// baseline of only sorting each thread's messages and pairing requests with answers (no calendar).
import { buildReport, prepareReport } from '../../renderer/src/features/reports/report-model';
import type { ReportFacts } from '../../renderer/src/data/report-facts.queries';
import { medianMs, type BenchReport } from './bench-report';

const THREADS = 100_000;
const MESSAGES_PER_THREAD = 10;
const markets = ['PL', 'LV', 'PT', 'HR'];
const YEAR_START = Date.parse('2025-11-28T00:00:00Z');

function facts(): ReportFacts {
  let seed = 2026;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const threads: ReportFacts['threads'] = [];
  for (let i = 0; i < THREADS; i += 1) {
    const market = markets[i % markets.length] as string;
    let at = YEAR_START + Math.floor(next() * 360 * 86_400_000);
    const messages = [];
    for (let m = 0; m < MESSAGES_PER_THREAD; m += 1) {
      messages.push({ at: new Date(at).toISOString(), from: m % 2 === 0 || next() < 0.2 ? 'CUSTOMER_USER' : 'SHOP_USER' });
      at += Math.floor(next() * 3 * 86_400_000);
    }
    threads.push({ shopId: `shop-${i % 8}`, market, threadId: `t${i}`, messages, takenOver: next() < 0.01 });
  }
  const cases: ReportFacts['cases'] = Array.from({ length: 5_000 }, (_, i) => ({
    key: `c${i}`,
    shopId: `shop-${i % 8}`,
    market: markets[i % markets.length] as string,
    category: String(10 + (i % 7)),
    product: `Product ${i % 300}`,
    openedAt: new Date(YEAR_START + Math.floor(next() * 360 * 86_400_000)).toISOString(),
  }));
  return { threads, cases, notices: [] };
}

/** The baseline: the same messages sorted per thread and paired, with no working-time arithmetic. */
function pairOnly(input: ReportFacts): number {
  let pairs = 0;
  for (const thread of input.threads) {
    const sorted = [...thread.messages].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    let asked = false;
    for (const m of sorted) {
      if (m.from === 'CUSTOMER_USER') asked = true;
      else if (asked) {
        pairs += 1;
        asked = false;
      }
    }
  }
  return pairs;
}

export async function bench(): Promise<BenchReport> {
  const input = facts();
  const baseline = await medianMs(() => pairOnly(input), 3, 1);
  const prepareTime = await medianMs(() => prepareReport(input), 3, 1);
  const prepared = prepareReport(input);
  const filters = { from: '2026-01-01', to: '2026-11-28', shopId: null, market: null };
  const build = await medianMs(() => buildReport(prepared, filters, Date.parse('2026-11-28T12:00:00Z'), 'Europe/Warsaw'), 5, 1);
  const buildOneShop = await medianMs(
    () => buildReport(prepared, { ...filters, shopId: 'shop-3' }, Date.parse('2026-11-28T12:00:00Z'), 'Europe/Warsaw'),
    5,
    1,
  );
  return {
    name: `Reports: ${THREADS.toLocaleString('en')} threads, ${(THREADS * MESSAGES_PER_THREAD).toLocaleString('en')} messages, ${prepared.samples.length.toLocaleString('en')} requests`,
    lines: [
      { label: 'baseline (sort and pair messages, no calendar)', value: `${baseline.toFixed(0)} ms` },
      {
        label: 'prepare (time every request in working hours)',
        value: `${prepareTime.toFixed(0)} ms (${(prepareTime / baseline).toFixed(1)}× baseline)`,
      },
      {
        label: 'rebuild for a filter change, all shops, 11 months',
        value: `${build.toFixed(0)} ms (${(build / baseline).toFixed(2)}× baseline)`,
      },
      { label: 'rebuild for one shop', value: `${buildOneShop.toFixed(0)} ms` },
    ],
    goals: [{ text: 'preparing costs at most 10× sorting and pairing the same messages', met: prepareTime <= 10 * baseline }],
  };
}
