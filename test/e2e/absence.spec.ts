import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { consoleRequestHeaders } from '../../shared/ipc';
import { demo, serveConsoleWhileOffline } from './console-helpers';

// Absence notices end to end (issue 12): an on-time notice for two shops reaches the platform once per
// shop, even when it was filed offline and the page reloaded before it was sent; a late notice is
// refused with its file-by date and sends nothing; the shop's closing (A02) is sent only when ticked.
// Dates are computed from today (the real date), far enough ahead to be on time, or near enough to be late.
// The demo marketplace is shared by every spec: counts are taken from this spec's own requests (by time),
// and the marketplace is reset afterwards, so the threads and closings added here do not reach others.

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const shown = (date: string): string =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));

interface LogEntry {
  method: string;
  operation: string | null;
  status: number;
  time: string;
}

/** The requests of `operation` the marketplace answered since `since` (epoch ms), with their statuses. */
async function requestsSince(request: APIRequestContext, operation: string, since: number): Promise<number[]> {
  const log = (await (await request.get(`${demo}/__control/requests`)).json()) as { requests: LogEntry[] };
  return log.requests.filter((r) => r.operation === operation && Date.parse(r.time) >= since).map((r) => r.status);
}

/** The shop's operator threads (read back through the console's gateway, M11) whose first message holds `stamp`. */
async function operatorThreadsWith(request: APIRequestContext, shopId: string, stamp: string): Promise<number> {
  const response = await request.get(`/platform/${shopId}/api/inbox/threads?entity_type=SELLER_OPERATOR&with_messages=true&limit=100`, {
    headers: { ...consoleRequestHeaders },
  });
  expect(response.ok()).toBe(true);
  const page = (await response.json()) as { data: { messages?: { body: string }[] }[] };
  return page.data.filter((t) => t.messages?.[0]?.body.includes(stamp)).length;
}

/** Opens the Absence view (by the keyboard route g then a) and answers the connected shops as [id, name]. */
async function openAbsence(page: Page): Promise<[string, string][]> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Absence', exact: true })).toBeVisible({ timeout: 30_000 });
  await page.locator('body').press('g');
  await page.locator('body').press('a');
  await expect(page.getByRole('heading', { name: 'Plan an absence' })).toBeVisible();
  const boxes = page.getByRole('group', { name: 'Shops concerned' }).getByRole('checkbox');
  await expect(boxes.first()).toBeVisible({ timeout: 30_000 });
  const names = await page.locator('.absence-shop-choice').allInnerTexts();
  // The plan lists the shops in the same order, each with its id.
  await page.getByLabel('First day').fill(day(40));
  await page.getByLabel('Last day').fill(day(53));
  const ids = await page.locator('.absence-shop-plan').evaluateAll((items) => items.map((i) => i.getAttribute('data-shop') ?? ''));
  expect(ids).toHaveLength(names.length);
  return ids.map((id, i) => [id, (names[i] ?? '').trim()]);
}

/** Leaves exactly the shops named in `keep` ticked. */
async function tickOnly(page: Page, shops: readonly [string, string][], keep: readonly string[]): Promise<void> {
  for (const [, name] of shops) await page.getByRole('checkbox', { name, exact: true }).setChecked(keep.includes(name));
}

test.afterAll(async ({ request }) => {
  // Give the next specs the marketplace as seeded: without the operator threads and closings made here.
  const response = await request.post(`${demo}/__control/reset`);
  expect(response.ok()).toBe(true);
});

test('an on-time notice for two shops, filed offline and reloaded before it is sent, reaches the platform once per shop', async ({
  page,
  context,
  request,
}) => {
  // The suite's first test: the console's first sync of the 500 seeded threads runs beside it.
  test.setTimeout(200_000);
  await serveConsoleWhileOffline(context);
  const shops = await openAbsence(page);
  const [a, b] = shops;
  if (!a || !b) throw new Error('The demo has fewer than two shops.');
  const stamp = `absence-${Date.now()}`;
  const since = Date.now();
  await tickOnly(page, shops, [a[1], b[1]]);
  const plan = page.getByRole('region', { name: 'Plan per shop' });
  await expect(plan.locator('.absence-shop-plan')).toHaveCount(2);
  await expect(plan.locator('.absence-shop-plan.on-time')).toHaveCount(2);
  await expect(plan).toContainText(`file it by ${shown(day(26))}`);
  await page.getByLabel('Who stands in').fill('Jan Kowalski');
  await page.getByLabel('Note for the platform').fill(`Reference ${stamp}`);

  await context.setOffline(true);
  await page.getByRole('button', { name: 'File the notice', exact: true }).click();
  await expect(page.locator('.absence-outcome')).toContainText('2 notices are in the outbox');
  const item = page.locator('.absence-item').first();
  await expect(item.locator('.absence-shop-state.waiting')).toHaveCount(2);

  // A reload while still offline: the plan and its queued notices are in the cache.
  await page.reload();
  await page.getByRole('button', { name: 'Absence', exact: true }).click();
  await expect(page.locator('.absence-item').first().locator('.absence-shop-state.waiting')).toHaveCount(2, { timeout: 30_000 });
  expect(await requestsSince(request, 'M14', since)).toEqual([]);

  // Back online: each shop's notice is delivered once.
  await context.setOffline(false);
  await expect(page.locator('.absence-item').first().locator('.absence-shop-state.sent, .absence-shop-state.answered')).toHaveCount(2, {
    timeout: 45_000,
  });
  expect(await requestsSince(request, 'M14', since)).toEqual([201, 201]);
  for (const [shopId] of [a, b]) expect(await operatorThreadsWith(request, shopId, stamp)).toBe(1);
  expect(await requestsSince(request, 'A02', since)).toEqual([]);

  // The notice's thread, once synced, opens in the inbox from the list.
  await page.getByRole('button', { name: 'Inbox', exact: true }).click();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await page.getByRole('button', { name: 'Absence', exact: true }).click();
  const link = page.getByRole('button', { name: `Open the operator thread of ${a[1]}` });
  await expect(link).toBeVisible({ timeout: 90_000 });
  await link.click();
  await expect(page.locator('article.thread-view')).toContainText(stamp);
});

