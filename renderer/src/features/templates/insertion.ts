import { placeholderSpans } from './placeholders';

/** A reply box's text after an insertion, and what to select in it. */
export interface Insertion {
  body: string;
  /** The first unfilled placeholder of the inserted text (to type over), else an empty range after it. */
  selectionStart: number;
  selectionEnd: number;
}

/**
 * Puts `text` into a reply box holding `current` with the selection `from`–`to`: a box of only blanks
 * is replaced, otherwise the text goes in at the cursor (replacing what is selected). The selection
 * afterwards is the first placeholder still in the inserted text, so the seller types over it; with
 * none, the cursor stands after the inserted text.
 */
export function insertTemplate(current: string, from: number, to: number, text: string): Insertion {
  const replaceAll = current.trim() === '';
  const start = replaceAll ? 0 : Math.max(0, Math.min(from, current.length));
  const end = replaceAll ? current.length : Math.max(start, Math.min(to, current.length));
  const body = current.slice(0, start) + text + current.slice(end);
  const first = placeholderSpans(text)[0];
  return first
    ? { body, selectionStart: start + first.start, selectionEnd: start + first.end }
    : { body, selectionStart: start + text.length, selectionEnd: start + text.length };
}

/**
 * The composer's insert handler: inserts `text` into the reply box (`box`, whose text is `current`)
 * through `setBody` (the draft, so it is saved), then, once the new text is rendered, focuses the box
 * and selects the first unfilled placeholder. A box not on screen takes the text at its end.
 */
export function insertIntoReplyBox(box: HTMLTextAreaElement | null, current: string, text: string, setBody: (body: string) => void): void {
  const insertion = insertTemplate(current, box?.selectionStart ?? current.length, box?.selectionEnd ?? current.length, text);
  setBody(insertion.body);
  // After React has rendered the new value (and after the dialog gave the focus back to its opener).
  window.setTimeout(() => {
    if (!box?.isConnected) return;
    box.focus();
    box.setSelectionRange(insertion.selectionStart, insertion.selectionEnd);
  }, 0);
}
