import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConsoleDatabase } from '../../data/db';
import { readDraft, storeDraft } from '../../data/drafts.queries';
import { createDraftSaver, type DraftSaver } from './draft-saver';

/** Where the draft is: restored and unchanged, waiting for its save, saved, or failed to save. */
export type DraftState = 'loading' | 'clean' | 'unsaved' | 'saved' | 'failed';

export interface Draft {
  /** Null while the stored draft is being read (the text box waits, so nothing typed is overwritten). */
  body: string | null;
  state: DraftState;
  setBody(body: string): void;
  /** Saves a pending change now (on blur). */
  flush(): void;
  /**
   * Before the reply is enqueued: forgets the pending change and waits for a save in flight, so no
   * save can land after enqueue has cleared the stored draft.
   */
  settle(): Promise<void>;
  /** After the reply went to the outbox (which cleared the stored draft): empties the text. */
  clear(): void;
  /** Restores text after a failed enqueue, and saves it as a draft again. */
  restore(body: string): void;
}

/**
 * The reply draft of a thread, kept in db.drafts as it is typed, so it survives a reload or a
 * crash: restored when the thread opens, saved ~300 ms after typing pauses, and flushed at once on
 * blur, when the composer unmounts, and when the page is hidden or unloaded (pagehide). Each save
 * is stamped with `now()`, the console's clock.
 */
export function useDraft(db: ConsoleDatabase, shopId: string, threadId: string, now: () => Date): Draft {
  const [body, setBodyState] = useState<string | null>(null);
  const [state, setState] = useState<DraftState>('loading');
  const saver = useRef<DraftSaver | null>(null);
  if (saver.current === null) {
    saver.current = createDraftSaver(
      async (text) => {
        await storeDraft(db, shopId, threadId, text, now());
        setState((current) => (current === 'unsaved' && !saver.current?.pending ? 'saved' : current));
      },
      { onError: () => setState('failed') },
    );
  }

  useEffect(() => {
    let live = true;
    readDraft(db, shopId, threadId)
      .then((draft) => {
        if (!live) return;
        setBodyState(draft?.body ?? '');
        setState(draft ? 'saved' : 'clean');
      })
      .catch(() => {
        if (!live) return;
        setBodyState('');
        setState('failed');
      });
    return () => {
      live = false;
    };
  }, [db, shopId, threadId]);

  useEffect(() => {
    const current = saver.current;
    const flush = (): void => void current?.flush();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, []);

  const setBody = useCallback((text: string) => {
    setBodyState(text);
    setState('unsaved');
    saver.current?.update(text);
  }, []);
  const flush = useCallback(() => void saver.current?.flush(), []);
  const settle = useCallback(async () => {
    saver.current?.cancel();
    await saver.current?.flush();
  }, []);
  const clear = useCallback(() => {
    saver.current?.cancel();
    setBodyState('');
    setState('clean');
  }, []);
  const restore = useCallback((text: string) => {
    setBodyState(text);
    setState('unsaved');
    saver.current?.update(text);
  }, []);
  return { body, state, setBody, flush, settle, clear, restore };
}
