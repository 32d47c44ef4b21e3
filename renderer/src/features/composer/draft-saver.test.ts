import { describe, expect, it } from 'vitest';
import { createDraftSaver, type DraftTimers } from './draft-saver';

/** Timers driven by the test: `advance` runs what is due. */
function manualTimers(): DraftTimers & { advance(ms: number): void } {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    set(run, ms) {
      const id = next++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clear(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...due]) {
        if (timer.at <= now) {
          due.delete(id);
          timer.run();
        }
      }
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createDraftSaver', () => {
  it('saves once typing pauses for the delay, with the latest text', async () => {
    const saved: string[] = [];
    const timers = manualTimers();
    const saver = createDraftSaver(async (body) => void saved.push(body), { delayMs: 300, timers });
    saver.update('D');
    timers.advance(200);
    saver.update('Dz');
    timers.advance(200);
    saver.update('Dzi');
    expect(saver.pending).toBe(true);
    timers.advance(299);
    await settle();
    expect(saved).toEqual([]);
    timers.advance(1);
    await settle();
    expect(saved).toEqual(['Dzi']);
    expect(saver.pending).toBe(false);
  });

  it('flushes a pending change at once (blur, unmount, pagehide) and not again later', async () => {
    const saved: string[] = [];
    const timers = manualTimers();
    const saver = createDraftSaver(async (body) => void saved.push(body), { timers });
    saver.update('Labdien');
    await saver.flush();
    expect(saved).toEqual(['Labdien']);
    timers.advance(1000);
    await saver.flush();
    expect(saved).toEqual(['Labdien']);
  });

  it('forgets a pending change on cancel (the reply was sent)', async () => {
    const saved: string[] = [];
    const timers = manualTimers();
    const saver = createDraftSaver(async (body) => void saved.push(body), { timers });
    saver.update('Olá');
    saver.cancel();
    timers.advance(1000);
    await saver.flush();
    expect(saved).toEqual([]);
  });

  it('saves in order even when an earlier save is slow', async () => {
    const saved: string[] = [];
    let release: () => void = () => undefined;
    const timers = manualTimers();
    const saver = createDraftSaver(
      async (body) => {
        if (body === 'first') await new Promise<void>((resolve) => (release = resolve));
        saved.push(body);
      },
      { timers },
    );
    saver.update('first');
    const first = saver.flush();
    saver.update('second');
    const second = saver.flush();
    await settle();
    expect(saved).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(saved).toEqual(['first', 'second']);
  });

  it('reports a failed save and keeps working', async () => {
    const errors: unknown[] = [];
    const saved: string[] = [];
    const saver = createDraftSaver(
      async (body) => {
        if (body === 'bad') throw new Error('disk full');
        saved.push(body);
      },
      { timers: manualTimers(), onError: (e) => errors.push(e) },
    );
    saver.update('bad');
    await saver.flush();
    saver.update('good');
    await saver.flush();
    expect(errors).toHaveLength(1);
    expect(saved).toEqual(['good']);
  });
});
