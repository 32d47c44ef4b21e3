import { getAccount, updateAccount } from './account.handlers';
import type { DemoReply, OperationContext } from './http-types';
import { createOperatorThread, downloadAttachment, getThread, listThreads, replyToThread } from './inbox.handlers';
import { createOrderThread, listOrders, resolveIncident } from './orders.handlers';
import type { PageTokens } from './page-token';
import { listCloseReasons, listOpenReasons } from './reasons.handlers';
import { acceptReturns, closeReturns, listReturns, receiveReturns, returnsCompliance } from './returns.handlers';

/** One operation of the subset: its Mirakl code, method, path pattern (named groups = path parameters) and handler. */
export interface Route {
  code: string;
  method: string;
  pattern: RegExp;
  handle: (ctx: OperationContext, tokens: PageTokens) => DemoReply | Promise<DemoReply>;
}

/** Every operation of the subset spec, with its path exactly as the spec writes it. */
export const routes: readonly Route[] = [
  { code: 'A01', method: 'GET', pattern: /^\/api\/account$/, handle: getAccount },
  { code: 'A02', method: 'PUT', pattern: /^\/api\/account$/, handle: updateAccount },
  { code: 'M11', method: 'GET', pattern: /^\/api\/inbox\/threads$/, handle: listThreads },
  { code: 'M14', method: 'POST', pattern: /^\/api\/inbox\/threads$/, handle: createOperatorThread },
  { code: 'M13', method: 'GET', pattern: /^\/api\/inbox\/threads\/(?<attachment_id>[^/]+)\/download$/, handle: downloadAttachment },
  { code: 'M10', method: 'GET', pattern: /^\/api\/inbox\/threads\/(?<thread_id>[^/]+)$/, handle: getThread },
  { code: 'M12', method: 'POST', pattern: /^\/api\/inbox\/threads\/(?<thread_id>[^/]+)\/message$/, handle: replyToThread },
  { code: 'OR11', method: 'GET', pattern: /^\/api\/orders$/, handle: listOrders },
  { code: 'OR43', method: 'POST', pattern: /^\/api\/orders\/(?<order_id>[^/]+)\/threads$/, handle: createOrderThread },
  { code: 'OR64', method: 'PUT', pattern: /^\/api\/orders\/(?<order_id>[^/]+)\/lines\/(?<line>[^/]+)\/resolve_incident$/, handle: resolveIncident },
  { code: 'RE11', method: 'GET', pattern: /^\/api\/reasons\/incident_open$/, handle: listOpenReasons },
  { code: 'RE12', method: 'GET', pattern: /^\/api\/reasons\/incident_close$/, handle: listCloseReasons },
  { code: 'RT11', method: 'GET', pattern: /^\/api\/returns$/, handle: listReturns },
  { code: 'RT21', method: 'PUT', pattern: /^\/api\/returns\/accept$/, handle: acceptReturns },
  { code: 'RT25', method: 'PUT', pattern: /^\/api\/returns\/receive$/, handle: receiveReturns },
  { code: 'RT26', method: 'PUT', pattern: /^\/api\/returns\/compliance$/, handle: returnsCompliance },
  { code: 'RT27', method: 'PUT', pattern: /^\/api\/returns\/close$/, handle: closeReturns },
];

/** The route for `method` and `path` with its decoded path parameters, or why there is none (404 path, 405 method). */
export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | { status: 404 | 405 } {
  let pathMatched = false;
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = decodeURIComponent(v);
    return { route, params };
  }
  return { status: pathMatched ? 405 : 404 };
}

/** The operation code of a request, for the request log and fault matching (null when none). */
export function operationOf(method: string, path: string): string | null {
  const match = matchRoute(method, path);
  return 'route' in match ? match.route.code : null;
}