test('a late notice is refused with its file-by date and sends nothing', async ({ page, request }) => {
  const shops = await openAbsence(page);
  const [a] = shops;
  if (!a) throw new Error('The demo has no shop.');
  const since = Date.now();
  await tickOnly(page, shops, [a[1]]);
  await page.getByLabel('First day').fill(day(5));
  await page.getByLabel('Last day').fill(day(18));
  const plan = page.getByRole('region', { name: 'Plan per shop' });
  await expect(plan.locator('.absence-shop-plan.late')).toContainText(`Late: the notice had to be filed by ${shown(day(-9))}`);
  await expect(plan).toContainText('DOMAIN.md "Absence notices" (seed 001)');
  await page.getByRole('button', { name: 'File the notice', exact: true }).click();
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText(`had to be filed by ${shown(day(-9))}`);
  await expect(refusal).toContainText(`Nothing is sent for ${a[1]}.`);
  await expect(page.locator('.absence-item').first()).toContainText(
    `Refused before sending: late, it had to be filed by ${shown(day(-9))}`,
  );
  await page.waitForTimeout(2_000);
  expect(await requestsSince(request, 'M14', since)).toEqual([]);
});

test('the shop closing (A02) is sent only when ticked, after its effect is explained', async ({ page, request }) => {
  test.setTimeout(90_000);
  const shops = await openAbsence(page);
  const [a] = shops;
  if (!a) throw new Error('The demo has no shop.');
  const since = Date.now();
  await tickOnly(page, shops, [a[1]]);
  // Not ticked: the notice goes, no closing.
  await page.getByRole('button', { name: 'File the notice', exact: true }).click();
  await expect(page.locator('.absence-item').first().locator('.absence-shop-state.sent')).toHaveCount(1, { timeout: 45_000 });
  expect(await requestsSince(request, 'M14', since)).toEqual([201]);
  expect(await requestsSince(request, 'A02', since)).toEqual([]);

  // Ticked: the explanation is on screen beside the option, and the closing is sent once.
  await page.getByLabel('First day').fill(day(60));
  await page.getByLabel('Last day').fill(day(70));
  const close = page.getByRole('checkbox', { name: 'Also close the shops on the platform for these days' });
  await expect(page.locator('#absence-close-explained')).toContainText('its offers are not shown to buyers');
  await close.check();
  await page.getByRole('button', { name: 'File the notice', exact: true }).click();
  const item = page.locator('.absence-item').first();
  await expect(item.locator('.absence-closing')).toContainText('Closing dates set', { timeout: 45_000 });
  expect(await requestsSince(request, 'A02', since)).toEqual([200]);
  expect(await requestsSince(request, 'M14', since)).toEqual([201, 201]);
});

test('a saved plan whose file-by date is near reminds in the inbox and the status bar until it is dropped', async ({ page }) => {
  test.setTimeout(90_000);
  const shops = await openAbsence(page);
  const [a] = shops;
  if (!a) throw new Error('The demo has no shop.');
  await tickOnly(page, shops, [a[1]]);
  // File by tomorrow: within 3 working days in any calendar.
  await page.getByLabel('First day').fill(day(15));
  await page.getByLabel('Last day').fill(day(28));
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await expect(page.locator('.absence-outcome')).toContainText('Plan saved');
  const status = page.getByRole('contentinfo', { name: 'Console status' });
  await expect(status).toContainText(`Absence notice due by ${shown(day(1))}`);
  await page.keyboard.press('g');
  await page.keyboard.press('i');
  await expect(page.locator('.absence-reminder')).toContainText(`Absence notice to file by ${shown(day(1))} for ${a[1]}`, {
    timeout: 30_000,
  });

  await page.getByRole('button', { name: 'Absence', exact: true }).click();
  const period = `${shown(day(15))} – ${shown(day(28))}`;
  await page.getByRole('button', { name: `Drop the absence ${period}` }).click();
  await expect(page.locator('.absence-item').first()).toContainText('Dropped');
  await expect(status).not.toContainText('Absence notice due by');
  await page.getByRole('button', { name: 'Inbox', exact: true }).click();
  await expect(page.locator('.thread-row').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.absence-reminder')).toHaveCount(0);
});
