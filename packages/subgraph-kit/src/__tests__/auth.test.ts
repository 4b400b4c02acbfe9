import { randomUUID } from 'node:crypto';
import { type JWTVerifyGetKey, type KeyLike, SignJWT, generateKeyPair } from 'jose';
import { createTokenVerifier } from '../auth';
import { AuthenticationError } from '../errors';

const ISSUER = 'clientele';
const AUDIENCE = 'clientele-api';

const base = {
  typ: 'operator',
  sub: randomUUID(),
  pid: randomUUID(),
  role: 'OWNER',
  rid: null,
  sid: randomUUID(),
};

async function tokenSignedWith(key: KeyLike, expiresInSeconds = 300, claims: Record<string, unknown> = base) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(claims.sub as string)
    .setIssuedAt(now)
    .setExpirationTime(now + expiresInSeconds)
    .sign(key);
}

describe('createTokenVerifier', () => {
  let privateKey: KeyLike;
  let publicKey: KeyLike;
  let keyLookups: number;
  const keys: JWTVerifyGetKey = () => {
    keyLookups++;
    return publicKey;
  };

  beforeAll(async () => {
    ({ privateKey, publicKey } = await generateKeyPair('ES256'));
  });
  beforeEach(() => {
    keyLookups = 0;
  });

  it('should verify a remembered token once and still ask about its session on every request when remembering is on', async () => {
    const sessionChecks: string[] = [];
    const verify = createTokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      keys,
      rememberVerified: true,
      sessionCheck: (_caller, token) => {
        sessionChecks.push(token);
        return Promise.resolve(sessionChecks.length < 3);
      },
    });
    const token = await tokenSignedWith(privateKey);

    const first = await verify(`Bearer ${token}`);
    const second = await verify(`Bearer ${token}`);
    const revoked = verify(`Bearer ${token}`);

    expect(first).toEqual(second);
    expect(first).not.toBe(second);
    expect(keyLookups).toBe(1);
    await expect(revoked).rejects.toThrow('This session has ended');
    expect(sessionChecks).toHaveLength(3);
  });

  it('should verify every time when remembering is off, as for a key resolver by default', async () => {
    const verify = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys });
    const token = await tokenSignedWith(privateKey);

    await verify(`Bearer ${token}`);
    await verify(`Bearer ${token}`);

    expect(keyLookups).toBe(2);
  });

  it('should refuse a remembered token once it has expired', async () => {
    // The clock is moved rather than waited on: a token with a second to live can expire
    // before its first check on a busy machine.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const verify = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys, rememberVerified: true });
      const token = await tokenSignedWith(privateKey, 60);
      await verify(`Bearer ${token}`);
      jest.setSystemTime(Date.now() + 59_000);
      await verify(`Bearer ${token}`);
      jest.setSystemTime(Date.now() + 2_000);

      await expect(verify(`Bearer ${token}`)).rejects.toBeInstanceOf(AuthenticationError);
    } finally {
      jest.useRealTimers();
    }
  });

  it('should remember nothing about a token that failed', async () => {
    const other = await generateKeyPair('ES256');
    const verify = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys, rememberVerified: true });
    const forged = await tokenSignedWith(other.privateKey);

    await expect(verify(`Bearer ${forged}`)).rejects.toBeInstanceOf(AuthenticationError);
    await expect(verify(`Bearer ${forged}`)).rejects.toBeInstanceOf(AuthenticationError);
    expect(keyLookups).toBe(2);
  });
});
