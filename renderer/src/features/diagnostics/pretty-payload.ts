import type { Translate } from '../../ui/translate';
import { messages } from './diagnostics.messages';

/** Longest payload text shown in full; beyond it the text is cut (the record itself stays whole). */
export const payloadShownMax = 200_000;

/**
 * A quarantined payload as readable JSON for the diagnostics view: indented, with Blobs, cycles,
 * bigints and functions replaced by a note instead of throwing, and cut past `payloadShownMax`
 * characters with a note saying how much was left out. The notes are in the UI language of `t`.
 */
export function prettyPayload(payload: unknown, t: Translate, max = payloadShownMax): string {
  const seen = new WeakSet<object>();
  let text: string;
  try {
    text =
      JSON.stringify(
        payload,
        (_key, value: unknown) => {
          if (typeof value === 'bigint') return `${value.toString()}n`;
          if (typeof value === 'function') return '[function]';
          if (typeof Blob !== 'undefined' && value instanceof Blob) return t(messages.fileOfBytes, { count: value.size });
          if (value && typeof value === 'object') {
            if (seen.has(value)) return '[repeated]';
            seen.add(value);
          }
          return value;
        },
        2,
      ) ?? String(payload);
  } catch (error) {
    text = t(messages.notShown, { error: error instanceof Error ? error.message : String(error) });
  }
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\n${t(messages.cutNote, { count: text.length - max })}`;
}
