import { isConsoleRequest } from '../../shared/ipc';
import { platformPrefix } from '../gateway/gateway';
import { readBoundedBody } from '../http/bounded-body';
import type { IpcDispatcher } from '../ipc/ipc-dispatcher';
import { contentTypeOf, type StaticFiles } from './static-files';

/**
 * The Content-Security-Policy of every page the console serves: only its own scripts and styles,
 * network calls only to its own origin (the gateway), no plugins, no framing, no forms to elsewhere.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * The largest IPC call body read in web mode. The biggest input of the contract (shops:connect) is a
 * few hundred bytes; anything near this is not the console talking.
 */
export const maxIpcBodyBytes = 64 * 1024;

export interface AppRequestHandlerOptions {
  files: StaticFiles;
  gateway: (request: Request) => Promise<Response>;
  /** Web mode only: the IPC contract over `POST /ipc/<channel>`. The desktop app uses real IPC. */
  ipc?: IpcDispatcher;
}

/**
 * One handler for everything the console's origin serves, used by both hosts (Electron's custom
 * protocol and the web-mode server): `/platform/...` goes to the gateway, `/ipc/<channel>` (web mode)
 * to the IPC dispatcher, anything else is the built renderer, with unknown paths answered by
 * index.html so client-side routes survive a reload.
 */
export function createAppRequestHandler(options: AppRequestHandlerOptions): (request: Request) => Promise<Response> {
  return async function handle(request) {
    const url = new URL(request.url);
    if (url.pathname.startsWith(platformPrefix)) return options.gateway(request);
    if (url.pathname.startsWith('/ipc/')) return handleIpc(request, url, options.ipc);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
    }
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    let bytes = await options.files.read(path);
    let servedPath = path;
    if (bytes === null && !/\.[a-z0-9]+$/i.test(path)) {
      bytes = await options.files.read('/index.html');
      servedPath = '/index.html';
    }
    if (bytes === null) return new Response('Not found', { status: 404, headers: securityHeaders });
    const cache = servedPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return new Response(request.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: { ...securityHeaders, 'content-type': contentTypeOf(servedPath), 'cache-control': cache },
    });
  };
}

async function handleIpc(request: Request, url: URL, ipc: IpcDispatcher | undefined): Promise<Response> {
  if (!ipc) return new Response('Not found', { status: 404 });
  if (request.method !== 'POST') return new Response('Method not allowed', { status: 405, headers: { allow: 'POST' } });
  if (!isConsoleRequest(request.headers)) {
    return Response.json(
      { ok: false, error: { code: 'NOT_A_CONSOLE_REQUEST', message: 'IPC calls must come from the console itself.' } },
      { status: 400 },
    );
  }
  const body = await readBoundedBody(request, maxIpcBodyBytes);
  if (body.tooLarge) {
    return Response.json(
      { ok: false, error: { code: 'BODY_TOO_LARGE', message: 'The IPC call is larger than the console sends.' } },
      { status: 413 },
    );
  }
  let input: unknown;
  try {
    const text = new TextDecoder().decode(body.bytes);
    input = text === '' ? {} : JSON.parse(text);
  } catch {
    return Response.json({ ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not JSON.' } }, { status: 400 });
  }
  let channel: string;
  try {
    channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
  } catch {
    return Response.json({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'That is not a channel name.' } }, { status: 400 });
  }
  return Response.json(await ipc(channel, input), { headers: { 'cache-control': 'no-store' } });
}
