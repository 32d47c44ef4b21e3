// The page-side half of the inbox-at-scale bench, as plain JavaScript installed with addInitScript
// (no bundling, and nothing a TypeScript transform could add to code that runs in the page). It
// records when the first inbox row appears after each navigation, and offers the bench:
// - seedInboxCache: 100,000 threads (and a message each) written straight into the profile's cache,
// - firstThreadsRaw: the bare IndexedDB read of the first 50 threads (the first rows' baseline),
// - repaint: the time from a change of a control until the list changed and the next frame came,
// - scrollWhole: the whole list scrolled through, with the long tasks seen meanwhile.

/** The script; `window.inboxBench` holds its functions. */
export const inboxScalePage = String.raw`
(() => {
  const bench = (window.inboxBench = { firstRowAt: null, longTasks: [] });
  new MutationObserver((_records, observer) => {
    if (bench.firstRowAt === null && document.querySelector('.thread-row')) {
      bench.firstRowAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}

  const open = (name) =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  const first = (store) =>
    new Promise((resolve, reject) => {
      const request = store.openCursor();
      request.onsuccess = () => resolve(request.result ? request.result.value : undefined);
      request.onerror = () => reject(request.error);
    });

  /**
   * THE seeding helper (adapt it here when the cache's records change): copies of a thread the sync
   * stored, across the connected shops, with their deadlines spread from 3 days overdue to 10 days
   * ahead (a third answered), and up to messagesPerThread copies of a stored message each in the
   * thread's messages record (threadMessages) with the search tokens 'tokens[i]' (inbox-scale-search.ts
   * makes them with the product's searchTokens from the same texts; writeSegments then writes the
   * postings). The texts: seededTexts in inbox-scale-search.ts (keep both in step). Written in
   * transactions of 5,000 threads.
   */
  bench.seedInboxCache = async (dbName, shopIds, count, messagesPerThread, tokens) => {
    const db = await open(dbName);
    const template = await first(db.transaction('threads').objectStore('threads'));
    const hasMessages = db.objectStoreNames.contains('threadMessages');
    const stored = hasMessages ? await first(db.transaction('threadMessages').objectStore('threadMessages')) : undefined;
    const message = stored?.messages?.[0];
    if (!template) throw new Error('No thread in the cache to copy.');
    const now = Date.now();
    const hour = 3600 * 1000;
    for (let start = 0; start < count; start += 5000) {
      const stores = message ? ['threads', 'threadMessages'] : ['threads'];
      const tx = db.transaction(stores, 'readwrite');
      const threads = tx.objectStore('threads');
      const messages = message ? tx.objectStore('threadMessages') : null;
      for (let i = start; i < Math.min(count, start + 5000); i += 1) {
        const shopId = shopIds[i % shopIds.length];
        const id = 'bench-' + i;
        const answered = i % 3 === 0;
        const due = new Date(now - 72 * hour + ((i * 7919) % (13 * 24)) * hour).toISOString();
        const updated = new Date(now - ((i * 104729) % (60 * 24)) * 60 * 1000).toISOString();
        threads.put({
          ...template,
          shopId,
          id,
          topic: 'Bench question ' + (i % 97),
          customerName: 'Buyer ' + i,
          orderId: 'BENCH' + i + '-A',
          orderLabel: 'BENCH' + i + '-A',
          replyState: answered ? 'answered' : 'waiting',
          dueAt: answered ? undefined : due,
          replyNeededSince: answered ? undefined : updated,
          dateUpdated: updated,
          lastMessageAt: updated,
          messageCount: messagesPerThread,
          entityId: 'BENCH' + i + '-A',
        });
        if (messages) {
          const body = 'Dzień dobry, kiedy wyślecie zamówienie BENCH' + i + '-A? Pozdrawiam, Buyer ' + i;
          messages.put({
            shopId,
            threadId: id,
            messages: Array.from({ length: messagesPerThread }, (_, m) => ({
              ...message,
              shopId,
              threadId: id,
              id: id + '-m' + m,
              dateCreated: updated,
              body,
            })),
            tokens: tokens[i],
          });
        }
      }
      await done(tx);
    }
    db.close();
  };

  /** Writes search segments (records of the searchSegments store, made by the product's searchSegments) in one transaction. */
  bench.writeSegments = async (dbName, segments) => {
    const db = await open(dbName);
    const tx = db.transaction('searchSegments', 'readwrite');
    for (const segment of segments) tx.objectStore('searchSegments').put(segment);
    await done(tx);
    db.close();
  };

  /** The bare IndexedDB read of the first 50 threads by deadline (the [shopId+dueAt] index: a shop's earliest), in ms. */
  bench.firstThreadsRaw = async (dbName) => {
    const started = performance.now();
    const db = await open(dbName);
    const rows = await new Promise((resolve, reject) => {
      const request = db.transaction('threads').objectStore('threads').index('[shopId+dueAt]').getAll(null, 50);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const ms = performance.now() - started;
    db.close();
    if (rows.length !== 50) throw new Error('Read ' + rows.length + ' threads.');
    return ms;
  };

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  /**
   * Changes the select labelled by 'label' (or the search box, label 'search') to 'value' (or, with
   * no label, changes nothing) and answers
   * the ms until the rows changed and the next frame was painted (the no-change baseline: one frame).
   */
  bench.repaint = (label, value) =>
    new Promise((resolve, reject) => {
      // A select's change renders the list in one commit (chips, status and rows); a search's rows come after its debounce.
      const list = document.querySelector(label === 'search' ? '.thread-groups' : '.thread-list');
      const started = performance.now();
      if (!label) return frame().then(() => resolve(performance.now() - started));
      const observer = new MutationObserver(() => {
        observer.disconnect();
        frame().then(() => resolve(performance.now() - started));
      });
      observer.observe(list, { childList: true, subtree: true, characterData: true });
      const control =
        label === 'search'
          ? document.querySelector('#inbox-search')
          : [...document.querySelectorAll('label')].find((l) => l.textContent === label)?.control;
      if (!control) return reject(new Error('No control labelled ' + label));
      const prototype = label === 'search' ? HTMLInputElement.prototype : HTMLSelectElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, 'value').set.call(control, value);
      control.dispatchEvent(new Event(label === 'search' ? 'input' : 'change', { bubbles: true }));
      setTimeout(() => reject(new Error('The list did not change after ' + label)), 60000);
    });

  /**
   * Scrolls the list from top to bottom, 'step' pixels a frame (a fresh set of rows each frame), and
   * answers the frames, the long tasks meanwhile and the most rows the page held at once.
   */
  bench.scrollWhole = async (step) => {
    const list = document.querySelector('.thread-list');
    list.scrollTop = 0;
    await frame();
    const before = bench.longTasks.length;
    let frames = 0;
    let mostRows = 0;
    // Until the end (or until the position stops moving for 10 frames, or 3,000 frames: never endless).
    let stalled = 0;
    while (list.scrollTop + list.clientHeight < list.scrollHeight - 1 && stalled < 10 && frames < 3000) {
      const at = list.scrollTop;
      list.scrollTop = at + step;
      await frame();
      frames += 1;
      stalled = list.scrollTop > at ? 0 : stalled + 1;
      mostRows = Math.max(mostRows, list.querySelectorAll('.thread-row').length);
    }
    await frame();
    return { frames, mostRows, longTasks: bench.longTasks.slice(before), height: list.scrollHeight, reached: list.scrollTop + list.clientHeight };
  };

  /** The long tasks seen over 'frames' frames of doing nothing (the scroll's baseline). */
  bench.idleFrames = async (frames) => {
    const before = bench.longTasks.length;
    for (let i = 0; i < frames; i += 1) await frame();
    return bench.longTasks.slice(before);
  };
})();
`;
