/** A stretch of a text to mark, with what it is about (its index among the caller's ranges is kept). */
export interface MarkRange {
  start: number;
  end: number;
}

/** A piece of the text, in order: `marks` are the indexes of the ranges covering it (empty: plain text). */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  marks: number[];
}

/**
 * Cuts `text` into consecutive segments at every range boundary, so a renderer can wrap the marked
 * ones in `<mark>` while the concatenation stays exactly `text` (the composer's backdrop must line up
 * with its textarea character for character). Ranges may overlap (a stretch flagged by two rules is
 * one segment with both marks); empty ranges (a finding about the whole text, 0–0) and the part of a
 * range beyond the text (findings of an older text, between keystroke and check) are left out.
 * Linear in the text's length plus the ranges' count times the segments' count.
 */
export function highlightSegments(text: string, ranges: readonly MarkRange[]): TextSegment[] {
  const length = text.length;
  const usable = ranges
    .map((range, index) => ({ start: Math.max(0, range.start), end: Math.min(length, range.end), index }))
    .filter((range) => range.start < range.end);
  const cuts = new Set<number>([0, length]);
  for (const range of usable) {
    cuts.add(range.start);
    cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    if (start === end) continue;
    const marks = usable.filter((range) => range.start <= start && range.end >= end).map((range) => range.index);
    segments.push({ start, end, text: text.slice(start, end), marks });
  }
  return segments;
}
