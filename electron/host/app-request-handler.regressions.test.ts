// Regression tests of bugs found by the host tests and fixed in d12b4dd: each states the behaviour that was wrong before.
import { expect, it } from 'vitest';
import { createAppRequestHandler } from './app-request-handler';
import { consoleRequestHeaders } from '../../shared/ipc';

it('answers a malformed percent-encoded IPC channel with a JSON failure, not a rejected promise', async () => {
  const handle = createAppRequestHandler({
    files: { read: async () => null },
    gateway: async () => new Response(),
    ipc: async (channel) => ({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } }),
  });
  const response = await handle(
    new Request('http://127.0.0.1:5170/ipc/%E0', { method: 'POST', headers: { ...consoleRequestHeaders }, body: '{}' }),
  );
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
});
