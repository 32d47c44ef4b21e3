import { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type { OutboxPlatform, PlatformQuery, PlatformWrite } from './outbox-platform';
import { SendFailureError, classifyStatus } from './send-failure';

/**
 * The outbox's marketplace over HTTP: `http` is a ky instance whose prefix reaches `/platform/`
 * (the gateway). Every call is made with `retry: 0`: Mirakl's writes have no idempotency key, so
 * only the sender may decide to try again (after a read-back), and read-backs are retried by the
 * sender's own backoff too. Failures become SendFailureError: an HTTP answer is classified by its
 * status; a timeout, an abort or a broken connection is "outcome unknown" with no status.
 */
export function httpOutboxPlatform(http: KyInstance, now: () => Date): OutboxPlatform {
  async function failureFrom(error: unknown): Promise<SendFailureError> {
    if (error instanceof SendFailureError) return error;
    if (error instanceof HTTPError) {
      const body = await error.response
        .clone()
        .json()
        .then((json) => json as { message?: string; code?: string })
        .catch(() => null);
      return new SendFailureError(
        classifyStatus(error.response.status, error.response.headers.get('retry-after'), body, now().getTime(), error.response.headers.has('x-gateway-error')),
      );
    }
    if (error instanceof TimeoutError) {
      return new SendFailureError({ kind: 'unknown', status: null, code: 'TIMEOUT', message: 'The marketplace did not answer in time.' });
    }
    if (error instanceof Error && error.name === 'AbortError') {
      return new SendFailureError({ kind: 'unknown', status: null, code: 'ABORTED', message: 'The request was stopped before the marketplace answered.' });
    }
    return new SendFailureError({ kind: 'unknown', status: null, code: 'NETWORK', message: 'The connection to the marketplace failed.' });
  }

  return {
    async write(shopId, request, signal) {
      try {
        const response = await http(`${encodeURIComponent(shopId)}/${request.path}`, { method: request.method, ...writeBody(request), retry: 0, signal });
        const text = await response.text();
        return { status: response.status, body: parseAnswer(text) };
      } catch (error) {
        throw await failureFrom(error);
      }
    },
    async read(shopId, path, query, signal) {
      try {
        return await http.get(`${encodeURIComponent(shopId)}/${path}`, { searchParams: searchParams(query), retry: 0, signal }).json();
      } catch (error) {
        if (error instanceof SyntaxError) {
          throw new SendFailureError({ kind: 'unknown', status: null, code: 'UNREADABLE', message: 'The marketplace sent an answer the console could not read.' });
        }
        throw await failureFrom(error);
      }
    },
  };
}

function writeBody(request: PlatformWrite): { json: unknown } | { body: FormData } {
  if ('json' in request) return { json: request.json };
  const form = new FormData();
  form.append(request.multipart.field, new Blob([JSON.stringify(request.multipart.value)], { type: 'application/json' }));
  for (const file of request.multipart.files) form.append('files', file.blob, file.name);
  return { body: form };
}

/** An empty body is `null`; a body that is not JSON (cut short) is `undefined`. */
function parseAnswer(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function searchParams(query: PlatformQuery | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (typeof value === 'object') for (const v of value) params.append(name, v);
    else params.append(name, String(value));
  }
  return params;
}
