import { drainOutbox, type OutboxSenderDeps } from './outbox.sender';

export interface OutboxRunnerDeps extends OutboxSenderDeps {
  /** True while the browser believes it is online (navigator.onLine). */
  isOnline: () => boolean;
  /** Resolves on the next wake-up (an item enqueued in any window, back online) or after `ms`. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** The longest the runner waits before looking again even with nothing due (default 60 s). */
  idleMs?: number;
  /** Called after each pass (status bar, logs). */
  onPass?: (report: Awaited<ReturnType<typeof drainOutbox>>) => void;
  onError?: (error: unknown) => void;
}

/**
 * The leader's sender loop: drains the outbox, then sleeps until the earliest retry is due, a new
 * item is enqueued, the connection comes back, or `idleMs` passes. Offline, it does not try at all.
 * A pass that throws (e.g. IndexedDB unavailable for a moment) is reported and retried after a pause;
 * the loop only ends when `signal` aborts.
 */
export async function runOutbox(deps: OutboxRunnerDeps, signal: AbortSignal): Promise<void> {
  const idleMs = deps.idleMs ?? 60_000;
  while (!signal.aborted) {
    let waitMs = idleMs;
    if (deps.isOnline()) {
      try {
        const report = await drainOutbox(deps, signal);
        deps.onPass?.(report);
        if (report.nextDueAt !== null) waitMs = Math.min(idleMs, Math.max(0, report.nextDueAt - deps.now().getTime()));
      } catch (error) {
        deps.onError?.(error);
        waitMs = Math.min(idleMs, 5_000);
      }
    }
    await deps.sleep(waitMs, signal);
  }
}
