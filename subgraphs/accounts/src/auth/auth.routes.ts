import { traceOf } from '@clientele/subgraph-kit';
import express, { type Express } from 'express';
import { z } from 'zod';
import { type OperatorService, callerOf } from '../operators/operator.service';
import type { TokenService } from './token.service';

const signInBody = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .pipe(z.email('Enter an email address like name@example.com.')),
  password: z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.'),
});

/**
 * Sign-in is a token endpoint rather than a GraphQL mutation, so that /graphql never has to
 * serve an unauthenticated caller.
 */
export function authRoutes(app: Express, deps: { operators: OperatorService; tokens: TokenService }): void {
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=300');
    res.json(deps.tokens.jwks);
  });

  app.post('/auth/sign-in', express.json({ limit: '16kb' }), (req, res, next) => {
    const body = signInBody.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({
        error: {
          code: 'INVALID_INPUT',
          message: 'Check the highlighted fields.',
          fields: body.error.issues.map((issue) => ({ field: issue.path.map(String), message: issue.message })),
        },
      });
      return;
    }
    deps.operators
      .authenticate(body.data.email, body.data.password)
      .then(async (operator) => {
        const { log } = traceOf(res);
        if (!operator) {
          log.info({ event: 'sign-in.failed' }, 'sign-in refused');
          res.status(401).json({ error: { code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect.' } });
          return;
        }
        const token = await deps.tokens.issueAccessToken(callerOf(operator));
        log.info({ event: 'sign-in.succeeded', operatorId: operator.id, partnerId: operator.partnerId }, 'signed in');
        res.setHeader('cache-control', 'no-store');
        res.json({
          accessToken: token.accessToken,
          tokenType: 'Bearer',
          expiresIn: token.expiresIn,
          operator: { id: operator.id, email: operator.email, name: operator.name, role: operator.role },
        });
      })
      .catch(next);
  });
}
