import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret: refresh tokens, invitation tokens and API key secrets. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * How a high-entropy secret is stored: a SHA-256 digest is enough for a random 256-bit value
 * (nothing to brute-force) and lets the lookup be an index seek. Passwords use argon2id instead.
 */
export function digestOf(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}
