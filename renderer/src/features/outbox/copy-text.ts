/** The part of the Clipboard API the console uses (injectable for tests). */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/**
 * Copies text to the clipboard. Resolves false instead of throwing when the browser refuses
 * (no permission, not focused, no Clipboard API): the caller then shows the text selected, for
 * the seller to copy by hand, so a refused copy never loses what they wrote.
 */
export async function copyText(text: string, clipboard: ClipboardLike | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
