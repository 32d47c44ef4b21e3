// Complaint files (seed 000): importing and validating a 50,000-row complaint file, as the console does it
// (decode the bytes with encoding detection, Papa Parse, match the template's header, build the rows,
// validate every row: reason, receipt date and 30-day window, duplicates), against a baseline of Papa
// Parse parsing the same text alone, in the same run. Storing in IndexedDB and rendering the grid are
// not in this Node measurement (the grid is virtualized: it renders the rows in view, not 50,000).
import Papa from 'papaparse';
import { validateRows } from '../../shared/complaint-files';
import { buildImport, columnMap, rowFields } from '../../renderer/src/features/complaint-files/complaint-file-model';
import { decodeText } from '../../renderer/src/features/complaint-files/decode-text';
import { csvDelimiters, parseCsv } from '../../renderer/src/features/complaint-files/read-table';
import { complaintFileBytes, ROWS, TODAY } from './complaint-file-data';
import { medianMs, type BenchReport } from './bench-report';

const GOAL_RATIO = 3;

/** Measures import + validate of 50,000 rows against Papa Parse alone on the same file. */
export async function bench(): Promise<BenchReport> {
  const { bytes, text } = complaintFileBytes();
  let parsedRows = 0;
  const baselineMs = await medianMs(() => {
    parsedRows = Papa.parse<string[]>(text, { delimitersToGuess: csvDelimiters, skipEmptyLines: 'greedy' }).data.length;
  });

  let valid = 0;
  let flagged = 0;
  const stage = { decode: 0, parse: 0, build: 0, validate: 0 };
  const consoleMs = await medianMs(() => {
    let t = performance.now();
    const decoded = decodeText(bytes);
    stage.decode = performance.now() - t;
    t = performance.now();
    const rows = parseCsv(decoded.text);
    stage.parse = performance.now() - t;
    t = performance.now();
    const built = buildImport(
      { header: rows[0] ?? [], rows: rows.slice(1), source: decoded.encoding },
      { id: 'bench', name: 'bench.csv', importedAt: '' },
    );
    if (!built.ok) throw new Error('The benchmark file is not the template.');
    const columns = columnMap(built.file);
    stage.build = performance.now() - t;
    t = performance.now();
    const checks = validateRows(
      built.rows.map((r) => rowFields(r.cells, columns)),
      TODAY,
    );
    stage.validate = performance.now() - t;
    flagged = checks.filter((c) => c.problems.length > 0).length;
    valid = checks.length - flagged;
  });
  const ratio = consoleMs / baselineMs;
  const ms = (value: number): string => `${value.toFixed(0)} ms`;
  return {
    name: `complaint files: import and validate ${ROWS.toLocaleString('en')} rows, against Papa Parse alone`,
    lines: [
      { label: 'file', value: `${(bytes.length / 1e6).toFixed(1)} MB, UTF-8 with BOM, semicolons, Polish headers` },
      { label: 'baseline: Papa Parse of the text alone (median of 7)', value: ms(baselineMs) },
      { label: 'console: decode + parse + template + validate (median of 7)', value: ms(consoleMs) },
      {
        label: 'console stages (last run)',
        value: `decode ${ms(stage.decode)}, parse ${ms(stage.parse)}, template rows ${ms(stage.build)}, validate ${ms(stage.validate)}`,
      },
      { label: 'ratio console / Papa Parse alone', value: `${ratio.toFixed(2)}x` },
      { label: 'rows valid / flagged', value: `${valid} / ${flagged}` },
    ],
    goals: [
      { text: `every row read (${ROWS.toLocaleString('en')} + header)`, met: parsedRows === ROWS + 1 && valid + flagged === ROWS },
      { text: `import and validate within ${GOAL_RATIO}x of Papa Parse alone`, met: ratio <= GOAL_RATIO },
    ],
  };
}
