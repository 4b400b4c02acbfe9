import { z } from 'zod';
import argon2 from 'argon2';

/** OWASP's argon2id baseline: 19 MiB of memory, two passes, one lane. */
const ARGON2ID = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2ID);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

let decoyHash: Promise<string> | undefined;

/** Spends the time a real check would, so an unknown email is not told apart by timing. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  await argon2.verify(await decoyHash, password);
  return false;
}

/** A new password: long rather than complicated (NIST SP 800-63B), and not absurdly long. */
export const newPasswordSchema = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(256, 'Use at most 256 characters.')
  .refine((password) => password.trim().length >= 12, 'Use at least 12 characters that are not spaces.');
