import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { consoleRequestHeaders } from '../../shared/ipc';
import { REPLY_WINDOW_MS, workingMsBetween } from '../../shared/working-time';

// The Reports view end to end, in Chromium against the demo marketplace: the response figures it shows
// for a shop must equal figures computed here, independently, from the marketplace's own copy of the
// shop's threads (read through the gateway, not from the console's cache).

test.use({ bypassCSP: true });

const shopId = 'demo-2001';

interface DemoThread {
  id: string;
  messages: { date_created: string; from: { type: string } }[];
}

/** Every thread of the shop with its messages, page by page (M11 through the console's gateway). */
async function demoThreads(request: APIRequestContext): Promise<DemoThread[]> {
  const threads: DemoThread[] = [];
  let token: string | undefined;
  do {
    const query = token ? `page_token=${encodeURIComponent(token)}` : 'with_messages=true&limit=100';
    const response = await request.get(`/platform/${shopId}/api/inbox/threads?${query}`, { headers: { ...consoleRequestHeaders } });
    expect(response.ok()).toBe(true);
    const page = (await response.json()) as { data: DemoThread[]; next_page_token?: string | null };
    threads.push(...page.data);
    token = page.next_page_token ?? undefined;
  } while (token);
  return threads;
}

/** Working hours from each buyer request (first buyer message after the shop last wrote) to the shop's next message. */
function answeredDurations(threads: DemoThread[], market: string): number[] {
  const durations: number[] = [];
  for (const thread of threads) {
    const messages = [...thread.messages].sort((a, b) => Date.parse(a.date_created) - Date.parse(b.date_created));
    let asked: string | null = null;
    for (const m of messages) {
      if (m.from.type === 'CUSTOMER_USER' && asked === null) asked = m.date_created;
      if (m.from.type === 'SHOP_USER' && asked !== null) {
        durations.push(workingMsBetween(asked, m.date_created, market));
        asked = null;
      }
    }
  }
  return durations.sort((a, b) => a - b);
}

async function openReports(page: Page): Promise<void> {
  await page.goto('/');
  // The first sync has stored every demo thread before the reports read the cache.
  await expect(page.locator('.list-header')).toContainText('500 threads', { timeout: 45_000 });
  await page.getByRole('button', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 2 })).toBeVisible();
}

test('the response figures of a shop equal those computed from the marketplace’s threads', async ({ page, request }) => {
  test.setTimeout(120_000);
  await openReports(page);
  await page.getByLabel('From').fill('2024-01-01');
  await page.getByRole('combobox', { name: 'Shop', exact: true }).selectOption(shopId);

  const byMarket = page.getByRole('table', { name: 'By market' });
  await expect(byMarket.getByRole('row')).toHaveCount(2);
  const market = (await byMarket.getByRole('rowheader').first().textContent()) ?? '';
  expect(market).toMatch(/^[A-Z]{2}$/);

  const durations = answeredDurations(await demoThreads(request), market);
  expect(durations.length).toBeGreaterThan(5);
  const hours = (ms: number) => `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(ms / 3_600_000)} h`;
  const mid = durations.length >> 1;
  const median = durations.length % 2 ? durations[mid]! : (durations[mid - 1]! + durations[mid]!) / 2;
  const p90 = durations[Math.ceil(0.9 * durations.length) - 1]!;
  const within = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(
    durations.filter((ms) => ms <= REPLY_WINDOW_MS).length / durations.length,
  );

  const row = page
    .getByRole('table', { name: 'By shop' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'All' }) });
  await expect(row.getByRole('cell')).toHaveText([String(durations.length), hours(median), hours(p90), within, /\d+/, /\d+/]);
  // The chart has its figures beside it, and its canvas is named for screen readers.
  await expect(page.getByRole('img', { name: /Median and 90th percentile/ })).toBeVisible();
});

test('a period that ends before it starts is refused, and the report exports as CSV and passes axe', async ({ page }) => {
  test.setTimeout(180_000);
  await openReports(page);
  await page.getByLabel('From').fill('2026-12-31');
  await page.getByLabel('To').fill('2026-01-01');
  await expect(page.getByRole('alert')).toContainText('ends before it starts');
  await page.getByRole('button', { name: 'This year' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^report-\d{4}-01-01-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Section,Group,Measure,Value');
  expect(text).toContain('Response times,All,Answered,');

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
