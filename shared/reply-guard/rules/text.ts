// Small text helpers the contact-data rules share. The rules match on the original text (no
// normalised copy), so every offset a rule reports is already an offset into the reply the seller
// typed and the composer can highlight it as is.
import { ruleSeverity, type GuardFinding, type GuardRule } from '../types';

/** A stretch of the checked text: UTF-16 offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Letters, digits and underscore in any script: what "inside a word" means for every rule. */
export const WORD = String.raw`\p{L}\p{N}_`;

/** Whether two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `span` shares a character with any of `spans` (a rule skips text another rule already explains). */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => overlaps(span, s));
}

/**
 * A regex alternation of literal words, longest first so that a longer spelling wins over its prefix.
 * Words may contain regex source on purpose (e.g. `majmun\p{L}{0,4}`) when `raw` is set.
 */
export function alternation(words: readonly string[], raw = false): string {
  const escaped = raw ? [...words] : words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?:${escaped.sort((a, b) => b.length - a.length).join('|')})`;
}

/**
 * A regex that finds any of `words` as whole words (case-insensitive, any script): `words` are
 * stems or complete forms; `suffix` is appended to each (e.g. `\p{L}*` for declensions).
 */
export function wordsRegex(words: readonly string[], suffix = '', flags = 'iu'): RegExp {
  return new RegExp(`(?<![${WORD}])${alternation(words)}${suffix}(?![${WORD}])`, flags);
}

/** Where the last match of the global regex `re` in `window` ends; −1 when there is none. */
export function lastEndOf(window: string, re: RegExp): number {
  let last = -1;
  for (const m of window.matchAll(re)) last = m.index + m[0].length;
  return last;
}

/** The `n` characters before `start` (fewer at the start of the text). */
export function before(text: string, start: number, n: number): string {
  return text.slice(Math.max(0, start - n), start);
}

/** The `n` characters from `end` on. */
export function after(text: string, end: number, n: number): string {
  return text.slice(end, end + n);
}

/** A finding of a contact rule, its severity taken from the one table that fixes severities. */
export function finding(rule: GuardRule, span: Span, message: string): GuardFinding {
  return { rule, severity: ruleSeverity[rule], start: span.start, end: span.end, message };
}

/**
 * Drops repeated findings: the same rule on the same span, or on a span inside another finding of
 * the same rule (e.g. "WhatsApp" inside "api.whatsapp.com" is one messenger finding, not two).
 */
export function dedupe(findings: readonly GuardFinding[]): GuardFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GuardFinding[] = [];
  for (const f of sorted) {
    const inside = kept.some((k) => k.rule === f.rule && k.start <= f.start && f.end <= k.end);
    if (!inside) kept.push(f);
  }
  return kept;
}
