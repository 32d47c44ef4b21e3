// `npm run bench`: runs every benchmark module in this folder and prints its figures.
// A benchmark module is `test/bench/<name>.bench.ts` exporting `bench(): Promise<BenchReport>`.
// Each report compares the measured code against a baseline measured in the same run, so the ratio
// means something on any machine; absolute times are printed too.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchReport } from './bench-report';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { bench: () => Promise<BenchReport> };
  const report = await mod.bench();
  console.log(`\n## ${report.name}`);
  for (const line of report.lines) console.log(`- ${line.label}: ${line.value}`);
  for (const goal of report.goals) {
    console.log(`- goal ${goal.met ? 'met' : 'NOT met'}: ${goal.text}`);
    if (!goal.met) failed += 1;
  }
}
console.log(`\n${files.length} benchmark module(s), ${failed} goal(s) not met.`);
