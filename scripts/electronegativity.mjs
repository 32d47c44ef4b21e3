// Electronegativity (Doyensec's Electron security scanner) over the repository, for CI: every finding
// of MEDIUM severity or higher must be fixed or listed, with its reason, in
// docs/electronegativity-accepted.json; a new one fails the run. Build output (out/, release/) is the
// same code as the sources and is left out. The scanner runs through npx, pinned, not as a dependency
// (its old dependency tree would burden `npm install`).
// Run: node scripts/electronegativity.mjs            (scans, then checks)
//      node scripts/electronegativity.mjs --csv FILE (checks an existing report)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scanner = '@doyensec/electronegativity@1.10.3';
const severities = ['MEDIUM', 'HIGH', 'CRITICAL'];
const skipped = ['out/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'];

/** Parses the scanner's CSV (quoted fields, "" for a quote inside one). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (char !== '\r') field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows;
  const names = header.map((name) => name.trim());
  return body.filter((r) => r.length === names.length).map((r) => Object.fromEntries(names.map((name, i) => [name, r[i].trim()])));
}

function scan() {
  const output = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv');
  const run = spawnSync('npx', ['--yes', scanner, '-i', root, '-o', output], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) {
    console.error(`Electronegativity did not run (exit ${run.status}).`);
    process.exit(2);
  }
  return output;
}

const csvArgument = process.argv.indexOf('--csv');
const report = csvArgument > 0 ? process.argv[csvArgument + 1] : scan();
const accepted = JSON.parse(readFileSync(join(root, 'docs', 'electronegativity-accepted.json'), 'utf8'));
for (const entry of accepted) {
  if (!entry.check || !entry.file || !entry.sample || !entry.reason)
    throw new Error(`An accepted finding lacks check, file, sample or reason: ${JSON.stringify(entry)}`);
}

const findings = parseCsv(readFileSync(report, 'utf8'))
  .map((f) => ({ ...f, file: f.filename === 'N/A' ? 'N/A' : relative(root, f.filename).split(sep).join('/') }))
  .filter((f) => severities.includes(f.severity.toUpperCase()))
  .filter((f) => !skipped.some((prefix) => f.file.startsWith(prefix)));
const used = new Set();
const unexplained = findings.filter((f) => {
  const match = accepted.findIndex((a) => a.check === f.issue && a.file === f.file && f.sample.includes(a.sample));
  if (match >= 0) used.add(match);
  return match < 0;
});

console.log(
  `Electronegativity: ${findings.length} finding(s) of medium severity or higher, ${findings.length - unexplained.length} accepted.`,
);
accepted.forEach((entry, i) => {
  if (!used.has(i)) console.warn(`Accepted finding no longer reported (remove it from the list?): ${entry.check} in ${entry.file}`);
});
for (const f of unexplained) console.error(`NEW ${f.severity} ${f.issue} ${f.file}:${f.location} ${f.sample}\n  ${f.description} ${f.url}`);
if (unexplained.length > 0) {
  console.error('Fix these, or explain each in docs/electronegativity-accepted.json (check, file, sample, reason).');
  process.exit(1);
}
