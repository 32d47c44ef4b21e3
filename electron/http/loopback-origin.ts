import type { IncomingHttpHeaders } from 'node:http';

/**
 * The Host header values under which a server on this machine at `port` may be addressed: its
 * loopback names with that port. Any other name (a DNS-rebinding host such as
 * `127.0.0.1.nip.io`, `0.0.0.0`, another port) means a page reached it under a name it does not own.
 */
export function loopbackHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/** Whether the request's Host header is one of `hosts` (host names compare without case). */
export function hasHostIn(headers: IncomingHttpHeaders, hosts: ReadonlySet<string>): boolean {
  return hosts.has((headers.host ?? '').toLowerCase());
}

/**
 * Whether a browser sent this request from a page of another origin: it carries an Origin header
 * that is not `http://<the Host it was sent to>`. Browsers add Origin to every cross-origin request
 * that can change something (any POST, also `no-cors` ones), and a page cannot remove or forge it.
 * A request without Origin (a same-origin GET, Node, curl, Playwright's request fixture) is not one.
 * `null` (sandboxed frames, file: pages) and several joined values are foreign too.
 */
export function isFromAnotherOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin === undefined) return false;
  return origin.toLowerCase() !== `http://${(headers.host ?? '').toLowerCase()}`;
}
