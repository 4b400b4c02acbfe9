import type { Express } from 'express';
import type { TokenService } from './token.service';

/** The issuer's public keys, with which the gateway and every subgraph verify access tokens. */
export function publishSigningKeys(app: Express, tokens: TokenService): void {
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=300');
    res.json(tokens.jwks);
  });
}
