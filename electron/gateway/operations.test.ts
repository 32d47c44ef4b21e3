// The allow-list of Mirakl operations the console may call: each one matches, nothing else does.
import { describe, expect, it } from 'vitest';
import { operationCodes, operationPath, operations } from '../../shared/mirakl';
import { findOperation } from './operations';

describe('findOperation', () => {
  it.each([
    ['GET', '/api/account', 'A01'],
    ['PUT', '/api/account', 'A02'],
    ['GET', '/api/inbox/threads', 'M11'],
    ['POST', '/api/inbox/threads', 'M14'],
    ['GET', '/api/inbox/threads/3f2a-11ee:b1.c_d/download', 'M13'],
    ['GET', '/api/inbox/threads/3f2a-11ee', 'M10'],
    ['POST', '/api/inbox/threads/3f2a-11ee/message', 'M12'],
    ['GET', '/api/orders', 'OR11'],
    ['POST', '/api/orders/ORDER-1-A/threads', 'OR43'],
    ['PUT', '/api/orders/ORDER-1-A/lines/ORDER-1-A-1/resolve_incident', 'OR64'],
    ['GET', '/api/reasons/incident_open', 'RE11'],
    ['GET', '/api/reasons/incident_close', 'RE12'],
    ['GET', '/api/returns', 'RT11'],
    ['PUT', '/api/returns/accept', 'RT21'],
    ['PUT', '/api/returns/receive', 'RT25'],
    ['PUT', '/api/returns/compliance', 'RT26'],
    ['PUT', '/api/returns/close', 'RT27'],
  ])('%s %s is %s', (method, path, code) => {
    expect(findOperation(method, path)?.code).toBe(code);
  });

  it.each([
    ['DELETE', '/api/account'],
    ['get', '/api/account'],
    ['HEAD', '/api/account'],
    ['GET', '/api/offers'],
    ['GET', '/api/account/'],
    ['GET', '/api/account/x'],
    ['GET', '/api/accountx'],
    ['GET', 'api/account'],
    ['GET', '/v2/api/account'],
    ['GET', '/api/inbox/threads/'],
    ['GET', '/api/inbox/threads/a/b'],
    ['GET', '/api/inbox/threads/a%2F..%2Foffers'],
    ['GET', '/api/inbox/threads/a/../../offers'],
    ['GET', '/api/inbox/threads/a b'],
    ['GET', '/api/inbox/threads/a?x=1'],
    ['GET', '/api/inbox/threads/a\n'],
    ['POST', '/api/inbox/threads/a/message/extra'],
    ['PUT', '/api/orders/O-1/lines/L-1/open_incident'],
    ['GET', '/api/returns/accept'],
    ['POST', '/api/orders'],
  ])('%s %j is not allowed', (method, path) => {
    expect(findOperation(method, path)).toBeUndefined();
  });

  it('allows every operation of the catalogue', () => {
    for (const code of operationCodes) {
      const { method, params } = operations[code];
      expect(findOperation(method, operationPath(code, Object.fromEntries(params.map((p) => [p, 'id-1'])) as never))?.code).toBe(code);
    }
  });
});
