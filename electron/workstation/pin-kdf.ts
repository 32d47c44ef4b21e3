import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt's cost for a profile's PIN: N = 2^15, r = 8, p = 1 (32 MiB of memory per try, about a
 * tenth of a second), the OWASP recommendation for scrypt. Memory-hard, so a stolen hash file is
 * expensive to try PINs against on GPUs; `maxmem` is raised above the 32 MiB it needs.
 */
export const pinKdfParams = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;

function derive(secret: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * params.p * 2 };
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFKC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * Hashes a PIN or passphrase for storage: `scrypt$N$r$p$<salt b64>$<hash b64>` with a fresh 16-byte
 * salt. `params` lowers the cost in tests only.
 */
export async function hashPin(pin: string, params: { N: number; r: number; p: number } = pinKdfParams): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * Checks a PIN against a stored hash in constant time. Answers false for a wrong PIN and for a
 * stored value that is not a hash this module wrote (never throws for those).
 */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, nText, rText, pText, saltText, hashText] = stored.split('$');
  if (scheme !== 'scrypt' || hashText === undefined || saltText === undefined) return false;
  const N = Number(nText);
  const r = Number(rText);
  const p = Number(pText);
  // A cost far above ours would let a planted file stall the host: refuse it.
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(saltText, 'base64');
  const expected = Buffer.from(hashText, 'base64');
  if (expected.length !== keyLength) return false;
  const key = await derive(pin, salt, { N, r, p });
  return timingSafeEqual(key, expected);
}
