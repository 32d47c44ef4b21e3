import { describe, expect, it } from 'vitest';
import { validateRows } from '../../../../shared/complaint-files';
import { buildImport, columnMap, decisionLines, exportTable, outcomeTotals, rowFields } from './complaint-file-model';
import { parseCsv } from './read-table';
import { csvText } from './export-file';

const meta = { id: 'f1', name: 'reklamacja.csv', importedAt: '2026-11-28T09:00:00.000Z' };
const polishCsv = [
  'ID rekordu;Imię i nazwisko;Telefon;E-mail;Adres;Firma;Data otrzymania;Przyczyna reklamacji',
  'R1;Jan Kowalski;501234561;jan@example.pl;Długa 1, Łódź;;2026-11-20;numer nie istnieje',
  'R2;Anna Nowak;501234562;anna@example.pl;Krótka 2;ACME;2026-11-21;poczta głosowa',
  'R3;Ewa Lis;501234563;ewa@example.pl;Polna 3;;2026-11-22;WRONG_ADDRESS',
].join('\r\n');

function imported() {
  const rows = parseCsv(polishCsv);
  const built = buildImport({ header: rows[0] ?? [], rows: rows.slice(1), source: 'utf-8' }, meta);
  if (!built.ok) throw new Error('not the template');
  return built;
}

describe('complaint file model', () => {
  it('builds the file and rows keyed by the file headers, semicolon-delimited Polish', () => {
    const { file, rows } = imported();
    expect(file).toMatchObject({ id: 'f1', rowCount: 3, columns: expect.arrayContaining(['Przyczyna reklamacji']) });
    expect(rows[0]?.cells['Adres']).toBe('Długa 1, Łódź');
    expect(rowFields(rows[1]?.cells ?? {}, columnMap(file))).toEqual({
      recordId: 'R2',
      phone: '501234562',
      email: 'anna@example.pl',
      receivedOn: '2026-11-21',
      reason: 'poczta głosowa',
    });
  });

  it('names the columns of a file that is not the template and builds nothing', () => {
    expect(buildImport({ header: ['Order', 'Reason'], rows: [['1', 'x']], source: 'utf-8' }, meta)).toMatchObject({
      ok: false,
      unexpected: ['Order'],
      missing: expect.arrayContaining(['Record ID', 'Received on (YYYY-MM-DD)']),
    });
  });

  it('exports only valid rows, the reason as its code and the seller words in the comment column', () => {
    const { file, rows } = imported();
    const columns = columnMap(file);
    const checks = validateRows(
      rows.map((r) => rowFields(r.cells, columns)),
      '2026-11-28',
    );
    const table = exportTable(file, rows, checks);
    expect(table[0]).toEqual([
      'ID rekordu',
      'Imię i nazwisko',
      'Telefon',
      'E-mail',
      'Adres',
      'Firma',
      'Data otrzymania',
      'Przyczyna reklamacji',
      'Comment',
    ]);
    expect(table.slice(1).map((r) => [r[0], r[7], r[8]])).toEqual([
      ['R1', 'NON_EXISTENT_NUMBER', 'numer nie istnieje'],
      ['R3', 'WRONG_ADDRESS', ''],
    ]);
    const csv = csvText(table);
    expect(csv.startsWith('\uFEFFID rekordu,')).toBe(true);
    expect(csv).toContain('"Długa 1, Łódź"');
  });

  it('reads a decision file and totals the outcome', () => {
    const read = decisionLines({
      header: ['Record ID', 'Decision', 'Comment'],
      rows: [
        ['R1', 'Refunded in points', ''],
        ['R3', '???', 'x'],
        ['', '', ''],
      ],
      source: 'utf-8',
    });
    expect(read).toEqual({
      ok: true,
      lines: [
        { recordId: 'R1', decision: 'refunded', text: 'Refunded in points', note: '' },
        { recordId: 'R3', decision: undefined, text: '???', note: 'x' },
      ],
    });
    const { file, rows } = imported();
    const decided = rows.map((r, i) =>
      i === 0 ? { ...r, decision: 'refunded' as const } : i === 2 ? { ...r, decision: 'refused' as const } : r,
    );
    expect(outcomeTotals({ ...file, filedRowCount: 3 }, decided)).toEqual({ refunded: 1, replaced: 0, refused: 1, awaiting: 1 });
  });
});
