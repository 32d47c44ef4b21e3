import { create } from 'zustand';

/** A thread's identity across shops. */
export interface ThreadKey {
  shopId: string;
  threadId: string;
}

export function sameThread(a: ThreadKey | null | undefined, b: ThreadKey | null | undefined): boolean {
  return !!a && !!b && a.shopId === b.shopId && a.threadId === b.threadId;
}

export interface InboxSelectionState {
  /** The open thread, or null (the list alone). */
  selected: ThreadKey | null;
  /** The inbox's rows in the order shown now (after search, filters, sort): what j/k and "next due" walk. */
  order: ThreadKey[];
  select(key: ThreadKey | null): void;
  /** Called by the list whenever what it shows changes. */
  setOrder(order: ThreadKey[]): void;
  /** The row `delta` steps from the selected one (first row when none), clamped to the list; null when the list is empty. */
  neighbour(delta: number): ThreadKey | null;
}

/** Which thread is open and the order the list shows: UI state, so it lives in a zustand store (not in Dexie). */
export const useInboxSelection = create<InboxSelectionState>()((set, get) => ({
  selected: null,
  order: [],
  select: (selected) => set({ selected }),
  setOrder: (order) => set({ order }),
  neighbour: (delta) => {
    const { order, selected } = get();
    if (order.length === 0) return null;
    const at = order.findIndex((k) => sameThread(k, selected));
    if (at < 0) return order[0] ?? null;
    return order[Math.min(order.length - 1, Math.max(0, at + delta))] ?? null;
  },
}));
