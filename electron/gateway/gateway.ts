import { isConsoleRequest } from '../../shared/ipc';
import { readBoundedBody } from '../http/bounded-body';
import type { ShopDirectory } from '../shops/shop-connection';
import { findOperation } from './operations';

/** Prefix of the same-origin paths the renderer calls: `/platform/<shopId>/api/...`. */
export const platformPrefix = '/platform/';

export interface GatewayOptions {
  shops: ShopDirectory;
  /** The fetch used to reach marketplaces (tests pass their own; defaults to global fetch). */
  fetch?: typeof fetch;
  /** Abort a marketplace call after this long (default 30 s). */
  timeoutMs?: number;
  /** Largest request body forwarded (default 25 MiB: replies carry attachments); reading stops there. */
  maxBodyBytes?: number;
}

const forwardedRequestHeaders = ['content-type', 'accept', 'accept-language'];
const forwardedResponseHeaders = ['content-type', 'content-disposition', 'retry-after', 'last-modified', 'etag'];

/**
 * Creates the platform gateway: a function from a same-origin request
 * (`/platform/<shopId>/api/<path>?<query>`) to the marketplace's response. It looks the shop up,
 * refuses operations outside the console's Mirakl subset, adds the shop key as Authorization and the
 * shop's `shop_id`, and forwards only the headers that matter. The key never reaches the renderer.
 *
 * Its own failures are JSON bodies in Mirakl's error shape (`{ status, message }`) plus a `code` and
 * the header `x-gateway-error`, so the renderer can tell them from the marketplace's answers:
 * 400 NOT_A_CONSOLE_REQUEST, 404 UNKNOWN_SHOP, 403 OPERATION_NOT_ALLOWED, 413 BODY_TOO_LARGE,
 * 502 UPSTREAM_UNREACHABLE, 504 UPSTREAM_TIMEOUT.
 */
export function createGateway(options: GatewayOptions): (request: Request) => Promise<Response> {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBodyBytes = options.maxBodyBytes ?? 25 * 1024 * 1024;

  return async function gateway(request) {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(platformPrefix)) return gatewayError(404, 'NOT_FOUND', 'Not a platform path.');
    if (!isConsoleRequest(request.headers)) {
      return gatewayError(400, 'NOT_A_CONSOLE_REQUEST', 'Platform calls must come from the console itself.');
    }
    const rest = url.pathname.slice(platformPrefix.length);
    const slash = rest.indexOf('/');
    const shopId = safeDecode(slash === -1 ? rest : rest.slice(0, slash));
    if (shopId === null) return gatewayError(404, 'UNKNOWN_SHOP', 'That is not a shop id.');
    const apiPath = slash === -1 ? '' : rest.slice(slash);
    const shop = await options.shops.get(shopId);
    if (!shop) return gatewayError(404, 'UNKNOWN_SHOP', `No shop "${shopId}" is connected to this console.`);
    const operation = findOperation(request.method, apiPath);
    if (!operation) {
      return gatewayError(403, 'OPERATION_NOT_ALLOWED', `The console does not call ${request.method} ${apiPath}.`);
    }

    const target = new URL(shop.baseUrl + apiPath);
    url.searchParams.forEach((value, name) => {
      if (name !== 'shop_id') target.searchParams.append(name, value);
    });
    if (shop.miraklShopId !== null) target.searchParams.set('shop_id', String(shop.miraklShopId));

    const headers = new Headers({ authorization: shop.key });
    for (const name of forwardedRequestHeaders) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    let body: Uint8Array<ArrayBuffer> | undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const read = await readBoundedBody(request, maxBodyBytes);
      if (read.tooLarge) return gatewayError(413, 'BODY_TOO_LARGE', 'The request is larger than the console sends.');
      body = read.bytes;
    }

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const upstream = await doFetch(target, { method: request.method, headers, body, signal: controller.signal, redirect: 'manual' });
      // The marketplace's bytes are served on the console's own origin (attachments, M13, come with
      // whatever type their uploader claimed): never sniffed, and sandboxed with nothing allowed should a
      // browser ever render one as a page.
      const responseHeaders = new Headers({
        'x-mirakl-operation': operation.code,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "sandbox; default-src 'none'",
      });
      for (const name of forwardedResponseHeaders) {
        const value = upstream.headers.get(name);
        if (value !== null) responseHeaders.set(name, value);
      }
      // Read the whole body here so a connection that dies mid-body becomes a clear 502, not a hang.
      const bytes = upstream.status === 204 ? null : await upstream.arrayBuffer();
      return new Response(bytes, { status: upstream.status, headers: responseHeaders });
    } catch (error) {
      if (controller.signal.aborted) {
        return gatewayError(504, 'UPSTREAM_TIMEOUT', `The marketplace did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      }
      // No shop name here: the console already says which shop a problem is about.
      return gatewayError(502, 'UPSTREAM_UNREACHABLE', `The marketplace could not be reached (${describe(error)}).`);
    } finally {
      clearTimeout(timer);
    }
  };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** A gateway-made error response in Mirakl's error shape, marked with `x-gateway-error`. */
export function gatewayError(status: number, code: string, message: string): Response {
  return Response.json({ status, message, code }, { status, headers: { 'x-gateway-error': code, 'cache-control': 'no-store' } });
}
