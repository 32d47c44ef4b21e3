// The console as a seller has it open: headless Chromium on the web-mode console, driven through
// its UI (rows, composer) and watched from outside (console errors, JS heap over CDP, the IndexedDB
// cache read with the bare API so the soak never goes through the code it is checking).
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/chromium';

export interface ConsoleProblem {
  at: number;
  kind: 'console' | 'pageerror';
  text: string;
  /**
   * 'gateway failure': Chromium's own log of a gateway request that failed the way an injected
   * fault makes one fail (5xx, 429, no answer), expected during a fault burst only; 'favicon': the
   * browser's request of /favicon.ico (the console's page declares no icon, so it is a 404);
   * null: anything else (the app's console.error, an uncaught error).
   */
  source: 'gateway failure' | 'favicon' | null;
}

/** Per shop and thread, as the cache holds it: message count recorded and message rows stored. */
export interface CachedThread {
  shopId: string;
  id: string;
  dateUpdated: string;
  messageCount: number;
  storedMessages: number;
}

export interface CacheSnapshot {
  database: string;
  threads: CachedThread[];
  /** Outbox items by state (queued, sending, unknown, sent, parked). */
  outbox: Record<string, number>;
}

// Chromium logs every failed fetch as a console error ("Failed to load resource: ... status of 503").
// During fault bursts those are the faults themselves, not the console misbehaving, so they are
// told apart here and judged against the bursts' times by the checks.
const faultLike = /^Failed to load resource: (the server responded with a status of (5\d\d|429)|net::ERR_)/;

