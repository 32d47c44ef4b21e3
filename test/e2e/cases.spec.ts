import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { consoleRequestHeaders } from '../../shared/ipc';
import { demo, setFaults } from './console-helpers';

// The Cases view end to end against the demo marketplace: its counts per shop are the marketplace's open
// incidents and returns; a return goes through accept, receive, compliance and close, each write reaching
// the marketplace once and showing in the case's history; an incident is resolved with an RE12 reason; a
// write the marketplace refuses is parked with its reason on the case. The demo is shared by every spec:
// this one takes the newest returns and incidents (no other spec acts on them) and counts only its own
// requests (RT21–RT27 and OR64 to its case's line).

test.afterEach(async ({ request }) => {
  await request.delete(`${demo}/__control/faults`);
});

interface DemoReturn {
  id: string;
  state: string;
  order_id: string;
  order_commercial_id: string;
}
interface DemoOrder {
  order_id: string;
  commercial_id: string;
  order_lines: { order_line_id: string; order_line_state: string }[];
}

/** GET through the console's gateway (the shop's key stays in the gateway). */
async function platform<T>(request: APIRequestContext, shopId: string, path: string): Promise<T> {
  const response = await request.get(`/platform/${shopId}/api/${path}`, { headers: { ...consoleRequestHeaders } });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as T;
}

async function allReturns(request: APIRequestContext, shopId: string): Promise<DemoReturn[]> {
  const all: DemoReturn[] = [];
  let token: string | undefined;
  do {
    const page = await platform<{ data: DemoReturn[]; next_page_token?: string }>(
      request,
      shopId,
      token ? `returns?page_token=${encodeURIComponent(token)}` : 'returns?limit=100',
    );
    all.push(...page.data);
    token = page.next_page_token ?? undefined;
  } while (token);
  return all;
}

async function incidentOrders(request: APIRequestContext, shopId: string): Promise<DemoOrder[]> {
  const all: DemoOrder[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await platform<{ orders: DemoOrder[]; total_count: number }>(
      request,
      shopId,
      `orders?has_incident=true&max=100&offset=${offset}`,
    );
    all.push(...page.orders);
    if (page.orders.length === 0 || offset + page.orders.length >= page.total_count) return all;
  }
}

async function marketplaceCounts(request: APIRequestContext, shopId: string): Promise<{ incident: number; return: number }> {
  const returns = await allReturns(request, shopId);
  const orders = await incidentOrders(request, shopId);
  return {
    incident: orders.flatMap((o) => o.order_lines).filter((l) => l.order_line_state === 'INCIDENT_OPEN').length,
    return: returns.filter((r) => !['CLOSED', 'CANCELED', 'REFUSED'].includes(r.state)).length,
  };
}

async function requestLog(request: APIRequestContext): Promise<{ operation: string | null; path: string; status: number; time: string }[]> {
  return (
    (await (await request.get(`${demo}/__control/requests`)).json()) as {
      requests: { operation: string | null; path: string; status: number; time: string }[];
    }
  ).requests;
}

