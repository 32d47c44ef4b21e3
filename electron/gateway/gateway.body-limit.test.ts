// The gateway's body limit holds while the body is read: a chunked body (no Content-Length) larger
// than maxBodyBytes is answered 413 without being read whole, in a direct call and over HTTP.
import { afterEach, expect, it, vi } from 'vitest';
import { countingBody, streamedPost, uploadInChunks } from '../../test/support/large-bodies';
import type { ShopConnection } from '../shops/shop-connection';
import { startWebServer, type RunningWebServer } from '../web/web-server';
import { createGateway } from './gateway';
import { consoleRequestHeaders } from '../../shared/ipc';

const shop: ShopConnection = {
  id: 'shop-1',
  label: 'Test shop',
  market: 'FR',
  baseUrl: 'http://127.0.0.1:9',
  key: 'k',
  miraklShopId: 2001,
  kind: 'mirakl',
};
const replyPath = '/platform/shop-1/api/inbox/threads/t-1/message';
const limit = 64 * 1024;
const running: RunningWebServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

function limitedGateway() {
  const upstream = vi.fn<typeof fetch>(async () => new Response('{}'));
  const gateway = createGateway({
    shops: { list: async () => [shop], get: async (id) => (id === shop.id ? shop : undefined) },
    fetch: upstream,
    maxBodyBytes: limit,
  });
  return { gateway, upstream };
}

it('stops reading a chunked body once it passes maxBodyBytes and answers 413 without calling the marketplace', async () => {
  const { gateway, upstream } = limitedGateway();
  const body = countingBody(64 * 1024 * 1024, 16 * 1024);
  const response = await gateway(streamedPost(`http://127.0.0.1:5170${replyPath}`, body, consoleRequestHeaders));
  expect(response.status).toBe(413);
  expect(response.headers.get('x-gateway-error')).toBe('BODY_TOO_LARGE');
  expect(body.pulled()).toBeLessThanOrEqual(limit + 16 * 1024);
  expect(body.cancelled()).toBe(true);
  expect(upstream).not.toHaveBeenCalled();
});

it('answers 413 over HTTP while the client is still sending a chunked body over the limit', async () => {
  const { gateway, upstream } = limitedGateway();
  const server = await startWebServer({ host: '127.0.0.1', port: 0, handle: gateway, log: () => {} });
  running.push(server);
  const totalBytes = 64 * 1024 * 1024;
  const result = await uploadInChunks(server.url + replyPath, { headers: consoleRequestHeaders, chunkBytes: 64 * 1024, totalBytes });
  expect(result.status).toBe(413);
  expect(JSON.parse(result.body)).toMatchObject({ code: 'BODY_TOO_LARGE' });
  expect(result.answeredEarly).toBe(true);
  expect(result.bytesSent).toBeLessThan(totalBytes);
  expect(upstream).not.toHaveBeenCalled();
});
