/** How long typing must pause before the draft is written (a write per keystroke would be wasteful). */
export const draftDelayMs = 300;

/** Timer functions, injectable so tests control time. */
export interface DraftTimers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const realTimers: DraftTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Saves a draft as it is typed: `update` schedules a save after `delayMs` without further typing;
 * `flush` saves a pending change now (on blur, unmount, pagehide), `cancel` forgets it (before the
 * reply is enqueued, which clears the stored draft itself). Saves run one after another in the
 * order of the changes, so an older text can never overwrite a newer one.
 */
export interface DraftSaver {
  update(body: string): void;
  flush(): Promise<void>;
  cancel(): void;
  /** True while a change waits for its save. */
  readonly pending: boolean;
}

/** Makes a DraftSaver around `save` (see DraftSaver); `save` errors go to `onError`. */
export function createDraftSaver(
  save: (body: string) => Promise<void>,
  options: { delayMs?: number; timers?: DraftTimers; onError?: (error: unknown) => void } = {},
): DraftSaver {
  const delayMs = options.delayMs ?? draftDelayMs;
  const timers = options.timers ?? realTimers;
  let timer: unknown = null;
  let waiting: { body: string } | null = null;
  let chain: Promise<void> = Promise.resolve();

  const run = (): Promise<void> => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    const change = waiting;
    waiting = null;
    if (!change) return chain;
    chain = chain.then(() => save(change.body)).catch((error: unknown) => options.onError?.(error));
    return chain;
  };

  return {
    update(body) {
      waiting = { body };
      if (timer !== null) timers.clear(timer);
      timer = timers.set(() => void run(), delayMs);
    },
    flush: run,
    cancel() {
      if (timer !== null) timers.clear(timer);
      timer = null;
      waiting = null;
    },
    get pending() {
      return waiting !== null;
    },
  };
}
