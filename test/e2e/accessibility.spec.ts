import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerableThreads, openThread } from './console-helpers';

// axe-core is injected into the page, which the console's Content-Security-Policy would refuse: the CSP is
// bypassed in this test context only (the app itself keeps it).
test.use({ bypassCSP: true });

/** axe's serious and critical violations on the page now, as readable lines (rule, impact, first targets). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

// A complaint file (seed 000) with a valid row and a flagged one, received today, for the Complaint files view.
const today = new Date().toISOString().slice(0, 10);
const complaintFile = [
  'Record ID,Contact name,Phone,E-mail,Address,Company,Received on (YYYY-MM-DD),Reason',
  `A1,Jan Kowalski,501234561,jan@example.pl,Długa 1,,${today},numer nie istnieje`,
  `A2,Anna Nowak,501234562,anna@example.pl,Krótka 2,,${today},poczta głosowa`,
].join('\n');

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`axe finds no serious or critical violation on the inbox, a thread, Shops, Diagnostics and Absence at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    // axe reads every node of five views, the inbox with hundreds of rows: far slower than a click on a loaded machine.
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    const [threadId] = await answerableThreads(page, 1);
    expect(await seriousViolations(page), 'inbox').toEqual([]);

    await openThread(page, threadId ?? '');
    expect(await seriousViolations(page), 'thread').toEqual([]);

    await page.getByRole('button', { name: 'Shops' }).click();
    await expect(page.getByRole('main').getByRole('region', { name: 'Shops' })).toBeVisible();
    expect(await seriousViolations(page), 'shops').toEqual([]);

    await page.getByRole('button', { name: 'Diagnostics' }).click();
    await expect(page.getByRole('main')).toBeVisible();
    expect(await seriousViolations(page), 'diagnostics').toEqual([]);

    await page.getByRole('button', { name: 'Absence', exact: true }).click();
    await page.getByLabel('First day').fill(new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel('Last day').fill(new Date(Date.now() + 53 * 86_400_000).toISOString().slice(0, 10));
    await expect(page.getByRole('region', { name: 'Plan per shop' }).locator('.absence-shop-plan').first()).toBeVisible();
    expect(await seriousViolations(page), 'absence').toEqual([]);
  });
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`axe finds no serious or critical violation on Complaint files (grid, cell editor, filing) at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByRole('button', { name: 'Complaint files' }).click();
    await page
      .getByLabel('Import a complaint file (CSV or XLSX)')
      .setInputFiles({ name: 'a11y.csv', mimeType: 'text/csv', buffer: Buffer.from(complaintFile) });
    await expect(page.getByRole('grid', { name: 'Rows of a11y.csv' })).toBeVisible();
    expect(await seriousViolations(page), 'complaint files').toEqual([]);

    await page.getByRole('gridcell', { name: 'poczta głosowa' }).dblclick();
    await expect(page.getByLabel('Reason of row 2')).toBeFocused();
    expect(await seriousViolations(page), 'complaint files, cell editor').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Mark as filed' }).click();
    await expect(page.getByRole('table', { name: 'Outcome' })).toBeVisible();
    expect(await seriousViolations(page), 'complaint files, filed').toEqual([]);
  });
}

test('axe finds no serious or critical violation on the Cases view and a case’s detail', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.locator('.thread-row').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  await expect(page.locator('.case-row').first()).toBeVisible();
  expect(await seriousViolations(page), 'cases').toEqual([]);

  await page.locator('.case-row[data-kind="return"]').first().click();
  await expect(page.locator('article.case-detail')).toBeVisible();
  await page.locator('article.case-detail').getByRole('region', { name: 'Actions' }).getByRole('button').first().click();
  expect(await seriousViolations(page), 'case detail with its confirm step').toEqual([]);
});
