import ky, { type KyInstance } from 'ky';
import { consoleRequestHeaders } from '../host/host-contract';
import { reportHostLocked, workstationHeaders } from '../host/workstation-session';

/**
 * The HTTP client for the platform: same-origin calls to `/platform/<shopId>/api/...`, which the
 * gateway forwards with the shop's key. It never retries by itself: the sync scheduler backs off
 * across passes (honouring Retry-After), the outbox decides every resend after a read-back (Mirakl
 * has no idempotency key), and react-query retries the thread refresh.
 */
export const platformHttp: KyInstance = ky.create({
  prefixUrl: '/platform/',
  headers: { ...consoleRequestHeaders, accept: 'application/json' },
  timeout: 35_000,
  retry: 0,
  // Each call names the window's profile and session; a 423 means the host locked it (idle, OS lock).
  hooks: {
    beforeRequest: [
      (request) => {
        for (const [name, value] of Object.entries(workstationHeaders())) request.headers.set(name, value);
      },
    ],
    afterResponse: [
      (_request, _options, response) => {
        if (response.status === 423) reportHostLocked();
      },
    ],
  },
});
