/** The custom scheme the desktop app registers for links into the console. */
export const deepLinkScheme = 'seller-console';

/** A thread a deep link points at. */
export interface ThreadLink {
  shopId: string;
  threadId: string;
}

const maxLength = 300;
// Shop ids are the console's own (e.g. 'demo-2001' or a UUID); thread ids are Mirakl's (UUIDs).
const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const linkPattern = /^seller-console:\/\/thread\/([^/]+)\/([^/]+)\/?$/i;

/**
 * Reads `seller-console://thread/<shop>/<id>` strictly: only that shape, ids of letters, digits, '-'
 * and '_' (no percent-encoding, dots, user info, port, query or fragment, no extra segments, no
 * whitespace or control characters), at most 300 characters. Anything else answers null, so a
 * hostile link can open nothing but a thread view (which still checks the shop and thread exist).
 */
export function parseDeepLink(raw: unknown): ThreadLink | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > maxLength) return null;
  const match = linkPattern.exec(raw);
  if (!match) return null;
  const [, shopId, threadId] = match;
  if (!shopId || !threadId || !idPattern.test(shopId) || !idPattern.test(threadId)) return null;
  return { shopId, threadId };
}

/**
 * Finds the deep link among a process's arguments (Windows and Linux hand the link to the second
 * instance as an argument): the first argument that parses, or null. Arguments that look like
 * options are skipped, so `--inspect=...` or a link glued to an option never counts.
 */
export function findDeepLink(argv: readonly string[]): ThreadLink | null {
  for (const argument of argv) {
    if (argument.startsWith('-')) continue;
    const link = parseDeepLink(argument);
    if (link) return link;
  }
  return null;
}
