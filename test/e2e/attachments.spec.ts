import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Download, type Locator, type Page } from '@playwright/test';
import { consoleRequestHeaders } from '../../shared/ipc';
import { demo, openThread, serveConsoleWhileOffline } from './console-helpers';

// Attachments end to end in Chromium against the demo marketplace: a seeded photo and a seeded PDF
// return label open in the console's preview (the image decoded, the PDF drawn by pdf.js), a
// download saves the marketplace's bytes under the file's name, an opened file opens again offline
// from the cache, and a file claiming image/png that is not one is offered for download only.

const shopId = 'demo-2001';

interface SeededAttachment {
  id: string;
  name: string;
  size: number;
  threadId: string;
}

/** The shop's attachments as the marketplace lists them (M11 through the console's gateway). */
async function listedAttachments(request: APIRequestContext): Promise<SeededAttachment[]> {
  const found: SeededAttachment[] = [];
  let token: string | null = null;
  do {
    const query: string = token ? `page_token=${encodeURIComponent(token)}` : 'limit=100&with_messages=true';
    const response = await request.get(`/platform/${shopId}/api/inbox/threads?${query}`, { headers: { ...consoleRequestHeaders } });
    expect(response.ok()).toBe(true);
    const page = (await response.json()) as {
      data: { id: string; messages?: { attachments?: { id: string; name: string; size: number }[] }[] }[];
      next_page_token?: string | null;
    };
    for (const thread of page.data)
      for (const message of thread.messages ?? []) for (const a of message.attachments ?? []) found.push({ ...a, threadId: thread.id });
    token = page.next_page_token ?? null;
  } while (token);
  return found;
}

async function marketplaceBytes(request: APIRequestContext, attachmentId: string): Promise<Buffer> {
  const response = await request.get(`/platform/${shopId}/api/inbox/threads/${attachmentId}/download`, {
    headers: { ...consoleRequestHeaders },
  });
  expect(response.ok()).toBe(true);
  return response.body();
}

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** The attachment's row in the open thread (the first, when several messages carry it). */
function attachmentRow(view: Locator, id: string): Locator {
  return view.locator(`.attachment[data-attachment-id="${id}"]`).first();
}

async function waitForInbox(page: Page): Promise<void> {
  await expect(page.locator('.thread-row').first()).toBeVisible({ timeout: 30_000 });
}

test('a photo and a PDF open in the console, download with their bytes, and open again offline', async ({ page, context, request }) => {
  await serveConsoleWhileOffline(context);
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const attachments = await listedAttachments(request);
  const photo = attachments.find((a) => a.name.endsWith('.png'));
  const label = attachments.find((a) => a.name.endsWith('.pdf'));
  if (!photo || !label) throw new Error('The demo seed has no photo or no return label for the shop.');

  await page.goto('/');
  await waitForInbox(page);

  // The photo: a modal dialog named by the file, the image decoded from a blob: URL.
  let view = await openThread(page, photo.threadId);
  const photoRow = attachmentRow(view, photo.id);
  await expect(photoRow).toContainText(photo.name);
  await photoRow.getByRole('button', { name: `Open ${photo.name}` }).click();
  let dialog = page.getByRole('dialog', { name: photo.name });
  await expect(dialog).toBeVisible();
  const image = dialog.getByRole('img', { name: photo.name });
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  // Esc closes it, and the seller is back on the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(photoRow.getByRole('button', { name: `Open ${photo.name}` })).toBeFocused();

  // Download: the marketplace's bytes, under the file's name.
  const [photoDownload] = await Promise.all([
    page.waitForEvent('download'),
    photoRow.getByRole('button', { name: `Download ${photo.name}` }).click(),
  ]);
  expect(photoDownload.suggestedFilename()).toBe(photo.name);
  expect(await downloaded(photoDownload)).toEqual(await marketplaceBytes(request, photo.id));

  // The PDF: its page drawn onto a canvas by pdf.js, with ink on it.
  view = await openThread(page, label.threadId);
  const labelRow = attachmentRow(view, label.id);
  await labelRow.getByRole('button', { name: `Open ${label.name}` }).click();
  dialog = page.getByRole('dialog', { name: label.name });
  await expect(dialog).toBeVisible();
  const pdfPage = dialog.getByRole('img', { name: 'Page 1 of 1' });
  await expect(pdfPage).toBeVisible({ timeout: 15_000 });
  await expect(dialog.locator('.pdf-pages')).toHaveAttribute('data-pdf-state', 'done');
  const ink = await pdfPage.evaluate((canvas: HTMLCanvasElement) => {
    const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128 && (pixels[i + 3] ?? 0) > 0) dark++;
    return { width: canvas.width, dark };
  });
  expect(ink.width).toBeGreaterThan(100);
  expect(ink.dark).toBeGreaterThan(50);
  await page.screenshot({ path: 'test-results/attachments-pdf-preview.png' });
  const [labelDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  expect(labelDownload.suggestedFilename()).toBe(label.name);
  expect(await downloaded(labelDownload)).toEqual(await marketplaceBytes(request, label.id));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Offline, after a reload: what was opened comes from the cache; what was not says so, with a retry.
  await context.setOffline(true);
  await page.reload();
  await waitForInbox(page);
  view = await openThread(page, photo.threadId);
  await attachmentRow(view, photo.id)
    .getByRole('button', { name: `Open ${photo.name}` })
    .click();
  dialog = page.getByRole('dialog', { name: photo.name });
  await expect.poll(() => dialog.getByRole('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  const other = attachments.find((a) => a.id !== photo.id && a.id !== label.id);
  if (!other) throw new Error('The demo seed has only two attachments for the shop.');
  view = await openThread(page, other.threadId);
  const otherRow = attachmentRow(view, other.id);
  await otherRow.getByRole('button', { name: `Download ${other.name}` }).click();
  await expect(otherRow.getByRole('alert')).toContainText(
    'This file is not in the offline copy yet, and the marketplace cannot be reached now.',
  );
  await expect(otherRow.getByRole('button', { name: 'Try again' })).toBeVisible();
  // Nothing the previews did was refused by the page's Content-Security-Policy (pdf.js needs no eval, wasm or plugins).
  expect(cspViolations).toEqual([]);
  await context.setOffline(false);
});

test('a file claiming image/png that is not a PNG is offered for download only', async ({ page, request }) => {
  const [thread] = await listedAttachments(request);
  if (!thread) throw new Error('The demo seed has no attachment for the shop.');
  const html = '<html><body><script>document.title = "ran"</script>not a photo</body></html>';
  const posted = await request.post(`${demo}/__control/buyer-message`, {
    data: {
      threadId: thread.threadId,
      body: 'Przesyłam zdjęcie uszkodzenia.',
      attachments: [{ name: 'zdjecie-podrobione.png', contentType: 'image/png', text: html }],
    },
  });
  expect(posted.status()).toBe(201);

  await page.goto('/');
  await waitForInbox(page);
  const view = await openThread(page, thread.threadId);
  // Opening the thread reads it whole (M10), which brings the new message.
  const row = view.locator('.attachment', { hasText: 'zdjecie-podrobione.png' });
  await expect(row).toBeVisible({ timeout: 15_000 });
  await row.getByRole('button', { name: 'Open zdjecie-podrobione.png' }).click();
  await expect(row.getByRole('status')).toContainText('the content of this file is not what its name or type says');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row.getByRole('button', { name: /^Open / })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: 'Download zdjecie-podrobione.png' }).click(),
  ]);
  expect((await downloaded(download)).toString('utf8')).toBe(html);
  expect(await page.title()).not.toBe('ran');
});
