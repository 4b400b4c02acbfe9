import { type Caller, TOKEN_ALGORITHM, claimsOf, newId } from '@clientele/subgraph-kit';
import {
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
  type KeyLike,
  SignJWT,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
} from 'jose';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { SigningKeyCipher } from './signing-key.cipher';
import { SigningKeyEntity } from './signing-key.entity';

/** Access tokens are short-lived: a stolen one is worth little for long. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/** A retired key stays published this long, so tokens it signed verify until they expire. */
// Longer than the longest-lived token (a 30-minute portal session) plus the activation delay.
const RETIRED_KEY_PUBLISHED_MS = 60 * 60_000;

/** How often a replica looks for keys another replica rotated in. */
const KEY_RELOAD_INTERVAL_MS = 60_000;

/**
 * A new key is published this long before anything is signed with it, so that every verifier
 * has fetched it (jose refetches a key set on an unknown key id at most every 30 s).
 */
const KEY_ACTIVATION_DELAY_MS = 2 * 60_000;

export interface TokenSettings {
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
}

interface ActiveKey {
  kid: string;
  privateKey: KeyLike | Uint8Array;
}

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
  expiresAt: Date;
}

/**
 * Issues access tokens signed with the platform's current ES256 key and publishes the public
 * keys, so every subgraph and the gateway verify tokens without being able to mint them.
 * Rotation adds a key and retires the old one, which stays published until its tokens expire.
 */
export class TokenService {
  private active?: ActiveKey;
  private published: JSONWebKeySet = { keys: [] };
  private keySet = createLocalJWKSet(this.published);
  private loadedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    readonly settings: TokenSettings,
    private readonly cipher: SigningKeyCipher,
  ) {}

  /**
   * Loads the keys, creating the first one on a new database; concurrent starts agree on one.
   * Private keys stored in the clear or under an earlier encryption key are encrypted under the
   * current one first; answers how many were.
   */
  async loadKeys(): Promise<{ reencrypted: number }> {
    const reencrypted = await this.dataSource.transaction(async (manager) => {
      await this.lockKeys(manager);
      const current = await manager.findOneBy(SigningKeyEntity, { retiredAt: IsNull() });
      if (!current) await this.createKey(manager);
      return this.reencrypt(manager);
    });
    await this.reloadKeys();
    return { reencrypted };
  }

  /**
   * Adds a new signing key and retires the previous one. The new key is published at once and
   * signs from `KEY_ACTIVATION_DELAY_MS` later; the old one signs until then and stays published
   * until its tokens have expired.
   */
  async rotateKeys(): Promise<string> {
    const kid = await this.dataSource.transaction(async (manager) => {
      await this.lockKeys(manager);
      await manager.update(SigningKeyEntity, { retiredAt: IsNull() }, { retiredAt: new Date() });
      return this.createKey(manager);
    });
    await this.reloadKeys();
    return kid;
  }

  get jwks(): JSONWebKeySet {
    return this.published;
  }

  /**
   * Resolves a token's key from the published set, for verifying without HTTP. An unknown key
   * id may be one another replica just rotated in, so the keys are reloaded (at most every few seconds).
   */
  readonly resolveKey: JWTVerifyGetKey = async (header, token) => {
    try {
      return await this.keySet(header, token);
    } catch (err) {
      if (Date.now() - this.loadedAt < 5_000) throw err;
      await this.reloadKeys();
      return this.keySet(header, token);
    }
  };

  /**
   * Signs an access token for a caller. It lives for the configured TTL (or `ttlSeconds`), and
   * never past `expiresAt`: a token cannot outlive its session.
   */
  async issueAccessToken(
    caller: Caller,
    options: { expiresAt?: Date; ttlSeconds?: number } = {},
  ): Promise<IssuedToken> {
    if (Date.now() - this.loadedAt > KEY_RELOAD_INTERVAL_MS) await this.reloadKeys();
    if (!this.active) throw new Error('signing keys not loaded');
    const now = Math.floor(Date.now() / 1000);
    const ttlEnd = now + (options.ttlSeconds ?? this.settings.accessTokenTtlSeconds);
    const exp = options.expiresAt ? Math.min(ttlEnd, Math.floor(options.expiresAt.getTime() / 1000)) : ttlEnd;
    const { sub, ...claims } = claimsOf(caller);
    const accessToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: this.active.kid, typ: 'at+jwt' })
      .setSubject(sub)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(now)
      .setJti(newId())
      .setExpirationTime(exp)
      .sign(this.active.privateKey);
    return { accessToken, expiresIn: exp - now, expiresAt: new Date(exp * 1000) };
  }

  private async lockKeys(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('accounts.signing_keys'))`);
  }

  private async createKey(manager: EntityManager): Promise<string> {
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
    const kid = newId();
    const { ciphertext, keyId } = this.cipher.encrypt(
      { ...(await exportJWK(privateKey)), kid, alg: TOKEN_ALGORITHM },
      kid,
    );
    await manager.insert(SigningKeyEntity, {
      kid,
      algorithm: TOKEN_ALGORITHM,
      privateJwk: null,
      privateKeyCiphertext: ciphertext,
      encryptionKeyId: keyId,
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: TOKEN_ALGORITHM, use: 'sig' },
      retiredAt: null,
    });
    return kid;
  }

  private async reencrypt(manager: EntityManager): Promise<number> {
    const stale = await manager
      .createQueryBuilder(SigningKeyEntity, 'k')
      .where('k.private_jwk IS NOT NULL OR k.encryption_key_id <> :current', { current: this.cipher.currentKeyId })
      .getMany();
    for (const key of stale) {
      const { ciphertext, keyId } = this.cipher.encrypt(this.privateJwkOf(key), key.kid);
      await manager.update(
        SigningKeyEntity,
        { kid: key.kid },
        { privateJwk: null, privateKeyCiphertext: ciphertext, encryptionKeyId: keyId },
      );
    }
    return stale.length;
  }

  private privateJwkOf(key: SigningKeyEntity): JWK {
    if (key.privateJwk) return key.privateJwk;
    if (!key.privateKeyCiphertext || !key.encryptionKeyId) throw new Error(`signing key ${key.kid} has no private key`);
    return this.cipher.decrypt({ ciphertext: key.privateKeyCiphertext, keyId: key.encryptionKeyId }, key.kid);
  }

  private async reloadKeys(): Promise<void> {
    const keys = await this.dataSource.getRepository(SigningKeyEntity).find({ order: { createdAt: 'DESC' } });
    // Sign with the newest key old enough to be known everywhere; if none is yet, the oldest.
    const activeSince = Date.now() - KEY_ACTIVATION_DELAY_MS;
    const current = keys.find((key) => key.createdAt.getTime() <= activeSince) ?? keys[keys.length - 1];
    if (!current) throw new Error('no signing key');
    const publishedSince = Date.now() - RETIRED_KEY_PUBLISHED_MS;
    this.active = { kid: current.kid, privateKey: await importJWK(this.privateJwkOf(current), TOKEN_ALGORITHM) };
    this.published = {
      keys: keys
        .filter((key) => !key.retiredAt || key.retiredAt.getTime() > publishedSince)
        .map((key) => key.publicJwk),
    };
    this.keySet = createLocalJWKSet(this.published);
    this.loadedAt = Date.now();
  }
}
