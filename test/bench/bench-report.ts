/** What one benchmark module reports: figures to print and the goals it checked. */
export interface BenchReport {
  name: string;
  lines: { label: string; value: string }[];
  goals: { text: string; met: boolean }[];
}

/** Runs `fn` `rounds` times after `warmup` runs and returns the median wall time in milliseconds. */
export async function medianMs(fn: () => unknown | Promise<unknown>, rounds = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
