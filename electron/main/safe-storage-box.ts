import type { SecretBox } from '../shops/shop-store';

/** The part of Electron's safeStorage this module needs (passed in, so tests run in plain Node). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * A SecretBox on the operating system's keychain (Keychain, DPAPI, libsecret/kwallet). When the OS
 * offers no encryption, saving a key fails with a message saying why instead of storing it in clear.
 */
export function safeStorageBox(safeStorage: SafeStorageLike): SecretBox {
  return {
    kind: 'safeStorage',
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
