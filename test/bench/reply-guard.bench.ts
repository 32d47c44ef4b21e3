// Reply guard: 10,000 replies of 1–2,000 characters, built from the labelled corpora's fragments in each
// market's language, checked by `checkReply` (with a buyer message and earlier replies as context),
// against a baseline of the same raw regular expressions run alone over the text (no folding, clauses,
// language detection, similarity or question matching). Median and 95th percentile per reply.
import * as contact from '../../shared/reply-guard/contact';
import { contactCorpus } from '../../shared/reply-guard/corpus/contact.corpus';
import { wordingCorpus } from '../../shared/reply-guard/corpus/wording.corpus';
import { checkReply } from '../../shared/reply-guard/index';
import { wordingPatterns } from '../../shared/reply-guard/wording';
import type { BenchReport } from './bench-report';

const REPLIES = 10_000;
const MAX_CHARS = 2_000;

// The contact rules may export their raw patterns under this name; their baseline joins when they do.
const contactPatterns = (contact as { contactPatterns?: readonly RegExp[] }).contactPatterns ?? [];
const patterns = [...wordingPatterns, ...contactPatterns];

interface Input {
  text: string;
  market: string;
  buyerMessage?: string;
  previousReplies: string[];
}

function inputs(): Input[] {
  let seed = 11_2025;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const corpus = [...wordingCorpus, ...contactCorpus];
  const byMarket = new Map<string, string[]>();
  for (const c of corpus) byMarket.set(c.market, [...(byMarket.get(c.market) ?? []), c.text]);
  const markets = [...byMarket.keys()].filter((m) => (byMarket.get(m)?.length ?? 0) >= 5);
  const questions = corpus.filter((c) => c.buyerMessage).map((c) => ({ market: c.market, message: c.buyerMessage as string }));
  const out: Input[] = [];
  for (let i = 0; i < REPLIES; i += 1) {
    const market = markets[i % markets.length] as string;
    const fragments = byMarket.get(market) as string[];
    const target = 1 + Math.floor(next() * MAX_CHARS);
    let text = '';
    while (text.length < target) text += `${fragments[Math.floor(next() * fragments.length)]} `;
    text = text.slice(0, target);
    const own = questions.filter((q) => q.market === market);
    const buyerMessage = own.length > 0 ? own[Math.floor(next() * own.length)]?.message : undefined;
    const previousReplies = Array.from({ length: 5 }, () => fragments[Math.floor(next() * fragments.length)] as string);
    out.push({ text, market, buyerMessage, previousReplies });
  }
  return JSON.parse(JSON.stringify(out)) as Input[];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

/** Per-reply times of `fn` over all inputs (after one warm-up pass), sorted. */
function timesOf(all: readonly Input[], fn: (input: Input) => number): { sorted: number[]; sink: number } {
  let sink = 0;
  for (const input of all) sink += fn(input);
  const times: number[] = [];
  for (const input of all) {
    const start = performance.now();
    sink += fn(input);
    times.push(performance.now() - start);
  }
  return { sorted: times.sort((a, b) => a - b), sink };
}

/** Measures `checkReply` and the raw-regex baseline on the same 10,000 replies. */
export async function bench(): Promise<BenchReport> {
  const all = inputs();
  const guard = timesOf(all, (i) => checkReply(i.text, i).length);
  const raw = timesOf(all, (i) => {
    let hits = 0;
    for (const re of patterns) {
      re.lastIndex = 0;
      while (re.exec(i.text)) hits += 1;
    }
    return hits;
  });
  const guardMedian = percentile(guard.sorted, 0.5);
  const rawMedian = percentile(raw.sorted, 0.5);
  const avgChars = all.reduce((n, i) => n + i.text.length, 0) / all.length;
  const ms = (v: number) => `${(v * 1000).toFixed(1)} µs`;
  return {
    name: `reply guard: ${REPLIES.toLocaleString('en')} replies of 1–${MAX_CHARS.toLocaleString('en')} characters`,
    lines: [
      { label: 'replies, mean length', value: `${all.length}, ${avgChars.toFixed(0)} characters` },
      {
        label: `raw regexes alone (${patterns.length} patterns), median / p95 per reply`,
        value: `${ms(rawMedian)} / ${ms(percentile(raw.sorted, 0.95))}`,
      },
      {
        label: 'checkReply, median / p95 / max per reply',
        value: `${ms(guardMedian)} / ${ms(percentile(guard.sorted, 0.95))} / ${ms(guard.sorted.at(-1) ?? 0)}`,
      },
      { label: 'ratio checkReply / raw regexes (median)', value: `${(guardMedian / rawMedian).toFixed(1)}x` },
      { label: '(checksum, ignore)', value: `${(guard.sink + raw.sink) % 997}` },
    ],
    goals: [{ text: 'a typical reply (median) checks in under 2 ms', met: guardMedian < 2 }],
  };
}
