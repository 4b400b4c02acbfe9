import { createTokenVerifier, defineModule, type SubgraphRuntime } from '@clientele/subgraph-kit';
import type { AccountsConfig } from '../config';
import { publishSigningKeys } from './credentials.routes';
import { InvitationService } from './invitation.service';
import { CredentialsAtRest1764600000000 } from './migrations/1764600000000-credentials-at-rest';
import { LiveSessionsByCustomer1766700000000 } from './migrations/1766700000000-live-sessions-by-customer';
import { SessionService } from './session.service';
import { SigningKeyCipher } from './signing-key.cipher';
import { SigningKeyEntity } from './signing-key.entity';
import { ThrottleService } from './throttle.service';
import { ACCESS_TOKEN_TTL_SECONDS, TokenService } from './token.service';

/** The low-level credentials every sign-in path is built from; it knows no product module. */
export interface Credentials {
  tokens: TokenService;
  sessions: SessionService;
  throttle: ThrottleService;
  invitations: InvitationService;
  /** Checks a token's signature and claims without asking whether its session is live. */
  verifyWithoutSession: ReturnType<typeof createTokenVerifier>;
}

/**
 * Passwords, secrets, signing keys and access tokens, sessions with refresh tokens, sign-in
 * throttling and single-use invitation links.
 */
export const credentialsModule = defineModule({
  name: 'credentials',
  entities: [SigningKeyEntity],
  migrations: [CredentialsAtRest1764600000000, LiveSessionsByCustomer1766700000000],
  service({ dataSource, config }: SubgraphRuntime<AccountsConfig>): Credentials {
    const tokens = new TokenService(
      dataSource,
      {
        issuer: config.auth.issuer,
        audience: config.auth.audience,
        accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
      },
      new SigningKeyCipher(config.signingKeyEncryption.current, config.signingKeyEncryption.previous),
    );
    return {
      tokens,
      sessions: new SessionService(dataSource),
      throttle: new ThrottleService(dataSource),
      invitations: new InvitationService(dataSource, config.publicUrl),
      verifyWithoutSession: createTokenVerifier({
        issuer: config.auth.issuer,
        audience: config.auth.audience,
        keys: tokens.resolveKey,
      }),
    };
  },
  prepare: async (credentials, { logger }) => {
    const { reencrypted } = await credentials.tokens.loadKeys();
    if (reencrypted > 0)
      logger.info({ event: 'signing-keys.reencrypted', count: reencrypted }, 'signing keys re-encrypted');
  },
  routes: ({ tokens }, app) => publishSigningKeys(app, tokens),
});
