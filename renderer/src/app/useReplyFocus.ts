import { useCallback, useEffect, useMemo, useRef } from 'react';
import { sameThread, useInboxSelection, type ThreadKey } from '../features/inbox';

/** Putting the cursor in a thread's reply box, including a thread that is still opening. */
export interface ReplyFocus {
  /**
   * Opens `key` when it is not the open thread, and puts the cursor in its reply box as soon as the
   * box is there (the composer mounts once the thread is read from the cache). A thread that cannot
   * be answered has no box: the request lapses when another thread is opened.
   */
  request(key: ThreadKey): void;
  /** The composer's text box of `key` arriving (an element) or leaving (null): ThreadPane's replyBoxRef. */
  attach(key: ThreadKey, box: HTMLTextAreaElement | null): void;
}

/** The reply box of the open thread and a pending request to focus it (see ReplyFocus). */
export function useReplyFocus(): ReplyFocus {
  const box = useRef<{ key: ThreadKey; element: HTMLTextAreaElement } | null>(null);
  const pending = useRef<ThreadKey | null>(null);

  const request = useCallback((key: ThreadKey) => {
    const { selected, select } = useInboxSelection.getState();
    if (sameThread(box.current?.key, key) && sameThread(selected, key)) {
      pending.current = null;
      box.current?.element.focus();
      return;
    }
    pending.current = key;
    if (!sameThread(selected, key)) select(key);
  }, []);

  const attach = useCallback((key: ThreadKey, element: HTMLTextAreaElement | null) => {
    if (!element) {
      if (sameThread(box.current?.key, key)) box.current = null;
      return;
    }
    box.current = { key, element };
    if (sameThread(pending.current, key)) {
      pending.current = null;
      element.focus();
    }
  }, []);

  // A request for a thread the seller then left (e.g. one that cannot be answered) must not fire later.
  const selected = useInboxSelection((s) => s.selected);
  useEffect(() => {
    if (pending.current && !sameThread(pending.current, selected)) pending.current = null;
  }, [selected]);

  return useMemo(() => ({ request, attach }), [request, attach]);
}
