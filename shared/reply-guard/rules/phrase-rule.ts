// The matching engine of the phrase rules (off-platform, marketing): patterns over the folded reply,
// each kept or dropped by what the rest of its clause says (a negation, the platform named as the
// channel, a carrier, a refund). Every pattern is linear: alternations of literals and bounded gaps.
import type { GuardFinding, GuardRule } from '../types';
import { clauseAround, quote } from '../wording-text';

/** One phrase a rule looks for, written for the folded text (lower case, no diacritics). */
export interface PhrasePattern {
  /** The phrase; must carry the `g` flag (it is run with `exec` from the start of the text). */
  re: RegExp;
  /** What the phrase is, in English, for the finding's message ("A proposal to pay in cash"). */
  what: string;
  /** When set, the phrase counts only if its clause also says this (e.g. "directly" next to "pay"). */
  needs?: RegExp;
  /** When set, the phrase is dropped if its clause says this (e.g. the platform named as the channel). */
  unless?: RegExp;
  /** When set, the phrase is dropped if the words right after it say this (e.g. "directly after"). */
  notBefore?: RegExp;
  /**
   * A negation in the clause drops the phrase ("we cannot accept cash"); with 'before', only one before
   * the phrase does ("follow us so as not to miss" stays an invitation); false: never.
   */
  negatable?: boolean | 'before';
}

// Words that deny what the clause says, in the markets' languages and English. Tokens that are common
// non-negating words in another language ("no" is Portuguese "in the", "nu" Latvian "well") are left out.
const negation =
  /\b(?:nie|nigdy|niedozwolon\w*|niemozliw\w*|zabronion\w*|zakazan\w*|zadn\w*|ne|nav|nevar\w*|nedrikst\w*|neesam|nekad|aizliegt\w*|nepienem\w*|nepiedava\w*|nao|nunca|proibid\w*|nenhum\w*|nije|nisu|nismo|nisam|niste|nemoj\w*|nemoguc\w*|nikad\w*|zabranjen\w*|nedopusten\w*|not|never|cannot|can't|cant|don't|dont|won't|isn't|aren't|forbidden|prohibited|nicht|kein\w*|verboten|nelze|nemuz\w*|nemoz\w*|nikdy|negal\w*|draudz\w*|niciodata|interzis\w*|tilos|soha|keelatud)\b/;
// "No problem" and friends agree; they must not hide the proposal that follows them.
const agreement = /\b(?:nie ma problemu|bez problemu|nema problema|nav problem\w*|sem problema|no problem)\b/g;

/** Whether the clause denies what it says (a negation word outside a "no problem" phrase). */
function negated(clause: string): boolean {
  return negation.test(clause.replace(agreement, ' '));
}

/**
 * Every span of `text` one of `patterns` finds (on `folded`, its folded copy), as findings of `rule`
 * with messages "<what>: "<quote>" (<source>)". Overlapping spans are reported once, first pattern first.
 * Severity is set by `checkReply`.
 */
export function findPhrases(
  text: string,
  folded: string,
  patterns: readonly PhrasePattern[],
  rule: GuardRule,
  source: string,
): GuardFinding[] {
  const found: GuardFinding[] = [];
  for (const pattern of patterns) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(folded); m; m = pattern.re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        pattern.re.lastIndex += 1;
        continue;
      }
      const span = kept(pattern, folded, start, end);
      if (!span) continue;
      if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
      const message = `${pattern.what}: "${quote(text.slice(span.start, span.end))}" (${source})`;
      found.push({ rule, severity: 'warn', start: span.start, end: span.end, message });
    }
  }
  return found;
}

// The span to report when the phrase stands, or null: a phrase with `needs` covers what it needed too
// ("pay … directly"), so the highlight shows the whole proposal.
function kept(pattern: PhrasePattern, folded: string, start: number, end: number): { start: number; end: number } | null {
  const bounds = clauseAround(folded, start, end);
  const clause = folded.slice(bounds.start, bounds.end);
  const judged = pattern.negatable === 'before' ? folded.slice(bounds.start, start) : clause;
  if (pattern.negatable !== false && negated(judged)) return null;
  if (pattern.unless && pattern.unless.test(clause)) return null;
  if (pattern.notBefore && pattern.notBefore.test(folded.slice(end, end + 40))) return null;
  if (!pattern.needs) return { start, end };
  const need = pattern.needs.exec(clause);
  if (!need) return null;
  const needStart = bounds.start + need.index;
  return { start: Math.min(start, needStart), end: Math.max(end, needStart + need[0].length) };
}
