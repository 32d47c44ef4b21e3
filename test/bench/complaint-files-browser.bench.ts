// Complaint files in the running console (real Chromium, the built app from `npx electron-vite build`,
// served as web mode serves it): a 50,000-row file picked in the Complaint files view until its counts
// and grid show — reading, template check, one IndexedDB transaction of 50,000 rows, validation and
// the first render of the virtualized grid — against Papa Parse parsing the same text alone in the
// same page. Then the cost of one fix in the grid (the whole file validated again) and of a key press.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { directoryFiles } from '../../electron/host/static-files';
import { chromiumArgs, findChromium } from '../e2e/chromium';
import { startConsoleStack, type ConsoleStack } from '../support/console-stack';
import type { BenchReport } from './bench-report';
import { complaintFileBytes, ROWS } from './complaint-file-data';

const here = dirname(fileURLToPath(import.meta.url));
const ROUNDS = 3;
const GOAL_RATIO = 10;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Picks the file in the view and answers the ms until the counts of all rows show. */
async function importOnce(page: Page, bytes: Buffer, round: number): Promise<number> {
  const started = Date.now();
  await page
    .getByLabel('Import a complaint file (CSV or XLSX)')
    .setInputFiles({ name: `bench-${round}.csv`, mimeType: 'text/csv', buffer: bytes });
  await page.getByRole('grid', { name: `Rows of bench-${round}.csv` }).waitFor({ timeout: 300_000 });
  await page.getByText(/valid rows, .* rows with problems/).waitFor({ timeout: 300_000 });
  return Date.now() - started;
}

/** Papa Parse alone on the same text, in the page (its own bundle injected), median of ROUNDS. */
async function papaInPage(page: Page, text: string): Promise<number[]> {
  const papa = await readFile(createRequire(import.meta.url).resolve('papaparse/papaparse.min.js'), 'utf8');
  await page.addScriptTag({ content: papa });
  return page.evaluate(
    ([csv, rounds]) => {
      const times: number[] = [];
      const papaparse = (window as unknown as { Papa: { parse(t: string, o: object): unknown } }).Papa;
      for (let i = 0; i < rounds; i += 1) {
        const start = performance.now();
        papaparse.parse(csv, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy' });
        times.push(performance.now() - start);
      }
      return times;
    },
    [text, ROUNDS] as const,
  );
}

/** Runs the browser benchmark (a minute or two; needs `npx electron-vite build` first). */
export async function bench(): Promise<BenchReport> {
  const { bytes, text } = complaintFileBytes();
  const buffer = Buffer.from(bytes);
  let stack: ConsoleStack | null = null;
  let browser: Browser | null = null;
  try {
    stack = await startConsoleStack(
      { seed: 1, threads: 20, buyerPaceMs: null, faults: false },
      { files: directoryFiles(join(here, '../../out/renderer')) },
    );
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...chromiumArgs] });
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${stack.url}/`);
    await page.getByRole('button', { name: 'Complaint files' }).click();
    const imports: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) imports.push(await importOnce(page, buffer, round));
    const grid = page.getByRole('grid', { name: `Rows of bench-${ROUNDS - 1}.csv` });
    const renderedRows = await grid.getByRole('row').count();

    // One fix: the reason of the first row with a refused reason, saved; the counts change once validated again.
    const before = await page.getByText(/valid rows, .* rows with problems/).textContent();
    await grid.getByRole('gridcell', { name: 'poczta głosowa' }).first().dblclick();
    const editStart = Date.now();
    await page.getByRole('textbox', { name: /^Reason of row/ }).fill('numer nie istnieje');
    await page.getByRole('textbox', { name: /^Reason of row/ }).press('Enter');
    await page.waitForFunction((text) => !document.body.textContent?.includes(text ?? ''), before);
    const editMs = Date.now() - editStart;

    const keyStart = Date.now();
    for (let i = 0; i < 20; i += 1) await page.keyboard.press('ArrowDown');
    const keyMs = (Date.now() - keyStart) / 20;

    const papa = await papaInPage(page, text);
    const importMs = median(imports);
    const papaMs = median(papa);
    const ratio = importMs / papaMs;
    return {
      name: `complaint files in Chromium: import, store, validate and render ${ROWS.toLocaleString('en')} rows, against Papa Parse alone`,
      lines: [
        {
          label: `Papa Parse alone in the page (median of ${ROUNDS}; ${papa.map((v) => v.toFixed(0)).join(', ')} ms)`,
          value: `${papaMs.toFixed(0)} ms`,
        },
        {
          label: `file picked until counts and grid show: read, template, IndexedDB transaction, validate, render (median of ${ROUNDS}; ${imports.join(', ')} ms)`,
          value: `${importMs} ms`,
        },
        { label: 'ratio console import / Papa Parse alone', value: `${ratio.toFixed(1)}x` },
        { label: 'grid rows in the DOM (virtualized, header included)', value: String(renderedRows) },
        { label: 'one fix saved until the counts of 50,000 rows update', value: `${editMs} ms` },
        { label: 'one ArrowDown in the grid (mean of 20, Playwright round trip included)', value: `${keyMs.toFixed(0)} ms` },
      ],
      goals: [
        { text: 'the virtualized grid keeps fewer than 100 rows in the DOM', met: renderedRows < 100 },
        { text: `import, store, validate and render within ${GOAL_RATIO}x of Papa Parse alone`, met: ratio <= GOAL_RATIO },
      ],
    };
  } finally {
    await browser?.close();
    await stack?.close();
  }
}
