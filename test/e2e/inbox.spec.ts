import { expect, test } from '@playwright/test';
import { e2ePorts } from '../../playwright.config';

test("the console lists the demo shops' threads and opens one", async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Demo marketplace')).toBeVisible();
  const rows = page.locator('.thread-row');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  // The first sync stores page by page: the list grows until every shop is in.
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(100);
  await expect(page.locator('.list-header')).toContainText(/\d+ threads/);

  // Every market of the demo is in the list.
  for (const market of ['PL', 'LV', 'PT', 'HR']) {
    await expect(page.locator('.thread-row .badge.market', { hasText: market }).first()).toBeVisible({ timeout: 30_000 });
  }

  const first = rows.first();
  const topic = (await first.locator('.thread-topic').textContent()) ?? '';
  await first.click();
  const view = page.locator('article.thread-view');
  await expect(view.getByRole('heading', { level: 2 })).toHaveText(topic);
  await expect(view.locator('.message').first()).toBeVisible();
  // The longest-waiting thread ends with a message from the buyer or the platform's operator.
  await expect(view.locator('.message').last()).toHaveClass(/from-(customer|operator)(\s|$)/);
  await expect(view.locator('.message .message-body').last()).not.toBeEmpty();
  await page.screenshot({ path: 'test-results/inbox-thread.png' });
});

test('a thread the platform takes part in says so', async ({ page }) => {
  await page.goto('/');
  const operatorRow = page.locator('.thread-row', { has: page.locator('.badge.operator') }).first();
  await expect(operatorRow).toBeVisible({ timeout: 30_000 });
  await operatorRow.click();
  await expect(page.getByRole('note')).toContainText('platform');
});

test('connecting a shop with a wrong key says the key was refused and keeps the form', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Shops' }).click();
  // Shops is the page's main landmark, and the status bar stays at the bottom of the window.
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('region', { name: 'Shops' })).toBeVisible();
  const bar = await page.getByRole('contentinfo', { name: 'Console status' }).boundingBox();
  expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeGreaterThanOrEqual((page.viewportSize()?.height ?? 0) - 1);
  const form = page.getByRole('form', { name: 'Connect a Mirakl shop' });
  await form.getByLabel('Name').fill('My test shop');
  await form.getByLabel('Marketplace address').fill(`http://127.0.0.1:${e2ePorts.demo}`);
  await form.getByLabel('Shop API key').fill('not-the-right-key');
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(form.getByRole('alert')).toContainText('refused this API key');
  await expect(form.getByLabel('Name')).toHaveValue('My test shop');
});

test('the platform gateway refuses calls that do not come from the console', async ({ request }) => {
  const response = await request.get('/platform/demo-2001/api/inbox/threads');
  expect(response.status()).toBe(400);
  expect(response.headers()['x-gateway-error']).toBe('NOT_A_CONSOLE_REQUEST');
});
