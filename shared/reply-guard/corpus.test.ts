import { describe, expect, it } from 'vitest';
import { contactCorpus } from './corpus/contact.corpus';
import type { CorpusCase } from './corpus/corpus-case';
import { wordingCorpus } from './corpus/wording.corpus';
import { checkReply, type GuardRule } from './index';

interface Score {
  expected: number;
  caught: number;
  falseAlarms: number;
  misses: string[];
  alarms: string[];
}

/** Per rule: labels caught (recall) and findings where the case has no such label (false alarms). */
function score(corpus: readonly CorpusCase[]): Map<GuardRule, Score> {
  const scores = new Map<GuardRule, Score>();
  const of = (rule: GuardRule) => {
    let s = scores.get(rule);
    if (!s) scores.set(rule, (s = { expected: 0, caught: 0, falseAlarms: 0, misses: [], alarms: [] }));
    return s;
  };
  for (const c of corpus) {
    const found = new Set(checkReply(c.text, c).map((f) => f.rule));
    for (const rule of c.expect) {
      const s = of(rule);
      s.expected += 1;
      if (found.has(rule)) s.caught += 1;
      else s.misses.push(`${c.market}: ${c.text.slice(0, 80)} (${c.why})`);
    }
    for (const rule of found) {
      if (c.expect.includes(rule)) continue;
      const s = of(rule);
      s.falseAlarms += 1;
      s.alarms.push(`${c.market}: ${c.text.slice(0, 80)} (${c.why})`);
    }
  }
  return scores;
}

function report(name: string, corpus: readonly CorpusCase[]): Map<GuardRule, Score> {
  const scores = score(corpus);
  const lines = [...scores].map(
    ([rule, s]) =>
      `${rule.padEnd(13)} recall ${s.caught}/${s.expected} (${s.expected ? ((100 * s.caught) / s.expected).toFixed(1) : '—'} %), false alarms ${s.falseAlarms}`,
  );
  const positives = corpus.filter((c) => c.expect.length > 0).length;
  console.log(`reply guard corpus "${name}": ${positives} positive, ${corpus.length - positives} clean\n  ${lines.join('\n  ')}`);
  return scores;
}

describe.each([
  ['contact', contactCorpus, ['email', 'phone', 'url', 'iban', 'messenger']],
  ['wording', wordingCorpus, ['off-platform', 'marketing', 'language', 'generic', 'unanswered']],
] as const)('the reply guard on its %s corpus', (name, corpus, rules) => {
  const scores = report(name, corpus);

  it('holds enough labelled replies, positive and clean, for every rule', () => {
    expect(corpus.filter((c) => c.expect.length > 0).length).toBeGreaterThanOrEqual(75);
    expect(corpus.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(30);
    for (const rule of rules) expect(scores.get(rule)?.expected ?? 0, rule).toBeGreaterThanOrEqual(8);
  });

  it.each(rules)('catches at least 95 percent of the %s labels', (rule) => {
    const s = scores.get(rule);
    expect(s?.expected ?? 0).toBeGreaterThan(0);
    expect(s?.caught ?? 0, (s?.misses ?? []).join('\n')).toBeGreaterThanOrEqual(Math.ceil(0.95 * (s?.expected ?? 0)));
  });

  it('raises no false alarm', () => {
    const alarms = [...scores].flatMap(([rule, s]) => s.alarms.map((a) => `${rule}: ${a}`));
    expect(alarms).toEqual([]);
  });
});
