/** What the policy decided about an address the console was asked to open outside the app. */
export type ExternalUrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

const maxLength = 2048;

/**
 * Decides whether an address may be handed to the operating system's browser (`shell.openExternal`).
 * Only plain `https://host/...` addresses that parse pass; everything else is refused with a reason:
 * other schemes (file:, javascript:, custom app schemes, http:), credentials in the address
 * (`https://user:pass@host`), backslash or whitespace tricks, control characters, empty hosts and
 * overlong addresses. The answer's `url` is the parsed, normalised form: open that, never the input.
 */
export function checkExternalUrl(raw: unknown): ExternalUrlVerdict {
  if (typeof raw !== 'string' || raw.length === 0) return refuse('The address is empty.');
  if (raw.length > maxLength) return refuse('The address is too long.');
  // Control characters, spaces and backslashes are what parsers disagree on; a real link has none.
  if (hasSuspiciousCharacter(raw)) return refuse('The address holds characters a link never has.');
  if (!/^https:\/\/[^/]/i.test(raw)) return refuse('Only https addresses are opened outside the console.');
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return refuse('The address cannot be read.');
  }
  if (parsed.protocol !== 'https:') return refuse('Only https addresses are opened outside the console.');
  const authority = raw.slice('https://'.length).split(/[/?#]/)[0] ?? '';
  if (parsed.username !== '' || parsed.password !== '' || authority.includes('@')) {
    return refuse('The address carries a user name or password.');
  }
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)$/.test(parsed.hostname)) return refuse('The address names no valid host.');
  return { ok: true, url: parsed.href };
}

function refuse(reason: string): ExternalUrlVerdict {
  return { ok: false, reason };
}

/** Control characters, whitespace (incl. NBSP, line separators, BOM) and backslashes. */
function hasSuspiciousCharacter(raw: string): boolean {
  for (const char of raw) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0) || char === '\\' || code === 0x2028 || code === 0x2029 || code === 0xfeff)
      return true;
  }
  return false;
}
