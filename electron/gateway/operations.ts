import { matchOperation, type OperationCode } from '../../shared/mirakl';

/**
 * The gateway's allow-list: the operations of the console's Mirakl catalogue
 * (shared/mirakl/operations.ts) and nothing else, so a compromised or buggy renderer cannot use a
 * shop key for any other operation. Answers the operation a method and API path are, or undefined.
 */
export function findOperation(method: string, apiPath: string): { code: OperationCode } | undefined {
  const match = matchOperation(method, apiPath);
  return 'code' in match ? { code: match.code } : undefined;
}
