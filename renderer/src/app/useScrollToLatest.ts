import { useEffect, type RefObject } from 'react';

/**
 * When a thread is opened, scrolls its message list (which scrolls inside the pane, above the docked
 * reply box) to the newest message, the one the seller answers. The list arrives once the thread is
 * read from the cache, so this watches the pane until it is there (for a few seconds at most); later
 * changes leave the seller's scroll position alone.
 */
export function useScrollToLatest(pane: RefObject<HTMLElement | null>, threadKey: string | null): void {
  useEffect(() => {
    const root = pane.current;
    if (!root || threadKey === null) return;
    const scrolled = (): boolean => {
      const list = root.querySelector<HTMLElement>('.thread-view .messages');
      if (!list || list.childElementCount === 0) return false;
      list.scrollTop = list.scrollHeight;
      return true;
    };
    if (scrolled()) return;
    const observer = new MutationObserver(() => {
      if (scrolled()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 5_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [pane, threadKey]);
}
