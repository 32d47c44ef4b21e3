/**
 * A sleep that can be cut short: the background loops sleep until their next due time, and a
 * wake-up (an item enqueued, back online, the window shown, "sync now") ends the sleep at once. A
 * wake that arrives while the loop is busy is remembered, so the next sleep returns immediately and
 * no nudge is lost.
 */
export interface Waker {
  wake(): void;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export function createWaker(): Waker {
  let pending = false;
  let wakeSleeper: (() => void) | null = null;
  return {
    wake() {
      if (wakeSleeper) wakeSleeper();
      else pending = true;
    },
    sleep(ms, signal) {
      if (pending || signal.aborted) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          wakeSleeper = null;
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
        wakeSleeper = done;
      });
    },
  };
}
