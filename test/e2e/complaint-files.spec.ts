import { expect, test, type Page } from '@playwright/test';

// Complaint files (seed 000): a file of bought contact records with good and bad rows is imported,
// its problems shown, a row fixed in the grid by keyboard, the valid rows exported, the file marked
// filed and the platform's decision file imported; a file that is not the template is refused whole.

/** A calendar day `offset` days from today (UTC, as the console's clock in this test runs in UTC). */
function day(offset: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

const header = 'ID rekordu;Imię i nazwisko;Telefon;E-mail;Adres;Firma;Data otrzymania;Przyczyna reklamacji';
const complaintCsv = [
  header,
  `R1;Jan Kowalski;501 234 561;jan@example.pl;Długa 1, Łódź;;${day(-5)};numer nie istnieje`,
  `R2;Anna Nowak;501 234 562;anna@example.pl;Krótka 2;ACME;${day(-6)};WRONG_ADDRESS`,
  `R3;Ewa Lis;501 234 563;ewa@example.pl;Polna 3;;${day(-7)};poczta głosowa`,
  `R4;Piotr Wójcik;501 234 564;piotr@example.pl;Leśna 4;;${day(-8)};`,
  `R5;Olga Zając;501 234 565;olga@example.pl;Wiejska 5;Sklep;${day(-45)};Business closed`,
  `R6;Jan K.;+48 501-234-561;jk@example.pl;Długa 1;;${day(-5)};wrong person`,
  `R7;Adam Mróz;501 234 567;adam@example.pl;Zimna 7;;${day(-2)};Osoba twierdzi, że nie wyrażała zgody`,
].join('\r\n');

async function openComplaintFiles(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Complaint files' }).click();
  await expect(page.getByRole('heading', { name: 'Complaint files' })).toBeVisible();
}

async function importCsv(page: Page, label: string, name: string, text: string): Promise<void> {
  await page.getByLabel(label).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });
}

