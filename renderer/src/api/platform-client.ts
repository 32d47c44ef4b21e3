import ky, { type KyInstance } from 'ky';
import { consoleRequestHeaders } from '../host/host-contract';

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
});
