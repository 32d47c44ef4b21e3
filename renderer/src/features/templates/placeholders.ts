/**
 * Template placeholders: `{buyer}`, `{order}`, `{tracking}`, `{carrier}` and `{date}` in a
 * template's body, filled from the thread when the seller inserts it. Template bodies are plain text,
 * never ICU messages: braces mean a placeholder here and nothing else, and filling is one pass of
 * this module's own replace (a buyer named "{order}" is inserted as written, not filled again).
 */

/** The placeholders a template may use, in the order the editor lists them. */
export const placeholderNames = ['buyer', 'order', 'tracking', 'carrier', 'date'] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

/** What a thread gives for each placeholder; an absent or blank value leaves its placeholder in the text. */
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/** Anything written like a placeholder: a name of letters, digits, `_` or `-` in braces. */
const placeholderLike = /\{([A-Za-z_][\w-]*)\}/g;
const known: ReadonlySet<string> = new Set(placeholderNames);

function isPlaceholderName(name: string): name is PlaceholderName {
  return known.has(name);
}

/** The text with each known placeholder that has a value replaced by it; the rest stays as written. */
export function fillPlaceholders(body: string, values: PlaceholderValues): string {
  return body.replace(placeholderLike, (token, name: string) => {
    const value = isPlaceholderName(name) ? values[name]?.trim() : undefined;
    return value ? value : token;
  });
}

/** A placeholder token in a text: which, and where (`end` exclusive). */
export interface PlaceholderSpan {
  name: PlaceholderName;
  start: number;
  end: number;
}

/** Every known placeholder token still in the text (exact tokens such as `{tracking}`), in order. */
export function placeholderSpans(text: string): PlaceholderSpan[] {
  const spans: PlaceholderSpan[] = [];
  for (const match of text.matchAll(placeholderLike)) {
    const name = match[1] ?? '';
    if (isPlaceholderName(name)) spans.push({ name, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * The placeholders left unfilled in a reply, each once, as tokens (`{tracking}`) in order of first
 * appearance: a reply holding any of them must not be sent (the buyer would read the braces).
 */
export function unfilledPlaceholders(text: string): string[] {
  return [...new Set(placeholderSpans(text).map((span) => `{${span.name}}`))];
}

/**
 * Brace names a template uses that are not placeholders (`{foo}`, `{Buyer}`), each once as written:
 * they would never be filled, so the editor refuses them.
 */
export function unknownPlaceholders(body: string): string[] {
  const unknown = new Set<string>();
  for (const match of body.matchAll(placeholderLike)) if (!isPlaceholderName(match[1] ?? '')) unknown.add(match[0]);
  return [...unknown];
}

/** The placeholder names a template uses, each once, sorted: starter templates in every language use the same. */
export function placeholdersUsed(body: string): PlaceholderName[] {
  return [...new Set(placeholderSpans(body).map((span) => span.name))].sort();
}
