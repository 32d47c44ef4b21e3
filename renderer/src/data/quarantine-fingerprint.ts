/**
 * A short fingerprint of a quarantined payload (kind + 53-bit hash of its JSON), so the same broken
 * record seen again on the next pass is kept once, not once per pass.
 */
export function quarantineFingerprint(shopId: string, kind: string, payload: unknown): string {
  const text = JSON.stringify(payload) ?? 'undefined';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${shopId}:${kind}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
