import { randomBytes } from 'node:crypto';
import { SigningKeyCipher } from '../signing-key.cipher';

const privateJwk = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'secret-d', kid: 'k1', alg: 'ES256' };

describe('SigningKeyCipher', () => {
  it('should give back the private key when it decrypts what it encrypted', () => {
    const cipher = new SigningKeyCipher(randomBytes(32));

    const encrypted = cipher.encrypt(privateJwk, 'k1');

    expect(encrypted.ciphertext.includes(Buffer.from('secret-d'))).toBe(false);
    expect(encrypted.keyId).toBe(cipher.currentKeyId);
    expect(cipher.decrypt(encrypted, 'k1')).toEqual(privateJwk);
  });

  it('should decrypt with an earlier key when it is configured as a decryption key', () => {
    const oldKey = randomBytes(32);
    const encrypted = new SigningKeyCipher(oldKey).encrypt(privateJwk, 'k1');

    const rotated = new SigningKeyCipher(randomBytes(32), [oldKey]);

    expect(rotated.currentKeyId).not.toBe(encrypted.keyId);
    expect(rotated.decrypt(encrypted, 'k1')).toEqual(privateJwk);
  });

  it('should refuse a ciphertext when its key is not configured', () => {
    const encrypted = new SigningKeyCipher(randomBytes(32)).encrypt(privateJwk, 'k1');

    expect(() => new SigningKeyCipher(randomBytes(32)).decrypt(encrypted, 'k1')).toThrow(/not configured/);
  });

  it('should refuse a ciphertext when it is moved to another signing key or altered', () => {
    const cipher = new SigningKeyCipher(randomBytes(32));
    const encrypted = cipher.encrypt(privateJwk, 'k1');
    const altered = Buffer.from(encrypted.ciphertext);
    altered[altered.length - 1]! ^= 1;

    expect(() => cipher.decrypt(encrypted, 'k2')).toThrow();
    expect(() => cipher.decrypt({ ...encrypted, ciphertext: altered }, 'k1')).toThrow();
  });
});
