import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchOperation, operationPath } from './operation-paths';
import { operationCodes, operations } from './operations';

interface Spec {
  paths: Record<
    string,
    Record<
      string,
      { operationId: string; parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, unknown> }> }
    >
  >;
}

const spec = JSON.parse(readFileSync(join(import.meta.dirname, '../../test/contract/mirakl/seller-console-subset.json'), 'utf8')) as Spec;
const specOperations = Object.entries(spec.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

describe('the operation catalogue', () => {
  it('holds exactly the operations of the subset spec, with their methods and paths', () => {
    expect(new Set(operationCodes)).toEqual(new Set(specOperations.map((s) => s.op.operationId)));
    for (const { path, method, op } of specOperations) {
      const entry = operations[op.operationId as keyof typeof operations];
      expect({ code: entry.code, method: entry.method, path: entry.path }).toEqual({ code: op.operationId, method, path });
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      expect([...entry.params].sort()).toEqual(pathParams.sort());
    }
  });

  it('has a response schema exactly for the operations that answer JSON', () => {
    for (const { op } of specOperations) {
      const json = Object.values(op.responses).some((r) => r.content?.['application/json']);
      expect(operations[op.operationId as keyof typeof operations].response !== null, op.operationId).toBe(json);
    }
  });

  it('names a read-back for every write, and only existing reads', () => {
    for (const code of operationCodes) {
      const { method, readBack } = operations[code];
      if (method !== 'GET') expect(readBack, code).not.toBeNull();
      if (readBack) expect(operations[readBack as keyof typeof operations].method).toBe('GET');
    }
  });

  it('builds paths, refusing parameters that are not ids', () => {
    expect(operationPath('M12', { thread_id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' })).toBe(
      '/api/inbox/threads/3fa85f64-5717-4562-b3fc-2c963f66afa6/message',
    );
    expect(operationPath('OR64', { order_id: 'A-1', line: 'A-1-1' })).toBe('/api/orders/A-1/lines/A-1-1/resolve_incident');
    expect(() => operationPath('M10', { thread_id: '../account' })).toThrow(/not a valid thread_id/);
    expect(() => operationPath('M10', { thread_id: '' })).toThrow();
  });

  it('recognises a request as exactly one operation, or says 404 or 405', () => {
    expect(matchOperation('GET', '/api/inbox/threads/t-1')).toEqual({ code: 'M10', params: { thread_id: 't-1' } });
    expect(matchOperation('GET', '/api/inbox/threads/a-1/download')).toEqual({ code: 'M13', params: { attachment_id: 'a-1' } });
    expect(matchOperation('POST', '/api/inbox/threads')).toEqual({ code: 'M14', params: {} });
    expect(matchOperation('GET', '/api/inbox/threads')).toEqual({ code: 'M11', params: {} });
    expect(matchOperation('DELETE', '/api/inbox/threads')).toEqual({ status: 405 });
    expect(matchOperation('GET', '/api/offers')).toEqual({ status: 404 });
    expect(matchOperation('GET', '/api/inbox/threads/a%2Fb')).toEqual({ status: 404 });
    for (const code of operationCodes) {
      const { method, params } = operations[code];
      const path = operationPath(code, Object.fromEntries(params.map((p) => [p, 'x-1'])) as never);
      expect(matchOperation(method, path)).toMatchObject({ code });
    }
  });
});
