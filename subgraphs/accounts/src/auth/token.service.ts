import { type OperatorCaller, TOKEN_ALGORITHM, newId } from '@clientele/subgraph-kit';
import {
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  type KeyLike,
  SignJWT,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
} from 'jose';
import { IsNull, type DataSource } from 'typeorm';
import { SigningKeyEntity } from './signing-key.entity';

/** Access tokens are short-lived: a stolen one is worth little for long. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface TokenSettings {
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
}

interface ActiveKey {
  kid: string;
  privateKey: KeyLike | Uint8Array;
}

/**
 * Issues access tokens signed with the platform's current ES256 key and publishes the public
 * keys, so every subgraph and the gateway verify tokens without being able to mint them.
 */
export class TokenService {
  private active?: ActiveKey;
  private published: JSONWebKeySet = { keys: [] };
  private keySet = createLocalJWKSet(this.published);

  constructor(
    private readonly dataSource: DataSource,
    readonly settings: TokenSettings,
  ) {}

  /** Loads the keys, creating the first one on a new database; concurrent starts agree on one. */
  async loadKeys(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('accounts.signing_keys'))`);
      const current = await manager.findOneBy(SigningKeyEntity, { retiredAt: IsNull() });
      if (current) return;
      const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
      const kid = newId();
      await manager.insert(SigningKeyEntity, {
        kid,
        algorithm: TOKEN_ALGORITHM,
        privateJwk: { ...(await exportJWK(privateKey)), kid, alg: TOKEN_ALGORITHM },
        publicJwk: { ...(await exportJWK(publicKey)), kid, alg: TOKEN_ALGORITHM, use: 'sig' },
        retiredAt: null,
      });
    });
    const keys = await this.dataSource.getRepository(SigningKeyEntity).find({ order: { createdAt: 'DESC' } });
    const current = keys.find((key) => key.retiredAt === null);
    if (!current) throw new Error('no active signing key');
    this.active = { kid: current.kid, privateKey: await importJWK(current.privateJwk, TOKEN_ALGORITHM) };
    this.published = { keys: keys.map((key) => key.publicJwk) };
    this.keySet = createLocalJWKSet(this.published);
  }

  get jwks(): JSONWebKeySet {
    return this.published;
  }

  /** Resolves a token's key from the published set, for verifying without HTTP. */
  readonly resolveKey: JWTVerifyGetKey = (header, token) => this.keySet(header, token);

  async issueAccessToken(caller: OperatorCaller): Promise<{ accessToken: string; expiresIn: number }> {
    if (!this.active) throw new Error('signing keys not loaded');
    const accessToken = await new SignJWT({
      typ: caller.kind,
      pid: caller.partnerId,
      role: caller.role,
      rid: caller.resellerId,
    })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: this.active.kid, typ: 'at+jwt' })
      .setSubject(caller.operatorId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt()
      .setJti(newId())
      .setExpirationTime(`${this.settings.accessTokenTtlSeconds}s`)
      .sign(this.active.privateKey);
    return { accessToken, expiresIn: this.settings.accessTokenTtlSeconds };
  }
}
