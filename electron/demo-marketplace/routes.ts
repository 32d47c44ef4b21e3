import { matchOperation, type OperationCode } from '../../shared/mirakl';
import { getAccount, updateAccount } from './account.handlers';
import type { DemoReply, OperationContext } from './http-types';
import { createOperatorThread, downloadAttachment, getThread, listThreads, replyToThread } from './inbox.handlers';
import { createOrderThread, listOrders, resolveIncident } from './orders.handlers';
import type { PageTokens } from './page-token';
import { listCloseReasons, listOpenReasons } from './reasons.handlers';
import { acceptReturns, closeReturns, listReturns, receiveReturns, returnsCompliance } from './returns.handlers';

/** How the demo answers one operation (the context carries the path parameters the catalogue names). */
export type OperationHandler = (ctx: OperationContext, tokens: PageTokens) => DemoReply | Promise<DemoReply>;

/**
 * The demo's handler of every operation of the catalogue (shared/mirakl/operations.ts), which gives
 * each one's method and path: an operation added there without a handler here does not compile.
 */
export const operationHandlers: Readonly<Record<OperationCode, OperationHandler>> = {
  A01: getAccount,
  A02: updateAccount,
  M10: getThread,
  M11: listThreads,
  M12: replyToThread,
  M13: downloadAttachment,
  M14: createOperatorThread,
  OR11: listOrders,
  OR43: createOrderThread,
  OR64: resolveIncident,
  RE11: listOpenReasons,
  RE12: listCloseReasons,
  RT11: listReturns,
  RT21: acceptReturns,
  RT25: receiveReturns,
  RT26: returnsCompliance,
  RT27: closeReturns,
};

/** The operation for `method` and `path` with its path parameters and handler, or why there is none (404 path, 405 method). */
export function matchRoute(
  method: string,
  path: string,
): { code: OperationCode; params: Record<string, string>; handle: OperationHandler } | { status: 404 | 405 } {
  const match = matchOperation(method, path);
  return 'code' in match ? { ...match, handle: operationHandlers[match.code] } : match;
}