test('a complaint file is imported, fixed, exported, filed and its decision file imported', async ({ page }) => {
  test.setTimeout(120_000);
  await openComplaintFiles(page);
  await importCsv(page, 'Import a complaint file (CSV or XLSX)', 'reklamacja.csv', complaintCsv);
  await expect(page.getByText('reklamacja.csv: 7 rows imported.')).toBeVisible();
  await expect(page.getByText('3 valid rows, 4 rows with problems')).toBeVisible();

  const grid = page.getByRole('grid', { name: 'Rows of reklamacja.csv' });
  const row = (n: number) => grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) });
  await expect(row(3)).toContainText('“Voicemail” is not a reason the platform accepts.');
  await expect(row(4)).toContainText('No reason: the platform does not consider a record without its own reason.');
  await expect(row(5)).toContainText(`Too late: a complaint about this record had to be filed by`);
  await expect(row(6)).toContainText('Duplicate: same phone number as row 1.');
  await expect(row(1)).toContainText('Valid');

  await page.getByLabel('Only rows with problems').check();
  await expect(grid.getByRole('rowheader')).toHaveCount(4);

  // Fix row 3 by keyboard: from its record id, right to the reason, Enter, pick an accepted reason, Enter.
  await row(3).getByRole('gridcell', { name: 'R3' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveText('poczta głosowa');
  await page.keyboard.press('Enter');
  await page.getByLabel('Accepted reasons for row 3').selectOption({ label: 'Wrong address' });
  await expect(page.getByLabel('Reason of row 3')).toHaveValue('Wrong address');
  await page.getByLabel('Reason of row 3').press('Enter');
  await expect(page.getByText('4 valid rows, 3 rows with problems')).toBeVisible();
  await expect(grid.getByRole('rowheader')).toHaveCount(3);
  // Esc cancels an edit.
  await row(4).getByRole('gridcell').nth(5).click();
  await page.keyboard.press('Enter');
  await page.getByLabel('Reason of row 4').fill('numer nie istnieje');
  await page.getByLabel('Reason of row 4').press('Escape');
  await expect(page.getByText('4 valid rows, 3 rows with problems')).toBeVisible();

  const downloadEvent = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV to send' }).click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toBe('reklamacja-to-send.csv');
  const exported = await (await import('node:fs/promises')).readFile((await download.path()) ?? '', 'utf8');
  expect(exported.startsWith('\uFEFF')).toBe(true);
  const lines = exported.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('ID rekordu,Imię i nazwisko,Telefon,E-mail,Adres,Firma,Data otrzymania,Przyczyna reklamacji,Comment');
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['R1', 'R2', 'R3', 'R7']);
  expect(lines[1]).toContain('NON_EXISTENT_NUMBER,numer nie istnieje');
  expect(lines[3]).toContain('WRONG_ADDRESS,Wrong address');
  expect(exported).not.toMatch(/R4|R5|R6/);

  // The XLSX export reads back as the template: its four rows, all valid.
  const xlsxEvent = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export XLSX to send' }).click();
  const xlsx = await xlsxEvent;
  expect(xlsx.suggestedFilename()).toBe('reklamacja-to-send.xlsx');
  const xlsxBytes = await (await import('node:fs/promises')).readFile((await xlsx.path()) ?? '');
  expect(xlsxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await page.getByLabel('Import a complaint file (CSV or XLSX)').setInputFiles({
    name: 'to-send.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsxBytes,
  });
  await expect(page.getByText('to-send.xlsx: 4 rows imported.')).toBeVisible();
  await expect(page.getByText('4 valid rows, 0 rows with problems')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Imported files' })
    .getByRole('button', { name: /reklamacja\.csv/ })
    .click();
  await expect(page.getByText('4 valid rows, 3 rows with problems')).toBeVisible();

  await page.getByLabel('Filed with the platform on (YYYY-MM-DD)').fill(day(0));
  await page.getByRole('button', { name: 'Mark as filed' }).click();
  await expect(page.getByText(/Filed on .* with 4 records\./)).toBeVisible();
  await expect(page.getByRole('timer')).toContainText('21 days left');

  const decisions = [
    'Record ID,Decision,Comment',
    'R1,Refunded in points,',
    'R2,REPLACED,',
    'R3,Odrzucona,poczta głosowa',
    'R99,REFUNDED,',
  ].join('\n');
  await importCsv(page, 'Import the platform’s decision file (CSV or XLSX)', 'decyzja.csv', decisions);
  const totals = page.getByRole('table', { name: 'Outcome' });
  await expect(totals.getByRole('row', { name: 'Refunded in points 1' })).toBeVisible();
  await expect(totals.getByRole('row', { name: 'Replaced 1' })).toBeVisible();
  await expect(totals.getByRole('row', { name: 'Refused 1' })).toBeVisible();
  await expect(totals.getByRole('row', { name: 'Awaiting a decision 1' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Record IDs in the decision file that are not in this file: R99' })).toBeVisible();
  await page.getByLabel('Only rows with problems').uncheck();
  await expect(row(1)).toContainText('Refunded in points');
});

test('a file that is not the template is refused with its columns named, and nothing is imported', async ({ page }) => {
  await openComplaintFiles(page);
  await importCsv(page, 'Import a complaint file (CSV or XLSX)', 'orders.csv', 'Order ID;Buyer;Reason\n1;Jan;poczta głosowa\n');
  const alert = page.getByRole('alert').filter({ hasText: 'orders.csv is not the complaint template. Nothing was imported.' });
  await expect(alert).toContainText('Missing columns: Record ID, Contact name, Phone, E-mail, Address, Company, Received on (YYYY-MM-DD)');
  await expect(alert).toContainText('Unexpected columns: Order ID, Buyer');
  await expect(page.getByRole('navigation', { name: 'Imported files' })).toContainText('No complaint file imported yet.');
  await expect(page.getByRole('navigation', { name: 'Imported files' }).getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('grid')).toHaveCount(0);
});
