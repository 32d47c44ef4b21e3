// The one handler of the console's origin: static files with security headers and SPA fallback,
// /platform/ to the gateway, /ipc/ (web mode) to the dispatcher. Traversal attempts are also sent as
// raw HTTP through the web server, where no URL normalisation by the test itself can hide them.
import { request as httpRequest } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countingBody, streamedPost, uploadInChunks } from '../../test/support/large-bodies';
import type { IpcDispatcher } from '../ipc/ipc-dispatcher';
import { startWebServer, type RunningWebServer } from '../web/web-server';
import { contentSecurityPolicy, createAppRequestHandler, maxIpcBodyBytes } from './app-request-handler';
import { directoryFiles } from './static-files';
import { consoleRequestHeaders } from '../../shared/ipc';

const secret = 'TOP-SECRET-NEVER-SERVED';
const indexHtml = '<!doctype html><title>Console</title>';
const appJs = 'console.log("app");';
let dir: string;
let root: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'app-handler-test-'));
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), indexHtml);
  await writeFile(join(root, 'assets', 'app.js'), appJs);
  await writeFile(join(root, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
  await writeFile(join(dir, 'secret.txt'), secret);
  await writeFile(join(dir, 'package.json'), secret);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const origin = 'http://127.0.0.1:5170';

function setup(withIpc = true) {
  const gateway = vi.fn(
    async (request: Request) => new Response(`gateway saw ${request.method} ${new URL(request.url).pathname}`, { status: 299 }),
  );
  const ipc = vi.fn<IpcDispatcher>(async (channel, input) => ({ ok: true, value: { channel, input } }));
  const handle = createAppRequestHandler({ files: directoryFiles(root), gateway, ipc: withIpc ? ipc : undefined });
  return { handle, gateway, ipc };
}

function get(path: string, init?: RequestInit): Request {
  return new Request(`${origin}${path}`, init);
}

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
}

describe('content security policy', () => {
  it('allows only the console itself', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]) {
      expect(contentSecurityPolicy).toContain(directive);
    }
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toContain('*');
  });
});

