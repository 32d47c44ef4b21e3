// The SecretBox on Electron's safeStorage, with a fake safeStorage that really transforms its input.
import { describe, expect, it, vi } from 'vitest';
import { createShopStore } from '../shops/shop-store';
import { memoryTextFile } from '../storage/atomic-file';
import { chooseSecretBox, safeStorageBox, sessionSecretBox, type SafeStorageLike } from './safe-storage-box';

/** XORs with a fixed byte and prefixes a marker, like an opaque OS-encrypted blob. */
function fakeSafeStorage(available = true) {
  const storage = {
    available,
    isEncryptionAvailable: vi.fn(() => storage.available),
    encryptString: vi.fn((plain: string) => Buffer.concat([Buffer.from('v10'), Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)])),
    decryptString: vi.fn((encrypted: Buffer) => {
      if (encrypted.subarray(0, 3).toString() !== 'v10')
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(encrypted.subarray(3).map((b) => b ^ 0x5a)).toString('utf8');
    }),
  };
  return storage satisfies SafeStorageLike;
}

const key = 'SHOP-KEY-éàü-0123456789';

describe('safeStorageBox', () => {
  it('round-trips a key, storing it as base64 of the encrypted bytes', () => {
    const storage = fakeSafeStorage();
    const box = safeStorageBox(storage);
    expect(box.kind).toBe('safeStorage');
    const stored = box.encrypt(key);
    expect(stored).not.toContain(key);
    expect(stored).toBe(storage.encryptString(key).toString('base64'));
    expect(box.decrypt(stored)).toBe(key);
    expect(storage.decryptString).toHaveBeenCalled();
  });

  it('refuses to encrypt when the OS offers no encryption, without calling encryptString', () => {
    const storage = fakeSafeStorage(false);
    const box = safeStorageBox(storage);
    expect(() => box.encrypt(key)).toThrow(/no secure key storage/);
    expect(storage.encryptString).not.toHaveBeenCalled();
  });

  it('checks availability at each call, not once', () => {
    const storage = fakeSafeStorage(true);
    const box = safeStorageBox(storage);
    expect(() => box.encrypt(key)).not.toThrow();
    storage.available = false;
    expect(() => box.encrypt(key)).toThrow(/no secure key storage/);
  });

  it('lets the decryption error through for a value it did not encrypt', () => {
    const box = safeStorageBox(fakeSafeStorage());
    expect(() => box.decrypt(Buffer.from('garbage').toString('base64'))).toThrow(/decrypt/);
  });

  it('makes a shop store refuse to add a shop (nothing written) when encryption is unavailable', async () => {
    const file = memoryTextFile();
    const store = createShopStore(file, safeStorageBox(fakeSafeStorage(false)), () => 'shop-1');
    await expect(store.add({ label: 'L', market: 'FR', baseUrl: 'https://m.example.net', key, miraklShopId: null })).rejects.toThrow(
      /no secure key storage/,
    );
    expect(file.text).toBeNull();
  });
});

describe('chooseSecretBox', () => {
  const withBackend = (backend: string, available = true) => ({ ...fakeSafeStorage(available), getSelectedStorageBackend: () => backend });

  it.each(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'])('keeps keys on disk, encrypted, with the %s keychain', (backend) => {
    const box = chooseSecretBox(withBackend(backend), 'linux');
    expect(box.kind).toBe('safeStorage');
    expect(box.persistence).toBe('disk');
    expect(box.encrypt(key)).not.toContain(key);
  });

  it.each(['basic_text', 'unknown'])('keeps keys for the session only on Linux when the backend is %s', (backend) => {
    const storage = withBackend(backend);
    const box = chooseSecretBox(storage, 'linux');
    expect(box).toBe(sessionSecretBox);
    expect(box.persistence).toBe('session');
    expect(box.decrypt(box.encrypt(key))).toBe(key);
    expect(storage.encryptString).not.toHaveBeenCalled();
  });

  it('keeps keys for the session only when no encryption is available at all', () => {
    expect(chooseSecretBox(withBackend('gnome_libsecret', false), 'linux')).toBe(sessionSecretBox);
    expect(chooseSecretBox(fakeSafeStorage(false), 'win32')).toBe(sessionSecretBox);
  });

  it.each(['darwin', 'win32'] as const)('uses the keychain on %s without asking for a Linux backend', (platform) => {
    const storage = fakeSafeStorage(true);
    expect(chooseSecretBox(storage, platform).kind).toBe('safeStorage');
  });

  it('never stores the clear key in the session box form', () => {
    expect(sessionSecretBox.encrypt(key)).not.toContain(key);
  });
});
