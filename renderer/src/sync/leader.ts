/** The part of the Web Locks API (navigator.locks) this module uses; tests pass an in-process one. */
export interface LockManagerLike {
  request<T>(name: string, options: { mode?: 'exclusive'; signal?: AbortSignal }, callback: () => Promise<T>): Promise<T>;
}

/**
 * Runs `work` while holding the lock `name`, across every window and tab of this origin: only one
 * runs at a time; the others wait in the lock's queue and take over when the holder's window closes
 * (the browser releases its locks) or `work` ends. Resolves when `work` ends or `signal` aborts
 * (waiting for the lock ends at once; running work is told through the same signal).
 */
export async function runAsLeader(
  locks: LockManagerLike,
  name: string,
  work: (signal: AbortSignal) => Promise<void>,
  signal: AbortSignal,
): Promise<void> {
  try {
    await locks.request(name, { mode: 'exclusive', signal }, () => work(signal));
  } catch (error) {
    if (signal.aborted) return;
    throw error;
  }
}

/**
 * An in-process lock manager with the Web Locks semantics the console uses (exclusive, FIFO,
 * abortable while waiting): for Node tests and for browsers without navigator.locks.
 */
export function inProcessLocks(): LockManagerLike {
  const tails = new Map<string, Promise<void>>();
  return {
    async request(name, options, callback) {
      const previous = tails.get(name) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const tail = previous.then(() => mine);
      tails.set(name, tail);
      try {
        await new Promise<void>((resolve, reject) => {
          if (options.signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
          options.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
          void previous.then(resolve);
        });
        return await callback();
      } finally {
        release();
        if (tails.get(name) === tail) tails.delete(name);
      }
    },
  };
}
