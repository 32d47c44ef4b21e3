import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight-segments';

const text = 'Proszę napisać na sklep@elektro-dom.pl albo zadzwonić +48 600 100 200, lub WhatsApp.';
const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('highlightSegments', () => {
  it('cuts the text at the ranges, marking each range, and the pieces add up to the text exactly', () => {
    const ranges = [span('sklep@elektro-dom.pl'), span('+48 600 100 200'), span('WhatsApp')];
    const segments = highlightSegments(text, ranges);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.marks.length > 0).map((s) => [s.text, s.marks])).toEqual([
      ['sklep@elektro-dom.pl', [0]],
      ['+48 600 100 200', [1]],
      ['WhatsApp', [2]],
    ]);
    expect(segments[0]).toEqual({ start: 0, end: 18, text: 'Proszę napisać na ', marks: [] });
  });

  it('splits overlapping ranges so a stretch flagged twice carries both marks', () => {
    const segments = highlightSegments('abcdefgh', [
      { start: 1, end: 5 },
      { start: 3, end: 7 },
    ]);
    expect(segments.map((s) => [s.text, s.marks])).toEqual([
      ['a', []],
      ['bc', [0]],
      ['de', [0, 1]],
      ['fg', [1]],
      ['h', []],
    ]);
  });

  it('leaves out whole-text findings (0–0), and clamps ranges of an older, longer text', () => {
    expect(highlightSegments('short', [{ start: 0, end: 0 }])).toEqual([{ start: 0, end: 5, text: 'short', marks: [] }]);
    expect(
      highlightSegments('short', [
        { start: 3, end: 40 },
        { start: 9, end: 12 },
      ]).map((s) => [s.text, s.marks]),
    ).toEqual([
      ['sho', []],
      ['rt', [0]],
    ]);
    expect(highlightSegments('', [{ start: 0, end: 4 }])).toEqual([]);
  });

  it('stays cheap on a 5,000-character reply with many findings', () => {
    const long = 'Dzień dobry, kontakt jan@wp.pl. '.repeat(160).slice(0, 5000);
    const ranges = Array.from({ length: 150 }, (_, i) => ({ start: i * 32 + 20, end: i * 32 + 30 }));
    const started = performance.now();
    const segments = highlightSegments(long, ranges);
    expect(performance.now() - started).toBeLessThan(100);
    expect(segments.map((s) => s.text).join('')).toBe(long);
    expect(segments.filter((s) => s.marks.length > 0)).toHaveLength(150);
  });
});
