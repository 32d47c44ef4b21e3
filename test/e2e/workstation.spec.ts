import { chromium, expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { e2ePorts } from '../../playwright.config';
import { chromiumArgs, findChromium } from './chromium';
import { deriveShopKey } from '../../electron/demo-marketplace/seed/shops.seed';
import { demo, openThread, writeReply } from './console-helpers';
import {
  activeProfileRecords,
  createProfile,
  demoShops,
  filesHolding,
  inboxThreads,
  openFirstCase,
  openProfiles,
  seriousViolations,
  switchTo,
  unlock,
  waitForErasure,
} from './workstation-helpers';

// The shared workstation in web mode: profiles with their own data, the lock (PIN checked by the local
// server, data calls refused), a wipe (nothing left on disk), the team's audit log across profiles.

const run = randomUUID().slice(0, 6);
const pin = '2468-lock';
const annaName = `Anna ${run}`;
const benName = `Ben ${run}`;
const baseURL = `http://127.0.0.1:${e2ePorts.console}`;

test.describe.configure({ mode: 'serial' });
// axe-core is injected into the page, which the console's CSP would refuse: bypassed in these contexts only.
test.use({ bypassCSP: true });

test.afterAll(async ({ request }) => {
  // A reply was sent to the demo marketplace: leave it as the next specs expect it.
  expect((await request.post(`${demo}/__control/reset`)).ok()).toBe(true);
  expect((await request.delete(`${demo}/__control/requests`)).ok()).toBe(true);
});

test('profile B never sees profile A’s threads or drafts; a locked profile shows no buyer data and its data calls are refused until unlocked', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await inboxThreads(page);
  const shops = await demoShops(page);
  expect(shops.length).toBeGreaterThan(1);
  const [shopA, shopB] = [shops[0]!, shops[1]!];
  await createProfile(page, annaName, { pin, onlyShop: shopA.label });
  await createProfile(page, benName, { onlyShop: shopB.label });

  await switchTo(page, annaName, pin);
  const annaThreads = await inboxThreads(page);
  expect(new Set(annaThreads.map((t) => t.shop))).toEqual(new Set([shopA.id]));
  const draft = `Draft of Anna ${run}`;
  const view = await openThread(page, annaThreads[0]!.id);
  await view.getByRole('textbox', { name: 'Your reply' }).fill(draft);
  await expect.poll(() => page.evaluate(() => document.title)).not.toBe('');

  // Locked by the button: the console is unmounted, the title is neutral, the host refuses A's calls.
  await page.waitForTimeout(1500); // the draft is saved shortly after typing
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Profile “${annaName}” is locked` })).toBeVisible();
  await expect(page.locator('.thread-row')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(draft);
  expect(await page.title()).toBe('Seller Console');
  expect(await seriousViolations(page), 'lock screen').toEqual([]);
  const profileId = await page.evaluate(() => sessionStorage.getItem('seller-console:active-profile'));
  const refused = await page.evaluate(
    async ([shop, profile]) =>
      (await fetch(`/platform/${shop}/api/inbox/threads`, { headers: { 'x-console-request': '1', 'x-console-profile': profile ?? '' } }))
        .status,
    [shopA.id, profileId] as const,
  );
  expect(refused).toBe(423);
  const wrongPin = page.getByLabel('PIN or passphrase');
  await wrongPin.fill('0000');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('That PIN is not right.');
  await unlock(page, annaName, pin);
  await inboxThreads(page);
  await openThread(page, annaThreads[0]!.id);
  await expect(page.getByRole('textbox', { name: 'Your reply' })).toHaveValue(draft);
  // Locked by the shortcut, then unlocked again.
  await page.keyboard.press('Control+Alt+L');
  await expect(page.locator('.thread-row')).toHaveCount(0);
  await unlock(page, annaName, pin);
  await inboxThreads(page);

  // B sees only its shop's threads, none of A's, and not A's draft.
  await switchTo(page, benName);
  const benThreads = await inboxThreads(page);
  expect(new Set(benThreads.map((t) => t.shop))).toEqual(new Set([shopB.id]));
  expect(benThreads.map((t) => t.id)).not.toContain(annaThreads[0]!.id);
  await expect(page.locator(`.thread-row[data-shop-id="${shopA.id}"]`)).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(draft);
  const benDatabase = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(benDatabase).toContain(`seller-console:${await page.evaluate(() => sessionStorage.getItem('seller-console:active-profile'))}`);
});

test('the audit log records a reply sent by A, a case changed by B, and a shop connected and removed, and exports them as CSV', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await inboxThreads(page);
  await switchTo(page, annaName, pin);
  const [thread] = await inboxThreads(page);
  const view = await openThread(page, thread!.id);
  await writeReply(view, `Thank you, we are on it (${run}).`);
  // Sent (the outbox marked it) before this window leaves Anna: "Reply sent" is recorded by her window.
  const sent = async () =>
    (await activeProfileRecords<{ threadId?: string; state: string }>(page, 'outbox')).some(
      (i) => i.threadId === thread!.id && i.state === 'sent',
    );
  await expect.poll(sent, { timeout: 30_000 }).toBe(true);

  await switchTo(page, benName);
  await inboxThreads(page);
  const { caseKey, detail } = await openFirstCase(page);
  await detail.getByLabel('Person responsible').fill(benName);
  await detail.getByRole('button', { name: 'Save' }).click();

  // The Default profile (which may use every shop, so it lists the one it connects) connects a shop
  // (the demo's first, by its key) and disconnects it again: both are in the log.
  await switchTo(page, 'Default');
  await page.getByRole('button', { name: 'Shops' }).click();
  const form = page.getByRole('form', { name: 'Connect a Mirakl shop' });
  await form.getByLabel('Name').fill(`Audit shop ${run}`);
  await form.getByLabel('Marketplace address').fill(demo);
  await form.getByLabel('Shop API key').fill(deriveShopKey('demo', 2001));
  await form.getByRole('button', { name: 'Connect' }).click();
  const connected = page.locator('.shop-list > li', { hasText: `Audit shop ${run}` });
  await expect(connected).toBeVisible({ timeout: 30_000 });
  await connected.getByRole('button', { name: 'Disconnect' }).click();
  await expect(connected).toHaveCount(0, { timeout: 30_000 });

  await page.getByRole('button', { name: 'Audit log' }).click();
  const log = page.getByRole('dialog', { name: 'Audit log' });
  await expect(log.locator('tr', { hasText: 'Shop connected' }).filter({ hasText: `Audit shop ${run}` })).toContainText('Default', {
    timeout: 15_000,
  });
  await expect(log.locator('tr', { hasText: 'Shop removed' }).filter({ hasText: 'Default' }).first()).toBeVisible();
  await expect(
    log.locator('tr', { hasText: 'Case changed' }).filter({ hasText: caseKey }).filter({ hasText: benName }).first(),
  ).toBeVisible({
    timeout: 15_000,
  });
  // Anna's lines (another profile may have written to the same demo thread in an earlier spec).
  const annaLine = (action: string) =>
    log
      .locator('tr', { hasText: action })
      .filter({ hasText: `${thread!.shop}/${thread!.id}` })
      .filter({ hasText: annaName });
  await expect(annaLine('Reply sent')).toHaveCount(1);
  // Queued, then sent once the marketplace accepted it (the outbox marked it sent).
  await expect(annaLine('Reply queued')).toHaveCount(1);
  expect(await seriousViolations(page), 'audit log').toEqual([]);
  const download = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Export as CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv).toContain(`${benName},Case changed,${caseKey}`);
  expect(csv).toContain(`${annaName},Reply sent,${thread!.shop}/${thread!.id}`);
});

test('a thread’s assignment and internal notes are shared across profiles, with who is answering it and the assignee’s filters; a note never reaches the buyer', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  const shops = await demoShops(page);
  const threads = await inboxThreads(page);
  const thread = threads.find((t) => t.shop === shops[0]!.id)!;
  const view = await openThread(page, thread.id);
  const draft = `Draft by Default ${run}`;
  await view.getByRole('textbox', { name: 'Your reply' }).fill(draft);
  const team = page.getByRole('region', { name: 'Team' });
  const note = `Internal: buyer phoned about this (${run})`;
  await team.getByLabel('New internal note').fill(note);
  await team.getByRole('button', { name: 'Add note' }).click();
  await expect(team.getByRole('listitem').filter({ hasText: note })).toBeVisible();
  await team.getByLabel('Assigned to').selectOption({ label: annaName });
  await expect(team.getByLabel('Assigned to')).toHaveValue(/^p-/);
  expect(await seriousViolations(page), 'team panel and profiles').toEqual([]);
  // The note is not in the reply box, and nothing was sent.
  await expect(view.getByRole('textbox', { name: 'Your reply' })).toHaveValue(draft);

  const other = await browser.newContext({ baseURL, bypassCSP: true });
  try {
    const annaPage = await other.newPage();
    await annaPage.goto('/');
    await inboxThreads(annaPage);
    await switchTo(annaPage, annaName, pin);
    await inboxThreads(annaPage);
    await openThread(annaPage, thread.id);
    const annaTeam = annaPage.getByRole('region', { name: 'Team' });
    await expect(annaTeam.getByRole('status')).toContainText('Being answered by Default', { timeout: 30_000 });
    await expect(annaTeam.getByRole('listitem').filter({ hasText: note })).toBeVisible();
    await expect(annaTeam.getByLabel('Assigned to').locator('option:checked')).toHaveText(annaName);
    await expect(annaPage.getByRole('textbox', { name: 'Your reply' })).not.toHaveValue(draft);
    // Anna's inbox: "Assigned to me" shows that thread alone; "Unassigned" shows the others, not it.
    const state = annaPage.getByLabel('State', { exact: true });
    await state.selectOption({ label: 'Assigned to me' });
    await expect(annaPage.locator('.thread-row')).toHaveCount(1);
    await expect(annaPage.locator(`.thread-row[data-thread-id="${thread.id}"]`)).toBeVisible();
    await annaPage.getByRole('button', { name: 'Clear filters' }).click();
    await state.selectOption({ label: 'Unassigned' });
    await expect(annaPage.locator(`.thread-row[data-thread-id="${thread.id}"]`)).toHaveCount(0);
    await expect(annaPage.locator('.thread-row').first()).toBeVisible();
    await annaPage.getByRole('button', { name: 'Clear filters' }).click();
  } finally {
    await other.close();
  }
  // Leave no draft behind; the note never reached the marketplace.
  await view.getByRole('textbox', { name: 'Your reply' }).fill('');
  const log = (await (await request.get(`${demo}/__control/requests`)).json()) as { requests: { body?: unknown }[] };
  expect(JSON.stringify(log)).not.toContain(note);
});

test('a case’s assignment is shared across profiles: Default assigns one of Ben’s cases to Ben, who finds it under "Assigned to me"; the audit log records it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await inboxThreads(page);
  const shopB = (await demoShops(page))[1]!;
  const { caseKey, detail } = await openFirstCase(page, shopB.id);
  await detail.getByLabel('Case assigned to').selectOption({ label: benName });
  const assignedRow = page.locator(`.case-row[data-case-key="${caseKey}"]`);
  await expect(assignedRow).toContainText(`Assigned to ${benName}`, { timeout: 15_000 });
  await expect(detail.getByLabel('Case assigned to').locator('option:checked')).toHaveText(benName);
  expect(await seriousViolations(page), 'case assignment').toEqual([]);

  await switchTo(page, benName);
  await inboxThreads(page);
  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  const team = page.getByRole('group', { name: 'Team', exact: true });
  await team.getByLabel('Assigned to me').check();
  await expect(page.locator('.case-row')).toHaveCount(1, { timeout: 30_000 });
  await expect(assignedRow).toContainText(`Assigned to ${benName}`);
  await team.getByLabel('Assigned to me').uncheck();
  await team.getByLabel('Unassigned').check();
  await expect(assignedRow).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByRole('button', { name: 'Audit log' }).click();
  const log = page.getByRole('dialog', { name: 'Audit log' });
  const line = log.locator('tr', { hasText: 'Case assigned' }).filter({ hasText: caseKey });
  await expect(line).toContainText('Default', { timeout: 15_000 });
  await expect(line).toContainText(benName);
});

test('after a wipe, a draft once stored in the profile is found nowhere in the browser profile on disk', async () => {
  test.setTimeout(240_000);
  const userDataDir = await mkdtemp(join(tmpdir(), 'console-wipe-'));
  const unique = `WIPE-ME-${randomUUID()}`;
  const name = `Wiped ${run}`;
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      args: [...chromiumArgs],
      headless: true,
      baseURL,
      acceptDownloads: false,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await inboxThreads(page);
    const shops = await demoShops(page);
    await createProfile(page, name, { onlyShop: shops[2]?.label ?? shops[0]!.label });
    await switchTo(page, name);
    const [thread] = await inboxThreads(page);
    const view = await openThread(page, thread!.id);
    await view.getByRole('textbox', { name: 'Your reply' }).fill(unique);
    // The draft is stored in the profile's database.
    await expect.poll(async () => (await activeProfileRecords<{ body: string }>(page, 'drafts')).some((d) => d.body === unique)).toBe(true);
    // Flushed to disk before the wipe (the browser writes IndexedDB lazily): a reload closes the database.
    await page.reload();
    await inboxThreads(page);
    expect((await filesHolding(userDataDir, unique)).length).toBeGreaterThan(0);

    const dialog = await openProfiles(page);
    await dialog.getByRole('button', { name: 'Wipe this profile…' }).click();
    await dialog.getByRole('group').getByRole('button', { name: 'Wipe for good' }).click();
    await expect(page.getByRole('button', { name: 'Profile: Default' })).toBeVisible({ timeout: 30_000 });
    await inboxThreads(page);
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names.filter((n) => n?.startsWith('seller-console:p-'))).toEqual([]);
    await waitForErasure(page, userDataDir, unique);
    await context.close();
    expect(await filesHolding(userDataDir, unique)).toEqual([]);
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});
