// Sender windows for the outbox's model tests: each "window" is a Dexie connection to the run's
// database (as each browser window opens its own) that runs drainOutbox only while holding the
// profile's leader lock (runAsLeader over one shared inProcessLocks). A window can be killed in the
// middle of a send (a reload or a crash): its connection closes, so nothing after that moment is
// written, and the request it had sent goes on (or is aborted) without it.
import { Dexie } from 'dexie';
import { createPlatform } from '../../renderer/src/api/platform';
import { ConsoleDatabase } from '../../renderer/src/data/db';
import { runAsLeader, type LockManagerLike } from '../../renderer/src/sync/leader';
import type { OutboxPlatform } from '../../renderer/src/sync/outbox/outbox-platform';
import { drainOutbox, type DrainReport } from '../../renderer/src/sync/outbox/outbox.sender';
import { pendingItems } from '../../renderer/src/sync/outbox/outbox.repository';
import type { ModelStack } from './outbox-harness';

/**
 * When a window dies: at its `atWrite`-th write of the round, once the request reached the console's
 * host ('in-flight': the request goes on; 'abort': the browser cancels it) or once its answer came
 * back but before the window recorded it ('after-answer').
 */
export interface Kill {
  atWrite: number;
  mode: 'in-flight' | 'abort' | 'after-answer';
}

/** One round of sending: one window, or two windows racing for the leader lock; maybe a death. */
export interface Step {
  race: boolean;
  kill: Kill | null;
}

class WindowKilled extends Error {}

/** Small deterministic PRNG (mulberry32) for the sender's backoff jitter. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The run's profile: its database name, the windows open on it, the lock they share. */
export class Profile {
  private windows: ConsoleDatabase[];
  readonly locks: LockManagerLike;
  readonly platform: OutboxPlatform;
  /** What the run exercised: windows killed, rounds raced, and the passes' totals. */
  readonly seen = { kills: 0, races: 0, sent: 0, confirmed: 0, parked: 0, retryLater: 0 };

  constructor(
    readonly name: string,
    private readonly stack: ModelStack,
    locks: LockManagerLike,
    private readonly random: () => number,
  ) {
    this.locks = locks;
    this.windows = [new ConsoleDatabase(name), new ConsoleDatabase(name)];
    this.platform = createPlatform(stack.senderHttp, stack.clock.now);
  }

  /** The first window's database (to enqueue and inspect; any window sees the same data). */
  get db(): ConsoleDatabase {
    return this.windows[0] as ConsoleDatabase;
  }

  /**
   * Runs one round: each window drains once under the leader lock; a killed window is reopened.
   * Resolves with the report of the pass that ended last (null when the last one was killed).
   */
  async round(step: Step): Promise<DrainReport | null> {
    let last: DrainReport | null = null;
    const done = (report: DrainReport | null): void => {
      last = report;
      if (!report) return;
      this.seen.sent += report.sent;
      this.seen.confirmed += report.confirmed;
      this.seen.parked += report.parked;
      this.seen.retryLater += report.retryLater;
    };
    const runs = [this.runWindow(0, step.kill, done)];
    if (step.race) {
      this.seen.races += 1;
      runs.push(this.runWindow(1, null, done));
    }
    await Promise.all(runs);
    return last;
  }

  async close(): Promise<void> {
    for (const w of this.windows) w.close();
    await Dexie.delete(this.name);
  }

  private async runWindow(index: number, kill: Kill | null, done: (report: DrainReport | null) => void): Promise<void> {
    const db = this.windows[index] as ConsoleDatabase;
    const platform = kill ? this.killing(kill, db) : this.platform;
    const abort = new AbortController();
    try {
      await runAsLeader(
        this.locks,
        `${this.name}:leader`,
        async (signal) => {
          done(await drainOutbox({ db, platform, now: this.stack.clock.now, random: this.random }, signal));
        },
        abort.signal,
      );
    } catch (error) {
      // A killed window's pass ends with its database closed under it: that is the death itself.
      if (!(error instanceof WindowKilled) && !(error instanceof Error && error.name === 'DatabaseClosedError')) throw error;
      done(null);
      if (!db.isOpen() && db === this.windows[index]) this.windows[index] = new ConsoleDatabase(this.name);
    }
  }

  private killing(kill: Kill, db: ConsoleDatabase): OutboxPlatform {
    let writes = 0;
    const inner = this.platform;
    const stack = this.stack;
    return {
      call: inner.call,
      write: async (shopId, code, input, options) => {
        writes += 1;
        if (writes !== kill.atWrite) return inner.write(shopId, code, input, options);
        const controller = new AbortController();
        const before = stack.arrivals();
        const sending = inner.write(shopId, code, input, { signal: controller.signal });
        const ended = sending.then(
          () => undefined,
          () => undefined,
        );
        if (kill.mode === 'after-answer') await ended;
        else {
          await Promise.race([stack.arrived(before + 1), ended]);
          if (kill.mode === 'abort') controller.abort();
        }
        this.seen.kills += 1;
        db.close();
        throw new WindowKilled('The window was reloaded before it recorded the answer.');
      },
    };
  }
}

/**
 * Drives a profile until nothing is pending, or only items held back by parked ones: runs the
 * planned steps (then plain single-window rounds), clears the faults after `faultRounds` rounds so
 * the run ends, and, when the last pass said nothing is due before some instant, moves the fake clock
 * there, first letting every request older than the world's settle window finish (a window that was
 * killed is reopened at once, as a reload would). Throws after `maxRounds` rounds (the sender is stuck).
 */
export async function drive(
  profile: Profile,
  stack: ModelStack,
  steps: readonly Step[],
  options: { settleMs: number; faultRounds: number; maxRounds: number },
): Promise<number> {
  for (let round = 0; round < options.maxRounds; round++) {
    if (round === options.faultRounds) await stack.setFaults([]);
    const report = await profile.round(steps[round] ?? { race: false, kill: null });
    if ((await pendingItems(profile.db)).length === 0) return round + 1;
    if (report === null) continue;
    const idle = report.sent + report.confirmed + report.parked + report.retryLater === 0;
    if (report.nextDueAt === null) {
      if (idle) return round + 1;
      continue;
    }
    if (report.nextDueAt > stack.clock.ms()) {
      await stack.settle(report.nextDueAt - options.settleMs);
      stack.clock.set(report.nextDueAt);
    }
  }
  const pending = (await pendingItems(profile.db)).map(
    (i) => `${i.id} ${i.state} notBefore=${i.notBefore ?? '-'} error=${i.lastError?.code ?? '-'}`,
  );
  throw new Error(
    `The outbox still had pending items after ${options.maxRounds} rounds (now ${stack.clock.now().toISOString()}): ${pending.join('; ')}`,
  );
}
