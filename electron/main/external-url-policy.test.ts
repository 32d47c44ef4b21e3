// The policy for addresses opened in the system browser, with hostile inputs: only https addresses
// that parse, without credentials, pass; the normalised form is what gets opened.
import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from './external-url-policy';

describe('checkExternalUrl', () => {
  it.each([
    ['https://help.example.com/article?id=1', 'https://help.example.com/article?id=1'],
    ['https://example.com', 'https://example.com/'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['https://example.com/?mail=a@b.example', 'https://example.com/?mail=a@b.example'],
    ['https://example.com:8443/x#frag', 'https://example.com:8443/x#frag'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ])('opens %j as %j', (raw, expected) => {
    expect(checkExternalUrl(raw)).toEqual({ ok: true, url: expected });
  });

  it.each([
    '',
    'http://example.com/',
    'file:///etc/passwd',
    'FILE:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'seller-console://thread/1/2',
    'app://console/',
    'ms-msdt:/id PCWDiagnostic',
    'smb://attacker/share',
    'mailto:a@b.example',
    'https://user:pass@example.com/',
    'https://user@example.com/',
    'https://@example.com/',
    'https://example.com@evil.example/',
    'https:\\\\evil.example\\',
    'https:/\\evil.example/',
    'https:evil.example',
    'https:///evil.example',
    'https://',
    ' https://example.com/',
    'https://example.com/ x',
    'https://exa\tmple.com/',
    'https://example.com/\n',
    'https://example.com/\u0000',
    'https://example.com\u2028/',
    'https://exa mple.com/',
    'https://example.com%2F@evil/',
    'https://[::1/',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %j', (raw) => {
    const verdict = checkExternalUrl(raw);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason.length).toBeGreaterThan(0);
  });

  it.each([null, undefined, 42, {}, ['https://example.com/']])('refuses a non-string %j', (raw) => {
    expect(checkExternalUrl(raw).ok).toBe(false);
  });
});
