import { describe, expect, it } from 'vitest';
import { createWaker } from './waker';

const after = (ms: number, value: string) => new Promise<string>((resolve) => setTimeout(() => resolve(value), ms));

describe('createWaker', () => {
  it('ends a sleep early when woken', async () => {
    const waker = createWaker();
    const slept = waker.sleep(60_000, new AbortController().signal).then(() => 'woken');
    waker.wake();
    expect(await Promise.race([slept, after(1000, 'timer')])).toBe('woken');
  });

  it('remembers a wake that came while awake, for the next sleep only', async () => {
    const waker = createWaker();
    waker.wake();
    const first = waker.sleep(60_000, new AbortController().signal).then(() => 'woken');
    expect(await Promise.race([first, after(1000, 'timer')])).toBe('woken');
    const second = waker.sleep(500, new AbortController().signal).then(() => 'woken');
    expect(await Promise.race([second, after(50, 'timer')])).toBe('timer');
    await second;
  });

  it('ends on abort', async () => {
    const waker = createWaker();
    const controller = new AbortController();
    const slept = waker.sleep(60_000, controller.signal).then(() => 'aborted');
    controller.abort();
    expect(await Promise.race([slept, after(1000, 'timer')])).toBe('aborted');
  });
});
