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

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`axe finds no serious or critical violation on the inbox, a thread, Shops and Diagnostics at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    // axe reads every node of four views, the inbox with hundreds of rows: far slower than a click on a loaded machine.
    test.setTimeout(180_000);
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
