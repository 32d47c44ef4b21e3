import { expect, type APIRequestContext, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { e2ePorts } from '../../playwright.config';
import { consoleRequestHeaders } from '../../shared/ipc';

// What the end-to-end specs share: reaching the demo marketplace, opening threads, writing replies,
// and counting what reached the marketplace.

export const consoleHost = `127.0.0.1:${e2ePorts.console}`;
export const demo = `http://127.0.0.1:${e2ePorts.demo}`;

export async function serveConsoleWhileOffline(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.host === consoleHost && !url.pathname.startsWith('/platform/'),
    async (route) => route.fulfill({ response: await route.fetch() }),
  );
}

/** Waits for the inbox, and answers the ids of `count` threads near its top that the shop may answer to the buyer. */
export async function answerableThreads(page: Page, count: number, skip = 0): Promise<string[]> {
  const rows = page.locator('.thread-row:not(:has(.badge.operator))');
  await expect(rows.nth(skip + count)).toBeVisible({ timeout: 30_000 });
  const ids: string[] = [];
  for (let i = skip; i < skip + count; i++) ids.push((await rows.nth(i).getAttribute('data-thread-id')) ?? '');
  return ids;
}

/** Opens a thread from the inbox and answers its view (whose data-shop-id names the shop). */
export async function openThread(page: Page, threadId: string): Promise<Locator> {
  await page.locator(`.thread-row[data-thread-id="${threadId}"]`).click();
  const view = page.locator(`article.thread-view[data-thread-id="${threadId}"]`);
  await expect(view).toBeVisible();
  return view;
}

/**
 * Writes and sends a reply. The threads the specs pick are in any market and their buyers ask questions,
 * so the reply guard may warn (the reply's language, an unanswered question): then Send asks for a
 * reason, and this gives one and sends anyway, as a seller would.
 */
export async function writeReply(view: Locator, body: string): Promise<void> {
  const composer = view.getByRole('region', { name: 'Reply' });
  await composer.getByRole('textbox', { name: 'Your reply' }).fill(body);
  await composer.getByRole('button', { name: 'Send' }).click();
  await sendAnywayIfWarned(view);
}

/**
 * After a send in a thread view: waits until the reply is queued (the reply box empties), refused (an
 * alert, e.g. a full disk), or the guard asks for a reason for its warnings; in the last case gives one
 * and sends anyway (with `keyboard`, by typing it and pressing Ctrl+Enter). Answers whether it was asked.
 */
export async function sendAnywayIfWarned(view: Locator, keyboard?: Page['keyboard']): Promise<boolean> {
  const reason = view.getByRole('textbox', { name: 'Reason' });
  const box = view.getByRole('textbox', { name: 'Your reply' });
  // Never waits for the box: after a send the thread may move on and its box go away mid-poll, and a
  // locator call on a detached element would wait past the poll's own timeout.
  const emptyOrGone = () => box.evaluateAll((boxes) => boxes.every((b) => (b as HTMLTextAreaElement).value === ''));
  await expect
    .poll(async () => (await reason.isVisible()) || (await emptyOrGone()) || (await view.getByRole('alert').count()) > 0, {
      timeout: 15_000,
    })
    .toBe(true);
  if (!(await reason.isVisible())) return false;
  const text = 'Checked by hand: the reply answers the buyer.';
  if (keyboard) {
    await expect(reason).toBeFocused();
    await keyboard.type(text);
    await keyboard.press('Control+Enter');
  } else {
    await reason.fill(text);
    await view.getByRole('button', { name: 'Send anyway' }).click();
  }
  // Queued (the box empties), or refused for another cause the caller checks (an alert, e.g. a full disk).
  await expect
    .poll(async () => (await emptyOrGone()) || (await view.getByRole('alert').count()) > 0, {
      timeout: 15_000,
    })
    .toBe(true);
  return true;
}

/** M12 requests that reached the marketplace for a thread, with their answers. */
export async function repliesReceived(request: APIRequestContext, threadId: string): Promise<number[]> {
  const log = (await (await request.get(`${demo}/__control/requests`)).json()) as {
    requests: { operation: string | null; path: string; status: number }[];
  };
  return log.requests.filter((r) => r.operation === 'M12' && r.path.includes(`/threads/${threadId}/`)).map((r) => r.status);
}

/** The shop's messages with this body in the marketplace's copy of the thread (read through the console's gateway). */
export async function shopMessagesWithBody(request: APIRequestContext, shopId: string, threadId: string, body: string): Promise<number> {
  const response = await request.get(`/platform/${shopId}/api/inbox/threads/${threadId}`, { headers: { ...consoleRequestHeaders } });
  expect(response.ok()).toBe(true);
  const thread = (await response.json()) as { messages: { body: string; from: { type: string } }[] };
  return thread.messages.filter((m) => m.from.type === 'SHOP_USER' && m.body === body).length;
}

/** Sets the demo marketplace's fault rules (an empty list clears them). */
export async function setFaults(request: APIRequestContext, rules: Record<string, unknown>[]): Promise<void> {
  const response = await request.put(`${demo}/__control/faults`, { data: { rules } });
  expect(response.ok(), await response.text()).toBe(true);
}
