import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { expect, test, type Page } from '@playwright/test';
import type { UiLanguage, UiMessage } from '../../renderer/src/ui/i18n';
import { answerableThreads, openThread } from './console-helpers';

// Switching the console to each of its other languages leaves no English on the main screens: the
// rendered text is scanned against the English catalogue, built here from every *.messages.ts of the
// renderer (the same files the app's catalogue collects).

const rendererSource = fileURLToPath(new URL('../../renderer/src', import.meta.url));

function messagesFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return messagesFiles(path);
    return entry.name.endsWith('.messages.ts') ? [path] : [];
  });
}

async function englishCatalogue(): Promise<UiMessage[]> {
  const files = messagesFiles(rendererSource);
  const modules = await Promise.all(
    files.map(async (file) => (await import(pathToFileURL(file).href)) as { messages?: Record<string, UiMessage> }),
  );
  const all = modules.flatMap((module, index) => {
    if (!module.messages) throw new Error(`${relative(rendererSource, files[index] ?? '')} exports no \`messages\``);
    return Object.values(module.messages);
  });
  expect(all.length).toBeGreaterThan(100);
  return all;
}

/** What to look for of an English message: its whole text, or, with arguments, its literal parts of 12 or more characters. */
interface Needle {
  id: string;
  /** The message without arguments: matched as a whole text (or inside a longer text when 12+ characters). */
  whole: string | null;
  parts: string[];
}

function needlesFor(messages: readonly UiMessage[], language: UiLanguage): Needle[] {
  return messages
    .filter((m) => m.translations[language] !== m.translations.en)
    .map((m) => {
      const elements = parse(m.translations.en);
      const literal = elements.every((e) => e.type === TYPE.literal);
      const parts = elements
        .filter((e) => e.type === TYPE.literal)
        .map((e) => (e.type === TYPE.literal ? e.value.trim() : ''))
        .filter((text) => text.length >= 12);
      return { id: m.id, whole: literal ? m.translations.en.trim() : null, parts };
    });
}

/**
 * The regions scanned: everything of the main screens whose text is converted. The inbox list
 * (`.thread-list`) and the thread view (`article.thread-view`, with the countdowns) join this list when
 * their conversion lands; the composer and the thread's outbox inside the thread view are scanned already.
 */
const scannedRegions = ['header.top-bar', 'section.thread-list', 'article.thread-view', 'footer.status-bar', 'main.view-scroll'];

/** Every text node and every accessible text attribute in the scanned regions, each trimmed. */
async function renderedTexts(page: Page): Promise<string[]> {
  return page.evaluate((selectors) => {
    const texts: string[] = [];
    for (const root of selectors.flatMap((s) => Array.from(document.querySelectorAll(s)))) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
        else
          for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
            const value = (node as Element).getAttribute(name);
            if (value) texts.push(value);
          }
      }
    }
    return texts.map((t) => t.trim()).filter((t) => t.length > 0);
  }, scannedRegions);
}

/** The English messages found in the scanned regions, as "id: text". */
async function englishLeft(page: Page, needles: readonly Needle[]): Promise<string[]> {
  const texts = await renderedTexts(page);
  const found: string[] = [];
  for (const needle of needles) {
    const hit = texts.find(
      (text) =>
        (needle.whole !== null && (text === needle.whole || (needle.whole.length >= 12 && text.includes(needle.whole)))) ||
        needle.parts.some((part) => text.includes(part)),
    );
    if (hit !== undefined) found.push(`${needle.id}: ${hit}`);
  }
  return found;
}

function text(messages: readonly UiMessage[], id: string, language: UiLanguage): string {
  const message = messages.find((m) => m.id === id);
  if (!message) throw new Error(`no message ${id}`);
  return message.translations[language];
}

for (const language of ['pl', 'lv', 'pt', 'hr'] as const) {
  test(`in ${language}, the main screens show no English message`, async ({ page }) => {
    const catalogue = await englishCatalogue();
    const needles = needlesFor(catalogue, language);
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Language' }).selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    // The inbox with a thread open, its composer and the status bar.
    const [threadId] = await answerableThreads(page, 1);
    const view = await openThread(page, threadId ?? '');
    await expect(view.locator('section.composer textarea')).toBeVisible();
    await expect(page.locator('footer.status-bar')).toContainText(text(catalogue, 'status.online', language));
    // Scanning before the first sync has finished also covers the loading texts; the poll waits for any late one.
    await expect.poll(() => englishLeft(page, needles)).toEqual([]);

    // Shops.
    await page.getByRole('button', { name: text(catalogue, 'app.navShops', language), exact: true }).click();
    await expect(page.getByRole('form', { name: text(catalogue, 'settings.connectTitle', language) })).toBeVisible();
    await expect(page.getByRole('heading', { name: text(catalogue, 'settings.pollTitle', language) })).toBeVisible();
    expect(await englishLeft(page, needles)).toEqual([]);
    // A refused form says so in the language too.
    await page.getByRole('button', { name: text(catalogue, 'settings.connect', language), exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(text(catalogue, 'settings.nameMissing', language));
    expect(await englishLeft(page, needles)).toEqual([]);

    // Diagnostics.
    await page.getByRole('button', { name: text(catalogue, 'app.navDiagnostics', language), exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: text(catalogue, 'diagnostics.title', language) })).toBeVisible();
    await expect(page.locator('.diagnostics table').first()).toBeVisible();
    expect(await englishLeft(page, needles)).toEqual([]);

    // Cases, with a return's detail and the confirm step of its first action.
    await page.getByRole('button', { name: text(catalogue, 'app.navCases', language), exact: true }).click();
    await page.locator('.case-row[data-kind="return"]').first().click();
    await expect(page.locator('article.case-detail')).toBeVisible();
    await page.locator('.case-actions button').first().click();
    await expect(page.locator('.case-confirm')).toBeVisible();
    expect(await englishLeft(page, needles)).toEqual([]);
  });
}

test('the chosen language survives a reload', async ({ page }) => {
  await page.goto('/');
  const select = page.getByRole('combobox', { name: 'Language' });
  await select.selectOption('hr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hr');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hr');
  await expect(page.getByRole('combobox', { name: 'Jezik' })).toHaveValue('hr');
  await expect(page.getByRole('button', { name: 'Dijagnostika', exact: true })).toBeVisible();
});

test.describe('with a Polish browser and no choice made', () => {
  test.use({ locale: 'pl-PL' });

  test('the console starts in Polish', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    const select = page.getByRole('combobox', { name: 'Język' });
    await expect(select).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Sklepy', exact: true })).toBeVisible();
    await expect(page.locator('footer.status-bar')).toContainText('Nic nie czeka na wysłanie');
  });
});