async function openCases(page: Page): Promise<string[]> {
  await page.goto('/');
  await expect(page.locator('.thread-row').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  const rows = page.locator('.case-counts tbody tr');
  await expect(rows.first()).toBeVisible();
  return Promise.all((await rows.all()).map(async (r) => (await r.getAttribute('data-shop-id')) ?? ''));
}

/** Opens a case by its key, after searching for its order. */
async function openCase(page: Page, key: string, order: string) {
  await page.getByRole('searchbox', { name: 'Search cases' }).fill(order);
  const row = page.locator(`.case-row[data-case-key="${key}"]`);
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.focus();
  await page.keyboard.press('Enter');
  const detail = page.locator(`article.case-detail[data-case-key="${key}"]`);
  await expect(detail).toBeVisible();
  return detail;
}

test('the counts per shop are the marketplace’s open incidents and returns', async ({ page, request }) => {
  test.setTimeout(120_000);
  const shopIds = await openCases(page);
  expect(shopIds.length).toBeGreaterThan(1);
  for (const shopId of shopIds) {
    const row = page.locator(`.case-counts tr[data-shop-id="${shopId}"]`);
    await expect
      .poll(
        async () => {
          const expected = await marketplaceCounts(request, shopId);
          const shown = {
            incident: Number(await row.locator('td[data-kind="incident"]').textContent()),
            return: Number(await row.locator('td[data-kind="return"]').textContent()),
          };
          return JSON.stringify(shown) === JSON.stringify(expected) ? 'equal' : `${JSON.stringify(shown)} vs ${JSON.stringify(expected)}`;
        },
        { timeout: 60_000 },
      )
      .toBe('equal');
  }
});

test('the list is worked with the keyboard as the inbox: / searches, j/k move, Enter opens, Escape goes back', async ({ page }) => {
  await openCases(page);
  const rows = page.locator('.case-list .case-row');
  await expect(rows.nth(2)).toBeVisible();
  // The first sync is still filling the list: wait until its top rows stand still.
  const top = async () => (await rows.evaluateAll((all) => all.slice(0, 4).map((r) => r.getAttribute('data-case-key')))).join(' ');
  let before = '';
  await expect
    .poll(
      async () => {
        const current = await top();
        const still = current === before;
        before = current;
        return still;
      },
      { timeout: 60_000, intervals: [3_000] },
    )
    .toBe(true);
  await page.getByRole('heading', { name: 'Cases', exact: true }).click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search cases' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(rows.nth(1)).toBeFocused();
  const key = (await rows.nth(1).getAttribute('data-case-key')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.locator(`article.case-detail[data-case-key="${key}"] h2`)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('article.case-detail')).toHaveCount(0);
  await expect(page.locator(`.case-row[data-case-key="${key}"]`)).toBeFocused();
});

test('a return is accepted, received, checked and closed, each write reaching the marketplace once', async ({ page, request }) => {
  test.setTimeout(180_000);
  const shopIds = await openCases(page);
  const shopId = shopIds[1] ?? '';
  const waiting = (await allReturns(request, shopId)).filter((r) => r.state === 'WAITING_ACCEPTANCE');
  const ret = waiting[waiting.length - 1];
  if (!ret) throw new Error('The demo shop has no return awaiting acceptance.');
  const since = new Date().toISOString();
  const detail = await openCase(page, `return:${shopId}:${ret.id}`, ret.order_commercial_id);
  const actions = detail.getByRole('region', { name: 'Actions' });
  for (const action of ['Accept the return', 'Mark as received', 'Record compliance', 'Close the return']) {
    await actions.getByRole('button', { name: action }).click();
    const confirm = actions.getByRole('group', { name: `Before it is sent: ${action}` });
    await expect(confirm.locator('.case-effect')).not.toBeEmpty();
    await confirm.getByRole('button', { name: 'Send to the marketplace' }).click();
    await expect(actions.getByRole('status')).toContainText('Queued');
  }
  await expect(actions.getByRole('button')).toHaveCount(0, { timeout: 30_000 });
  await expect
    .poll(async () => (await allReturns(request, shopId)).find((r) => r.id === ret.id)?.state, { timeout: 60_000 })
    .toBe('CLOSED');
  const history = detail.getByRole('region', { name: 'History' });
  for (const action of ['Accept the return', 'Mark as received', 'Record compliance', 'Close the return'])
    await expect(history.locator('li', { hasText: action })).toContainText('reached the marketplace', { timeout: 30_000 });
  const mine = (await requestLog(request)).filter((r) => r.time >= since && ['RT21', 'RT25', 'RT26', 'RT27'].includes(r.operation ?? ''));
  expect(mine.map((r) => `${r.operation} ${r.status}`)).toEqual(['RT21 200', 'RT25 200', 'RT26 200', 'RT27 200']);
});

test('an incident is resolved with a reason; a resolution the marketplace refuses is parked with its reason', async ({ page, request }) => {
  test.setTimeout(180_000);
  const shopIds = await openCases(page);
  const shopId = shopIds[2] ?? shopIds[0] ?? '';
  const open = (await incidentOrders(request, shopId)).flatMap((o) =>
    o.order_lines.filter((l) => l.order_line_state === 'INCIDENT_OPEN').map((l) => ({ order: o, line: l.order_line_id })),
  );
  const [refused, resolved] = open.slice(-2);
  if (!refused || !resolved) throw new Error('The demo shop has too few open incidents.');

  // Refused: the marketplace answers 400 to this line's OR64.
  await setFaults(request, [{ operation: 'OR64', path: refused.line, fault: 'status', status: 400 }]);
  let detail = await openCase(page, `incident:${shopId}:${refused.order.order_id}/${refused.line}`, refused.order.commercial_id);
  let actions = detail.getByRole('region', { name: 'Actions' });
  await actions.getByRole('button', { name: 'Resolve the incident' }).click();
  let confirm = actions.getByRole('group', { name: 'Before it is sent: Resolve the incident' });
  await confirm.getByRole('button', { name: 'Send to the marketplace' }).click();
  await expect(confirm.getByRole('alert')).toContainText('Choose a reason first');
  await confirm.getByRole('combobox', { name: 'Reason' }).selectOption({ index: 1 });
  await confirm.getByRole('button', { name: 'Send to the marketplace' }).click();
  const refusal = detail.locator('.case-refused');
  await expect(refusal).toContainText('The marketplace refused: Resolve the incident', { timeout: 30_000 });
  await expect(refusal).toContainText('Injected fault: 400');
  await expect(detail.getByRole('region', { name: 'History' })).toContainText('refused: ');

  // Resolved: another line, no fault.
  await setFaults(request, []);
  await detail.getByRole('button', { name: 'Back to the list' }).click();
  detail = await openCase(page, `incident:${shopId}:${resolved.order.order_id}/${resolved.line}`, resolved.order.commercial_id);
  actions = detail.getByRole('region', { name: 'Actions' });
  await actions.getByRole('button', { name: 'Resolve the incident' }).click();
  confirm = actions.getByRole('group', { name: 'Before it is sent: Resolve the incident' });
  const reason = confirm.getByRole('combobox', { name: 'Reason' });
  await reason.selectOption({ index: 1 });
  const reasonLabel = (await reason.locator('option:checked').textContent()) ?? '';
  await confirm.getByRole('button', { name: 'Send to the marketplace' }).click();
  await expect(detail.getByRole('region', { name: 'History' }).locator('li', { hasText: reasonLabel })).toContainText(
    'reached the marketplace',
    {
      timeout: 30_000,
    },
  );
  const line = (await incidentOrders(request, shopId)).find((o) => o.order_id === resolved.order.order_id);
  expect(line?.order_lines.find((l) => l.order_line_id === resolved.line)?.order_line_state ?? 'resolved').not.toBe('INCIDENT_OPEN');
  const calls = (await requestLog(request)).filter((r) => r.operation === 'OR64' && r.path.includes(`/lines/${resolved.line}/`));
  expect(calls.map((r) => r.status)).toEqual([204]);
});
