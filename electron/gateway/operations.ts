/**
 * The Mirakl Seller API operations the console may call through the gateway, and nothing else: a
 * compromised or buggy renderer cannot use a shop key for any other operation.
 */
export interface AllowedOperation {
  code: string;
  method: 'GET' | 'POST' | 'PUT';
  pattern: RegExp;
}

const id = '[A-Za-z0-9_.:-]+';

export const allowedOperations: readonly AllowedOperation[] = [
  { code: 'A01', method: 'GET', pattern: /^\/api\/account$/ },
  { code: 'A02', method: 'PUT', pattern: /^\/api\/account$/ },
  { code: 'M11', method: 'GET', pattern: /^\/api\/inbox\/threads$/ },
  { code: 'M14', method: 'POST', pattern: /^\/api\/inbox\/threads$/ },
  { code: 'M13', method: 'GET', pattern: new RegExp(`^/api/inbox/threads/${id}/download$`) },
  { code: 'M10', method: 'GET', pattern: new RegExp(`^/api/inbox/threads/${id}$`) },
  { code: 'M12', method: 'POST', pattern: new RegExp(`^/api/inbox/threads/${id}/message$`) },
  { code: 'OR11', method: 'GET', pattern: /^\/api\/orders$/ },
  { code: 'OR43', method: 'POST', pattern: new RegExp(`^/api/orders/${id}/threads$`) },
  { code: 'OR64', method: 'PUT', pattern: new RegExp(`^/api/orders/${id}/lines/${id}/resolve_incident$`) },
  { code: 'RE11', method: 'GET', pattern: /^\/api\/reasons\/incident_open$/ },
  { code: 'RE12', method: 'GET', pattern: /^\/api\/reasons\/incident_close$/ },
  { code: 'RT11', method: 'GET', pattern: /^\/api\/returns$/ },
  { code: 'RT21', method: 'PUT', pattern: /^\/api\/returns\/accept$/ },
  { code: 'RT25', method: 'PUT', pattern: /^\/api\/returns\/receive$/ },
  { code: 'RT26', method: 'PUT', pattern: /^\/api\/returns\/compliance$/ },
  { code: 'RT27', method: 'PUT', pattern: /^\/api\/returns\/close$/ },
];

/** The operation a method and API path are, or undefined when the console may not call it. */
export function findOperation(method: string, apiPath: string): AllowedOperation | undefined {
  return allowedOperations.find((op) => op.method === method && op.pattern.test(apiPath));
}