export class SoakConsole {
  readonly problems: ConsoleProblem[] = [];

  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /** Opens the console in headless Chromium and waits for its inbox (first sync, at most 60 s). */
  static async open(consoleUrl: string): Promise<SoakConsole> {
    const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...chromiumArgs] });
    try {
      const page = await browser.newContext().then((context) => context.newPage());
      const cdp = await page.context().newCDPSession(page);
      const opened = new SoakConsole(browser, page, cdp);
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        const url = message.location().url;
        const source =
          faultLike.test(text) && url.includes('/platform/')
            ? 'gateway failure'
            : /\/favicon\.ico$/.test(url) && text.includes('404')
              ? 'favicon'
              : null;
        opened.problems.push({ at: Date.now(), kind: 'console', text: `${text} ${url}`.trim(), source });
      });
      page.on('pageerror', (error) =>
        opened.problems.push({ at: Date.now(), kind: 'pageerror', text: error.stack ?? error.message, source: null }),
      );
      await page.goto(`${consoleUrl}/`);
      await page.locator('.thread-row').first().waitFor({ timeout: 60_000 });
      return opened;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** The renderer's used JS heap in bytes after forced garbage collections (CDP). */
  async heapUsed(): Promise<number> {
    // Twice: objects freed by the first collection's finalizers go in the second.
    for (let i = 0; i < 2; i++) await this.cdp.send('HeapProfiler.collectGarbage');
    const usage = (await this.cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  }

  /**
   * Sends a reply the way a seller does: opens the thread from the inbox, checks the composer
   * writes to the buyer, types the body into "Your reply", clicks Send, and waits until the
   * composer is empty again (the reply is then stored in the outbox). Throws when a step does not
   * happen within `timeoutMs`; returns false when the thread turned out not to be answerable.
   */
  async sendReply(threadId: string, body: string, timeoutMs = 15_000): Promise<boolean> {
    const { page } = this;
    await page.locator(`.thread-row[data-thread-id="${threadId}"]`).click({ timeout: timeoutMs });
    const view = page.locator(`article.thread-view[data-thread-id="${threadId}"]`);
    await view.waitFor({ timeout: timeoutMs });
    const composer = view.getByRole('region', { name: 'Reply' });
    await composer.waitFor({ timeout: timeoutMs });
    if ((await composer.locator('.recipients', { hasText: 'To: the buyer' }).count()) === 0) return false;
    const text = composer.getByRole('textbox', { name: 'Your reply' });
    await text.fill(body, { timeout: timeoutMs });
    await composer.getByRole('button', { name: 'Send' }).click({ timeout: timeoutMs });
    // Emptied only after the outbox transaction committed (Composer.tsx clears the draft then). When the
    // reply guard warns (the reply's language, a buyer's question), Send asks for a reason: given once.
    const reason = composer.getByRole('textbox', { name: 'Reason' });
    let reasoned = false;
    const deadline = Date.now() + timeoutMs;
    while ((await text.inputValue({ timeout: timeoutMs })) !== '') {
      if (Date.now() > deadline) throw new Error(`The composer still holds the reply ${timeoutMs} ms after Send.`);
      if (!reasoned && (await reason.isVisible())) {
        await reason.fill('Soak test: the reply is sent as written.');
        await composer.getByRole('button', { name: 'Send anyway' }).click({ timeout: timeoutMs });
        reasoned = true;
      }
      await page.waitForTimeout(100);
    }
    return true;
  }

  /**
   * Reads the cache with the bare IndexedDB API. The database is found by name: exactly
   * `seller-console:default` (one database per profile) when present, else the one named
   * `seller-console:default:<shop ids>` (one per profile and shop set, the layout before that
   * change), so the soak works on both. Null when neither exists yet. Never opens a missing
   * database (a version-less open would create an empty one under the console's name).
   */
  async readCache(): Promise<CacheSnapshot | null> {
    // No named helpers inside the callback: tsx (esbuild keepNames) would wrap them in a __name()
    // call that does not exist in the page.
    return this.page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name ?? '');
      const name = names.find((n) => n === 'seller-console:default') ?? names.find((n) => n.startsWith('seller-console:default:'));
      if (!name) return null;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      try {
        const stores = ['threads', 'messages', 'outbox'];
        if (!stores.every((s) => db.objectStoreNames.contains(s))) return null;
        // One read-only transaction: threads, message keys and outbox as of one instant.
        const [threads, keys, outboxItems] = await new Promise<[unknown[], IDBValidKey[], unknown[]]>((resolve, reject) => {
          const tx = db.transaction(stores, 'readonly');
          const t = tx.objectStore('threads').getAll();
          // Message keys are [shopId, threadId, messageId]: counting keys avoids loading every body.
          const k = tx.objectStore('messages').getAllKeys();
          const o = tx.objectStore('outbox').getAll();
          tx.oncomplete = () => resolve([t.result, k.result, o.result]);
          tx.onerror = () => reject(tx.error ?? new Error('read failed'));
          tx.onabort = () => reject(tx.error ?? new Error('read aborted'));
        });
        const stored = new Map<string, number>();
        for (const [shopId, threadId] of keys as [string, string, string][])
          stored.set(`${shopId}\u0000${threadId}`, (stored.get(`${shopId}\u0000${threadId}`) ?? 0) + 1);
        const outbox: Record<string, number> = {};
        for (const item of outboxItems as { state: string }[]) outbox[item.state] = (outbox[item.state] ?? 0) + 1;
        return {
          database: name,
          threads: (threads as { shopId: string; id: string; dateUpdated: string; messageCount: number }[]).map((t) => ({
            shopId: t.shopId,
            id: t.id,
            dateUpdated: t.dateUpdated,
            messageCount: t.messageCount,
            storedMessages: stored.get(`${t.shopId}\u0000${t.id}`) ?? 0,
          })),
          outbox,
        };
      } finally {
        db.close();
      }
    });
  }

  /** The status bar's text (e.g. "Nothing waiting to send"), for the report. */
  async statusText(): Promise<string> {
    return (await this.page.getByRole('contentinfo', { name: 'Console status' }).innerText({ timeout: 5_000 })).replace(/\s+/g, ' ');
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