describe('static files', () => {
  it('serves / as index.html with its content type, security headers and no-cache', async () => {
    const response = await setup().handle(get('/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(indexHtml);
  });

  it('serves an asset with its content type and an immutable cache', async () => {
    const response = await setup().handle(get('/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(appJs);
  });

  it('serves binary files byte for byte', async () => {
    const response = await setup().handle(get('/favicon.ico'));
    expect(response.headers.get('content-type')).toBe('image/x-icon');
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from([0, 0, 1, 0]))).toBe(true);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await setup().handle(get('/assets/app.js', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.body).toBeNull();
  });

  it.each(['/inbox', '/inbox/thread/42', '/settings/shops?tab=2'])('answers the client-side route %s with index.html', async (path) => {
    const response = await setup().handle(get(path));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(indexHtml);
  });

  it.each(['/assets/missing.js', '/missing.css', '/favicon.png'])('answers an unknown asset %s with 404', async (path) => {
    const response = await setup().handle(get(path));
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain('<title>');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('answers %s to a static path with 405', async (method) => {
    const { handle, gateway, ipc } = setup();
    const response = await handle(get('/index.html', { method, body: 'x' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(gateway).not.toHaveBeenCalled();
    expect(ipc).not.toHaveBeenCalled();
  });

  it.each([
    '/../package.json',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/index.html%00',
    '/%00',
  ])('never serves a file outside the root for %s', async (path) => {
    const response = await setup().handle(get(path));
    expect(await response.text()).not.toContain(secret);
  });
});

describe('/platform/', () => {
  it('hands the request, whatever its method, to the gateway', async () => {
    const { handle, gateway, ipc } = setup();
    const request = get('/platform/shop-1/api/inbox/threads?max=5', { method: 'POST', body: 'x', headers: { ...consoleRequestHeaders } });
    const response = await handle(request);
    expect(response.status).toBe(299);
    expect(await response.text()).toBe('gateway saw POST /platform/shop-1/api/inbox/threads');
    expect(gateway).toHaveBeenCalledTimes(1);
    expect(gateway.mock.calls[0]?.[0]).toBe(request);
    expect(ipc).not.toHaveBeenCalled();
  });

  it('does not send /platform without the trailing slash to the gateway', async () => {
    const { handle, gateway } = setup();
    const response = await handle(get('/platform'));
    expect(gateway).not.toHaveBeenCalled();
    expect(await response.text()).toBe(indexHtml);
  });
});

describe('/ipc/', () => {
  const headers = { ...consoleRequestHeaders, 'content-type': 'application/json' };

  it('calls the dispatcher with the channel and the parsed body', async () => {
    const { handle, ipc, gateway } = setup();
    const response = await handle(get('/ipc/shops:disconnect', { method: 'POST', headers, body: '{"id":"shop-1"}' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ ok: true, value: { channel: 'shops:disconnect', input: { id: 'shop-1' } } });
    expect(ipc).toHaveBeenCalledWith('shops:disconnect', { id: 'shop-1' });
    expect(gateway).not.toHaveBeenCalled();
  });

  it('decodes the channel name and treats an empty body as {}', async () => {
    const { handle, ipc } = setup();
    await handle(get('/ipc/app%3Ainfo', { method: 'POST', headers }));
    expect(ipc).toHaveBeenCalledWith('app:info', {});
  });

  it('returns the dispatcher failures as they are (200 with ok: false)', async () => {
    const gateway = vi.fn(async () => new Response());
    const failure = { ok: false as const, error: { code: 'UNKNOWN_CHANNEL', message: 'no such channel' } };
    const handle = createAppRequestHandler({ files: directoryFiles(root), gateway, ipc: async () => failure });
    const response = await handle(get('/ipc/nope', { method: 'POST', headers, body: '{}' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(failure);
  });

  it('is 404 when the host has no HTTP IPC (desktop)', async () => {
    const { handle, gateway } = setup(false);
    const response = await handle(get('/ipc/app:info', { method: 'POST', headers, body: '{}' }));
    expect(response.status).toBe(404);
    expect(gateway).not.toHaveBeenCalled();
  });

  it.each(['GET', 'PUT', 'DELETE'])('answers %s with 405', async (method) => {
    const { handle, ipc } = setup();
    const response = await handle(get('/ipc/app:info', { method, headers, body: method === 'GET' ? undefined : '{}' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(ipc).not.toHaveBeenCalled();
  });

  it.each<Record<string, string>>([{}, { 'x-console-request': '0' }, { 'x-console-request': 'yes' }])(
    'refuses a call without x-console-request: 1 (%j)',
    async (extra) => {
      const { handle, ipc } = setup();
      const response = await handle(
        get('/ipc/app:info', { method: 'POST', headers: { 'content-type': 'application/json', ...extra }, body: '{}' }),
      );
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'NOT_A_CONSOLE_REQUEST' } });
      expect(ipc).not.toHaveBeenCalled();
    },
  );

  it.each(['{not json', '{"id":', 'undefined'])('answers malformed JSON %j with INVALID_INPUT 400', async (body) => {
    const { handle, ipc } = setup();
    const response = await handle(get('/ipc/shops:disconnect', { method: 'POST', headers, body }));
    expect(response.status).toBe(400);
    const json = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(json.ok).toBe(false);
    expect(json.error.code).toBe('INVALID_INPUT');
    expect(json.error.message).toMatch(/JSON/);
    expect(ipc).not.toHaveBeenCalled();
  });

  it('stops reading a chunked body once it passes the IPC limit and answers 413 BODY_TOO_LARGE', async () => {
    const { handle, ipc } = setup();
    const body = countingBody(64 * 1024 * 1024, 16 * 1024);
    const response = await handle(streamedPost(`${origin}/ipc/app:info`, body, headers));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'BODY_TOO_LARGE' } });
    expect(body.pulled()).toBeLessThanOrEqual(maxIpcBodyBytes + 16 * 1024);
    expect(ipc).not.toHaveBeenCalled();
  });
});

describe('over raw HTTP through the web server', () => {
  let server: RunningWebServer;
  let port: number;

  beforeAll(async () => {
    const { handle } = setup();
    server = await startWebServer({ host: '127.0.0.1', port: 0, handle, log: () => {} });
    port = Number(new URL(server.url).port);
  });

  afterAll(async () => {
    await server.close();
  });

  /** Sends `path` exactly as written (node:http does not normalise it). */
  function raw(path: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  }

  it.each([
    '/../secret.txt',
    '/../package.json',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e/%2e%2e/package.json',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/..%2F..%2Fpackage.json',
    '/..%5csecret.txt',
    '/assets/..\\..\\secret.txt',
    '/index.html%00',
    '/%00../secret.txt',
  ])('never serves a file outside the root for raw path %j', async (path) => {
    const { body } = await raw(path);
    expect(body).not.toContain(secret);
  });

  it('answers 413 to an IPC body over the limit while the client is still sending it', async () => {
    const totalBytes = 64 * 1024 * 1024;
    const result = await uploadInChunks(`${server.url}/ipc/app:info`, {
      headers: { ...consoleRequestHeaders },
      chunkBytes: 64 * 1024,
      totalBytes,
    });
    expect(result.status).toBe(413);
    expect(result.answeredEarly).toBe(true);
    expect(result.bytesSent).toBeLessThan(totalBytes);
  });

  it('still serves the app itself', async () => {
    expect(await raw('/assets/app.js')).toEqual({ status: 200, body: appJs });
    expect(await raw('/')).toEqual({ status: 200, body: indexHtml });
  });
});
