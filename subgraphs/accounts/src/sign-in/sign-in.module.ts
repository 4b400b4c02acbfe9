import { createTokenVerifier, defineModule, type SubgraphRuntime } from '@clientele/subgraph-kit';
import { apiKeysModule } from '../api-keys';
import type { AccountsConfig } from '../config';
import { credentialsModule } from '../credentials';
import { impersonationModule } from '../impersonation';
import { membersModule } from '../members';
import { operatorsModule } from '../operators';
import { platformModule } from '../platform';
import { SessionCookies } from './session-cookies';
import { signInRoutes } from './sign-in.routes';
import { SignInService } from './sign-in.service';

/**
 * Signing in to the admin app and the portal, refresh and sign-out, accepting invitations, API
 * key exchange, and the live-session check every service asks before trusting a token.
 */
export const signInModule = defineModule({
  name: 'sign-in',
  dependsOn: {
    credentials: credentialsModule,
    operators: operatorsModule,
    staff: platformModule,
    members: membersModule,
    apiKeys: apiKeysModule,
    impersonation: impersonationModule,
  },
  service: ({ dataSource, config }: SubgraphRuntime<AccountsConfig>, { credentials, impersonation, ...who }) => ({
    signIn: new SignInService(dataSource, credentials, who),
    credentials,
    impersonation,
    cookies: new SessionCookies(config.secureCookies),
  }),
  // The issuer checks its own tokens and sessions without a network hop.
  verifyToken: ({ signIn, credentials: { tokens } }) =>
    createTokenVerifier({
      issuer: tokens.settings.issuer,
      audience: tokens.settings.audience,
      keys: tokens.resolveKey,
      // A retired key stays published until every token it signed has expired (see TokenService).
      rememberVerified: true,
      sessionCheck: (caller) => signIn.isLive(caller),
    }),
  routes: ({ signIn, credentials, impersonation, cookies }, app) =>
    signInRoutes(app, { signIn, impersonation, cookies, verifyWithoutSession: credentials.verifyWithoutSession }),
});
