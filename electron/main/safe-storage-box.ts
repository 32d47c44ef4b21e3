import type { SecretBox } from '../shops/shop-store';

/** The part of Electron's safeStorage this module needs (passed in, so tests run in plain Node). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store Chromium picked ('basic_text' means no real keychain). */
  getSelectedStorageBackend?(): string;
}

/**
 * A SecretBox on the operating system's keychain (Keychain, DPAPI, libsecret/kwallet). When the OS
 * offers no encryption, saving a key fails with a message saying why instead of storing it in clear.
 */
export function safeStorageBox(safeStorage: SafeStorageLike): SecretBox {
  return {
    kind: 'safeStorage',
    persistence: 'disk',
    encrypt(plain) {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new Error('This computer offers no secure key storage (e.g. no keyring is running), so the shop key was not saved.');
      }
      return safeStorage.encryptString(plain).toString('base64');
    },
    decrypt(stored) {
      return safeStorage.decryptString(Buffer.from(stored, 'base64'));
    },
  };
}

/**
 * Keys held in this process's memory only, for a computer without a real keychain: shops connected
 * with it are forgotten when the console quits (the host keeps their list in memory too), and the
 * console says so. The stored form is opaque (base64) only so it never reads as the key in a dump.
 */
export const sessionSecretBox: SecretBox = {
  kind: 'session',
  persistence: 'session',
  encrypt: (plain) => Buffer.from(plain, 'utf8').toString('base64'),
  decrypt: (stored) => Buffer.from(stored, 'base64').toString('utf8'),
};

/**
 * Picks where the desktop app keeps shop keys. safeStorage on a real keychain persists them; on Linux
 * when Chromium fell back to `basic_text` (a hard-coded password, i.e. no protection at all), or when
 * no encryption is available, keys are kept for the session only. Call after `app.whenReady()`
 * (before it, the Linux backend is still 'unknown').
 */
export function chooseSecretBox(safeStorage: SafeStorageLike, platform: NodeJS.Platform): SecretBox {
  if (!safeStorage.isEncryptionAvailable()) return sessionSecretBox;
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'basic_text' || backend === 'unknown') return sessionSecretBox;
  }
  return safeStorageBox(safeStorage);
}
