import { describe, expect, it } from 'vitest';
import { hashPin, pinKdfParams, verifyPin } from './pin-kdf';

describe('the PIN KDF', () => {
  it('uses a memory-hard scrypt cost of at least 32 MiB per try', () => {
    expect(128 * pinKdfParams.N * pinKdfParams.r * pinKdfParams.p).toBeGreaterThanOrEqual(32 * 1024 * 1024);
  });

  it('verifies the right PIN only, with a fresh salt per hash and the PIN nowhere in the hash', async () => {
    const first = await hashPin('4711');
    const second = await hashPin('4711');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('4711');
    expect(await verifyPin('4711', first)).toBe(true);
    expect(await verifyPin('4712', first)).toBe(false);
    expect(await verifyPin('', first)).toBe(false);
  });

  it('answers false, never throws, for a stored value it did not write', async () => {
    expect(await verifyPin('4711', 'plain-4711')).toBe(false);
    expect(await verifyPin('4711', 'scrypt$x$8$1$AAAA$BBBB')).toBe(false);
    expect(await verifyPin('4711', 'scrypt$1024$8$1$AAAA$short')).toBe(false);
  });
});
