import { operationCodes, operations, type OperationCode, type OperationParams } from './operations';

/**
 * What a path parameter may hold: the characters of Mirakl's ids (UUIDs, order and line ids).
 * Nothing else is let through, so no parameter can carry `/`, `?`, `#` or an encoded character
 * that would reach another endpoint.
 */
const paramPattern = '[A-Za-z0-9_.:-]+';

const compiled = operationCodes.map((code) => {
  const { method, path } = operations[code];
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => `(?<${name}>${paramPattern})`);
  return { code, method, pattern: new RegExp(`^${source}$`) };
});

/**
 * The API path of an operation with its parameters filled in (`/api/inbox/threads/t-1/message`).
 * Throws for a parameter that is not an id (a programming error: ids come from the marketplace).
 */
export function operationPath<C extends OperationCode>(code: C, params: OperationParams<C>): string {
  return operations[code].path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (params as Record<string, string>)[name] ?? '';
    if (!new RegExp(`^${paramPattern}$`).test(value)) throw new Error(`${code}: "${value}" is not a valid ${name}.`);
    return value;
  });
}

/**
 * Which operation a method and API path are, with their path parameters: or 404 when no operation
 * has that path, 405 when one has it with another method. The one way the gateway (its allow-list)
 * and the demo marketplace (its routes) recognise a request.
 */
export function matchOperation(
  method: string,
  apiPath: string,
): { code: OperationCode; params: Record<string, string> } | { status: 404 | 405 } {
  let pathKnown = false;
  for (const { code, method: expected, pattern } of compiled) {
    const match = pattern.exec(apiPath);
    if (!match) continue;
    pathKnown = true;
    if (expected === method) return { code, params: { ...match.groups } };
  }
  return { status: pathKnown ? 405 : 404 };
}
