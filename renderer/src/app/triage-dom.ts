import type { ThreadKey } from '../features/inbox';

// The page-side half of keyboard triage: finding a thread's row in the list and the row that has
// the focus. Rows are the list's elements with `data-thread-id` (and `data-shop-id`, which tells
// apart two shops' threads with the same id; without it the list's order decides).

/** The list row of `key` inside `list`, or null when it is not shown. */
export function rowOf(list: HTMLElement | null, key: ThreadKey): HTMLElement | null {
  if (!list) return null;
  const rows = list.querySelectorAll<HTMLElement>(`[data-thread-id="${CSS.escape(key.threadId)}"]`);
  for (const row of rows) {
    const shop = row.dataset.shopId;
    if (shop === undefined || shop === key.shopId) return row;
  }
  return null;
}

/** The thread of the list row that holds `element` (the focused one), or null when it is not in a row of `list`. */
export function keyOfRow(list: HTMLElement | null, element: Element | null, order: readonly ThreadKey[]): ThreadKey | null {
  if (!list || !element || !list.contains(element)) return null;
  const row = element.closest<HTMLElement>('[data-thread-id]');
  const threadId = row?.dataset.threadId;
  if (!row || threadId === undefined) return null;
  const shopId = row.dataset.shopId ?? order.find((k) => k.threadId === threadId)?.shopId;
  return shopId === undefined ? null : { shopId, threadId };
}

/** Moves the focus to a row and brings it into view inside the list (not the whole page). */
export function focusRow(row: HTMLElement): void {
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: 'nearest' });
}
