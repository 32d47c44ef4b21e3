// Regression tests of bugs found by the host tests and fixed in d12b4dd: each states the behaviour that was wrong before.
import { request as httpRequest } from 'node:http';
import { afterEach, expect, it, vi } from 'vitest';
import { startWebServer, type RunningWebServer } from './web-server';

const running: RunningWebServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close().catch(() => {})));
});

function raw(port: number, method: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: '/', timeout: 2_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('no answer')));
    req.on('error', reject);
    req.end();
  });
}

it('answers a TRACE request (a method web Requests cannot carry) with an error status instead of throwing from the listener', async () => {
  const log = vi.fn();
  const server = await startWebServer({ host: '127.0.0.1', port: 0, handle: async () => new Response('ok'), log });
  running.push(server);
  const port = Number(new URL(server.url).port);
  const status = await raw(port, 'TRACE');
  expect(status).toBeGreaterThanOrEqual(400);
  expect(await raw(port, 'GET')).toBe(200);
});

it('cancels the response body when the client goes away mid-stream', async () => {
  let cancelled = false;
  const server = await startWebServer({
    host: '127.0.0.1',
    port: 0,
    log: () => {},
    handle: async () =>
      new Response(
        new ReadableStream<Uint8Array>(
          {
            pull(controller) {
              controller.enqueue(new Uint8Array(64 * 1024));
            },
            cancel() {
              cancelled = true;
            },
          },
          { highWaterMark: 0 },
        ),
      ),
  });
  running.push(server);
  const port = Number(new URL(server.url).port);
  await new Promise<void>((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/' }, (res) => {
      res.once('data', () => {
        res.pause();
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 200);
      });
    });
    req.end();
  });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(cancelled).toBe(true);
});
