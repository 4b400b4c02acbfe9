import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { JWK } from 'jose';

/**
 * The key private signing keys are encrypted with when none is configured, for development and
 * tests only: it is published here, so production refuses to start with it (or without a key).
 */
export const DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1kby1ub3QtdXNlLWl0LSE=';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface EncryptedPrivateKey {
  ciphertext: Buffer;
  keyId: string;
}

/** An AES-256 key from configuration: 32 bytes, base64-encoded. */
export function parseEncryptionKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('an encryption key must be 32 bytes, base64-encoded');
  return key;
}

/** Names a key without revealing it, so each ciphertext says which key it needs. */
function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/**
 * Encrypts private signing keys at rest with AES-256-GCM under the configured key; the signing
 * key's id is authenticated with it, so a ciphertext cannot be moved to another row. Keys that
 * were configured before (after a rotation of this key) still decrypt, and the start-up
 * re-encrypts what they protect under the current one.
 */
export class SigningKeyCipher {
  private readonly keys = new Map<string, Buffer>();
  readonly currentKeyId: string;

  constructor(
    private readonly current: Buffer,
    previous: readonly Buffer[] = [],
  ) {
    this.currentKeyId = keyIdOf(current);
    for (const key of [current, ...previous]) this.keys.set(keyIdOf(key), key);
  }

  encrypt(privateJwk: JWK, kid: string): EncryptedPrivateKey {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current, iv);
    cipher.setAAD(Buffer.from(kid));
    const body = Buffer.concat([cipher.update(JSON.stringify(privateJwk), 'utf8'), cipher.final()]);
    return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]), keyId: this.currentKeyId };
  }

  decrypt(encrypted: EncryptedPrivateKey, kid: string): JWK {
    const key = this.keys.get(encrypted.keyId);
    if (!key) {
      throw new Error(
        `signing key ${kid} is encrypted with key ${encrypted.keyId}, which is not configured: ` +
          'add it to SIGNING_KEY_DECRYPTION_KEYS',
      );
    }
    const iv = encrypted.ciphertext.subarray(0, IV_BYTES);
    const tag = encrypted.ciphertext.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(kid));
    decipher.setAuthTag(tag);
    const body = Buffer.concat([
      decipher.update(encrypted.ciphertext.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
    return JSON.parse(body.toString('utf8')) as JWK;
  }
}
