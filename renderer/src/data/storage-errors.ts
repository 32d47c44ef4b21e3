/**
 * Whether an error is the browser refusing to store more: IndexedDB's QuotaExceededError (the
 * origin's quota is used up, or the disk is full), also when Dexie wraps it in a transaction's
 * abort (`inner`) or an error carries it as its `cause`.
 */
export function isStorageFull(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if ((current as { name?: unknown }).name === 'QuotaExceededError') return true;
    current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The sentence every view uses for a full storage, before it says what it kept and what to do. */
export const storageFullText =
  "This computer has no room left for the console's offline data (the disk or the browser's storage for the console is full).";
