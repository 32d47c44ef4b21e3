// Attachments end to end in Node: M13 through the real gateway from the demo marketplace over HTTP,
// into the cache (fake-indexeddb), and back out of it with the marketplace unreachable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatform } from '../../renderer/src/api/platform';
import { ConsoleDatabase } from '../../renderer/src/data/db';
import { loadAttachment, type AttachmentLoaderDeps } from '../../renderer/src/features/attachments/attachment-loader';
import { startConsoleStack, type ConsoleStack } from '../support/console-stack';

let stack: ConsoleStack;
beforeAll(async () => {
  stack = await startConsoleStack({ seed: 7, threads: 120 });
});
afterAll(async () => {
  await stack.close();
});

const now = () => new Date('2026-11-23T10:00:00Z');
const shopId = 'demo-2001';

/** The seeded attachments of the shop's threads whose name ends with `extension`. */
async function seeded(extension: string): Promise<{ id: string; name: string; size: number; threadId: string }[]> {
  const platform = createPlatform(stack.http, now);
  const page = await platform.call(shopId, 'M11', { query: { limit: 100, with_messages: true } });
  if (!page.ok) throw new Error(page.failure.message);
  return page.value.data.flatMap((t) =>
    (t.messages ?? []).flatMap((m) =>
      (m.attachments ?? []).filter((a) => a.name.endsWith(extension)).map((a) => ({ ...a, threadId: t.id })),
    ),
  );
}

function deps(db: ConsoleDatabase, http = stack.http): AttachmentLoaderDeps {
  const platform = createPlatform(http, now);
  return { db, now, download: (shop, id, options) => platform.download(shop, 'M13', { params: { attachment_id: id } }, options) };
}

describe('attachments from the demo marketplace', () => {
  it('serves a seeded photo as a real PNG and a seeded label as a real PDF, kept for offline use', async () => {
    const [photo] = await seeded('.png');
    const [label] = await seeded('.pdf');
    if (!photo || !label) throw new Error('The seed has no photo or no label in the first page.');
    const db = new ConsoleDatabase('attachments-demo');
    const image = await loadAttachment(deps(db), shopId, photo);
    expect(image).toMatchObject({ contentType: 'image/png', fromCache: false, kept: true, preview: { kind: 'image', type: 'image/png' } });
    expect(image.blob.size).toBe(photo.size);
    const pdf = await loadAttachment(deps(db), shopId, label);
    expect(pdf).toMatchObject({ contentType: 'application/pdf', preview: { kind: 'pdf' } });
    expect(pdf.blob.size).toBe(label.size);

    // The gateway cannot be reached any more: the kept copies still open.
    const gone = stack.http.extend({ prefixUrl: 'http://127.0.0.1:9/platform/' });
    const offline = await loadAttachment(deps(db, gone), shopId, photo);
    expect(offline).toMatchObject({ fromCache: true, preview: { kind: 'image' } });
    await expect(loadAttachment(deps(new ConsoleDatabase('attachments-demo-empty'), gone), shopId, photo)).rejects.toMatchObject({
      failure: { kind: 'offline' },
    });
    db.close();
  });

  it('offers a file claiming image/png that is not a PNG for download only', async () => {
    const [photo] = await seeded('.png');
    const posted = await fetch(`${stack.demoUrl}/__control/buyer-message`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        threadId: photo?.threadId,
        body: 'Zdjęcie w załączniku.',
        attachments: [{ name: 'zdjecie.png', contentType: 'image/png', text: '<html><script>alert(1)</script></html>' }],
      }),
    });
    expect(posted.status).toBe(201);
    const spoof = (await seeded('zdjecie.png'))[0];
    if (!spoof) throw new Error('The posted attachment is not listed.');
    const db = new ConsoleDatabase('attachments-demo-spoof');
    const loaded = await loadAttachment(deps(db), shopId, spoof);
    expect(loaded).toMatchObject({ contentType: 'image/png', preview: { kind: 'download-only', reason: 'type-mismatch' } });
    db.close();
  });

  it('answers an unknown attachment as refused (404), and a file over the limit as too large', async () => {
    const platform = createPlatform(stack.http, now);
    expect(await platform.download(shopId, 'M13', { params: { attachment_id: 'no-such-file' } }, { maxBytes: 1000 })).toMatchObject({
      ok: false,
      failure: { kind: 'refused', status: 404 },
    });
    const [label] = await seeded('.pdf');
    expect(await platform.download(shopId, 'M13', { params: { attachment_id: label?.id ?? '' } }, { maxBytes: 100 })).toMatchObject({
      ok: false,
      failure: { kind: 'too-large' },
    });
  });
});
