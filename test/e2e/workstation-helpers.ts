import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

// The workstation spec's steps: the profiles dialog, switching and unlocking, the inbox's threads,
// and searching a browser profile's files on disk.

/** axe's serious and critical violations on the page now (rule and first targets). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

export async function openProfiles(page: Page) {
  await page.getByRole('button', { name: /^Profile: / }).click();
  const dialog = page.getByRole('dialog', { name: 'Profiles on this computer' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Creates a profile from the open one's dialog, limited to `shopIds` when given. */
export async function createProfile(page: Page, name: string, options: { pin?: string; onlyShop?: string } = {}) {
  const dialog = await openProfiles(page);
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  if (options.pin) await dialog.getByLabel(/^PIN or passphrase/).fill(options.pin);
  if (options.onlyShop) {
    for (const box of await dialog.getByRole('group', { name: 'Shops this profile may use' }).getByRole('checkbox').all()) {
      const label = (await box.evaluate((el) => el.parentElement?.textContent ?? '')) ?? '';
      if ((await box.isChecked()) !== label.includes(options.onlyShop)) await box.click();
    }
  }
  await dialog.getByRole('button', { name: 'Create profile' }).click();
  await expect(dialog.getByRole('status')).toContainText(`Profile “${name}” created.`);
  await dialog.getByRole('button', { name: 'Close' }).click();
}

/** Switches this window to profile `name` (unlocking it with `withPin` when it has one) and waits for its inbox. */
export async function switchTo(page: Page, name: string, withPin?: string) {
  const dialog = await openProfiles(page);
  await dialog.getByRole('button', { name: `Switch to ${name}` }).click();
  if (withPin) await unlock(page, name, withPin);
  await expect(page.getByRole('button', { name: `Profile: ${name}` })).toBeVisible({ timeout: 30_000 });
}

export async function unlock(page: Page, name: string, withPin: string) {
  await expect(page.getByRole('heading', { name: `Profile “${name}” is locked` })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('PIN or passphrase').fill(withPin);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

export async function inboxThreads(page: Page) {
  const rows = page.locator('.thread-row');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  return rows.evaluateAll((els) =>
    els.map((el) => ({ shop: el.getAttribute('data-shop-id') ?? '', id: el.getAttribute('data-thread-id') ?? '' })),
  );
}

/** Opens the Cases view and its first case (of `shopId` when given): the case's key and its detail. */
export async function openFirstCase(page: Page, shopId?: string) {
  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  const row = page.locator(shopId ? `.case-row[data-shop-id="${shopId}"]` : '.case-row').first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  const caseKey = (await row.getAttribute('data-case-key')) ?? '';
  await row.click();
  return { caseKey, detail: page.locator(`article.case-detail[data-case-key="${caseKey}"]`) };
}

/** The demo shops' labels, as the create form lists them. */
export async function demoShops(page: Page): Promise<{ id: string; label: string }[]> {
  return page.evaluate(async () => {
    const response = await fetch('/ipc/shops%3Alist', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-console-request': '1' },
      body: '{}',
    });
    const result = (await response.json()) as { value: { id: string; label: string }[] };
    return result.value;
  });
}

/** Every file under `dir`, recursively. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

export async function filesHolding(dir: string, text: string): Promise<string[]> {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  const hits: string[] = [];
  for (const file of await filesUnder(dir)) {
    if ((await stat(file)).size > 200 * 1024 * 1024) continue;
    const bytes = await readFile(file);
    if (needles.some((needle) => bytes.includes(needle))) hits.push(file);
  }
  return hits;
}

/**
 * Waits (up to `seconds`, the page open) until no file under `dir` holds `text`: Chromium deletes a
 * database at once but erases its bytes from the LevelDB files when it compacts them, a little later
 * (a wiped draft was seen once still in the .log at close). The caller asserts afterwards.
 */
export async function waitForErasure(page: Page, dir: string, text: string, seconds = 30): Promise<void> {
  for (let waited = 0; waited < seconds && (await filesHolding(dir, text)).length > 0; waited++) await page.waitForTimeout(1_000);
}

/** Every record of `store` in the open profile's database (`seller-console:<active profile>`). */
export async function activeProfileRecords<T>(page: Page, store: string): Promise<T[]> {
  const database = `seller-console:${await page.evaluate(() => sessionStorage.getItem('seller-console:active-profile'))}`;
  return page.evaluate(
    ([db, name]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            open.result.close();
          };
        };
      }),
    [database, store] as const,
  );
}
