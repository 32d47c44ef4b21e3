// Regression tests of bugs found by the host tests and fixed in d12b4dd: each states the behaviour that was wrong before.
import { expect, it } from 'vitest';
import { createGateway } from './gateway';
import { consoleRequestHeaders } from '../../shared/ipc';

it('answers a malformed percent-encoded shop id with a gateway error, not a rejected promise', async () => {
  const gateway = createGateway({ shops: { list: async () => [], get: async () => undefined } });
  const response = await gateway(new Request('http://127.0.0.1:5170/platform/%E0/api/account', { headers: { ...consoleRequestHeaders } }));
  expect(response.status).toBe(404);
  expect(response.headers.get('x-gateway-error')).toBe('UNKNOWN_SHOP');
});
