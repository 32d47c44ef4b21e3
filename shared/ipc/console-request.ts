/**
 * The header that marks a request as the console's own: every call of the renderer to its origin
 * (the gateway's `/platform/...`, the IPC's `/ipc/...` in web mode) carries it, and the host refuses
 * a request without it. A page of another site cannot set a custom header without a CORS preflight,
 * which the host never grants. This is its one definition: the host, the renderer's clients and the
 * tests all use it.
 */
export const consoleRequestHeaderName = 'x-console-request';

/** The header's value on the console's requests. */
export const consoleRequestHeaderValue = '1';

/** The header as a headers object, to spread into a request's headers. */
export const consoleRequestHeaders: Readonly<Record<string, string>> = Object.freeze({
  [consoleRequestHeaderName]: consoleRequestHeaderValue,
});

/** Whether a request carries the console's header with its value (the host's check). */
export function isConsoleRequest(headers: { get(name: string): string | null }): boolean {
  return headers.get(consoleRequestHeaderName) === consoleRequestHeaderValue;
}
