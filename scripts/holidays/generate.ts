// Regenerates shared/working-time/holidays.data.ts from date-holidays and prints what changed per market.
//   npx tsx scripts/holidays/generate.ts          write the file, print added/removed dates
//   npx tsx scripts/holidays/generate.ts --check  write nothing; exit 1 when the checked-in file is stale
// Only `public` holidays are kept (not bank, school, optional or observance days); multi-day entries are
// expanded day by day. Hand-made corrections belong in shared/working-time/holiday-overrides.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Holidays from 'date-holidays';
import { Temporal } from 'temporal-polyfill';
import { getMarket, listMarketCodes } from '../../shared/working-time/markets';
import { holidaySources } from './sources';

const FIRST_YEAR = 2024;
const LAST_YEAR = 2035;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = join(root, 'shared', 'working-time', 'holidays.data.ts');
const namesTarget = join(root, 'shared', 'working-time', 'holiday-names.data.ts');
const libraryVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules', 'date-holidays', 'package.json'), 'utf8')) as { version: string }
).version;

/** A day's holiday name in the market's language and in English (several holidays on one day joined with " / "). */
type DayNames = Record<string, [local: string, english: string]>;

/**
 * The `public` holidays of one market, expanded to single days and clipped to the covered years, with
 * each day's name (the library's default language, which is the country's own, and English).
 */
function marketHolidays(code: string, names: DayNames = {}): string[] {
  const source = holidaySources[code];
  if (!source) throw new Error(`No holiday source for market ${code} in scripts/holidays/sources.ts`);
  const timeZone = getMarket(code).timeZone;
  const hd = source.state ? new Holidays(source.country, source.state) : new Holidays(source.country);
  const days = new Set<string>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const english = hd.getHolidays(year, 'en');
    const local = hd.getLanguages().find((l) => l !== 'en') ?? 'en';
    for (const [index, holiday] of hd.getHolidays(year, local).entries()) {
      if (holiday.type !== 'public') continue;
      if (source.keep && !source.keep(holiday)) continue;
      const englishName = english[index]?.rule === holiday.rule ? (english[index]?.name ?? holiday.name) : holiday.name;
      // `date` is the local first day; `end` an instant. Islamic days start the evening before, so the
      // first day comes from `date`, and every local day that starts before `end` belongs to the entry.
      let day = Temporal.PlainDate.from(holiday.date.slice(0, 10));
      const endMs = holiday.end.getTime();
      do {
        if (day.year >= FIRST_YEAR && day.year <= LAST_YEAR) {
          const key = day.toString();
          days.add(key);
          const had = names[key];
          names[key] = had ? [`${had[0]} / ${holiday.name}`, `${had[1]} / ${englishName}`] : [holiday.name, englishName];
        }
        day = day.add({ days: 1 });
      } while (day.toZonedDateTime({ timeZone }).epochMilliseconds < endMs);
    }
  }
  return [...days].sort();
}

function render(data: Record<string, string[]>): string {
  const lines = [
    '// GENERATED FILE: do not edit by hand. Regenerate with `npm run holidays:generate`',
    `// (scripts/holidays/generate.ts) from date-holidays ${libraryVersion}: type \`public\` only, multi-day entries`,
    `// expanded, years ${FIRST_YEAR}-${LAST_YEAR}. Corrections (decrees, new laws) live in holiday-overrides.ts.`,
    '',
    '/** First and last calendar year covered; dates outside are refused with OUT_OF_RANGE. */',
    `export const HOLIDAY_YEARS = { first: ${FIRST_YEAR}, last: ${LAST_YEAR} } as const;`,
    '',
    '/** The library and version the data was generated from. */',
    `export const HOLIDAY_SOURCE = 'date-holidays@${libraryVersion}';`,
    '',
    '/** Per market code, the sorted `YYYY-MM-DD` public holidays before overrides (one line per year). */',
    'export const HOLIDAYS: Readonly<Record<string, readonly string[]>> = {',
  ];
  for (const [code, days] of Object.entries(data)) {
    lines.push(
      `  // ${holidaySources[code]?.country}${holidaySources[code]?.state ? `-${holidaySources[code]?.state}` : ''}: ${holidaySources[code]?.note}`,
    );
    lines.push(`  ${code}: [`);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      const ofYear = days.filter((d) => d.startsWith(`${year}-`));
      if (ofYear.length > 0) lines.push(`    ${ofYear.map((d) => `'${d}'`).join(', ')},`);
    }
    lines.push('  ],');
  }
  lines.push('};', '');
  return lines.join('\n');
}

function renderNames(data: Record<string, DayNames>): string {
  const lines = [
    '// GENERATED FILE: do not edit by hand. Regenerate with `npm run holidays:generate`',
    `// (scripts/holidays/generate.ts) from date-holidays ${libraryVersion}: the names of the days in holidays.data.ts.`,
    '',
    '/**',
    " * Per market code, per `YYYY-MM-DD` public holiday, its name in the market's language and in English",
    ' * (what the absence plan shows when a holiday changes the count). Overrides carry their own reason.',
    ' */',
    'export const HOLIDAY_NAMES: Readonly<Record<string, Readonly<Record<string, readonly [local: string, english: string]>>>> = {',
  ];
  for (const [code, days] of Object.entries(data)) {
    lines.push(`  ${code}: {`);
    for (const [day, [local, english]] of Object.entries(days).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`    '${day}': [${JSON.stringify(local)}, ${JSON.stringify(english)}],`);
    }
    lines.push('  },');
  }
  lines.push('};', '');
  return lines.join('\n');
}

async function previousData(): Promise<Record<string, readonly string[]>> {
  if (!existsSync(target)) return {};
  const mod = (await import(pathToFileURL(target).href)) as { HOLIDAYS?: Record<string, readonly string[]> };
  return mod.HOLIDAYS ?? {};
}

function printDiff(before: Record<string, readonly string[]>, after: Record<string, string[]>): number {
  let changes = 0;
  for (const code of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = new Set(before[code] ?? []);
    const now = new Set(after[code] ?? []);
    const added = [...now].filter((d) => !was.has(d));
    const removed = [...was].filter((d) => !now.has(d));
    if (added.length === 0 && removed.length === 0) continue;
    changes += added.length + removed.length;
    console.log(`${code}: +${added.length} -${removed.length}`);
    if (added.length > 0) console.log(`  added:   ${added.join(' ')}`);
    if (removed.length > 0) console.log(`  removed: ${removed.join(' ')}`);
  }
  return changes;
}

const check = process.argv.includes('--check');
const data: Record<string, string[]> = {};
const names: Record<string, DayNames> = {};
for (const code of listMarketCodes()) {
  names[code] = {};
  data[code] = marketHolidays(code, names[code]);
}

const changes = printDiff(await previousData(), data);
const text = render(data);
const namesText = renderNames(names);
const namesStale = !existsSync(namesTarget) || readFileSync(namesTarget, 'utf8') !== namesText;
const stale = !existsSync(target) || readFileSync(target, 'utf8') !== text;
if (changes === 0)
  console.log(`No holiday changes against the checked-in file (${listMarketCodes().length} markets, ${FIRST_YEAR}-${LAST_YEAR}).`);
if (check) {
  if (stale || namesStale) {
    console.log('holidays.data.ts or holiday-names.data.ts is stale: run npm run holidays:generate.');
    process.exitCode = 1;
  }
} else {
  if (stale) {
    writeFileSync(target, text);
    console.log(`Wrote ${target}`);
  }
  if (namesStale) {
    writeFileSync(namesTarget, namesText);
    console.log(`Wrote ${namesTarget}`);
  }
}
