import { type TokenVerifier, traceOf } from '@clientele/subgraph-kit';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { ImpersonationService } from '../impersonation/impersonation.service';
import type { AuthService, RefreshResult, SignInResult } from './auth.service';
import { newPasswordSchema } from './password';
import type { SessionKind } from './session.service';

const credentials = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .pipe(z.email('Enter an email address like name@example.com.')),
  password: z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.'),
});

const invitationAcceptance = z.object({
  token: z.string().min(1, 'The invitation link is incomplete; open it again from the message you received.'),
  password: newPasswordSchema,
});

const tokenRequest = z.object({ grant_type: z.literal('client_credentials'), client_secret: z.string().min(1) });

/** The admin app and the portal keep separate sessions, so each has its own cookie. */
interface Surface {
  cookie: string;
  path: string;
  kinds: readonly SessionKind[];
}
const ADMIN: Surface = { cookie: 'clientele_session', path: '/auth', kinds: ['operator', 'platform'] };
const PORTAL: Surface = { cookie: 'clientele_portal_session', path: '/auth/portal', kinds: ['member'] };

export interface AuthRouteDeps {
  auth: AuthService;
  impersonation: ImpersonationService;
  /** Verifies a token's signature and claims without asking whether its session is live. */
  verifyWithoutSession: TokenVerifier;
  jwks: () => unknown;
  secureCookies: boolean;
}

function fail(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ error: { code, message, ...extra } });
}

function invalidInput(res: Response, error: z.ZodError) {
  fail(res, 400, 'INVALID_INPUT', 'Check the highlighted fields.', {
    fields: error.issues.map((issue) => ({ field: issue.path.map(String), message: issue.message })),
  });
}

/** Cookie-bearing requests must be JSON: a cross-site form cannot send that without a CORS preflight. */
function requireJson(req: Request, res: Response, next: NextFunction) {
  if (!req.is('application/json')) {
    fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request as application/json.');
    return;
  }
  next();
}

function route(handler: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response, next: NextFunction) => {
    handler(req, res).catch(next);
  };
}

/**
 * Token endpoints, not GraphQL mutations, so that /graphql never serves an unauthenticated
 * caller: sign-in, refresh, sign-out, API key exchange, invitations, and the session check the
 * other subgraphs ask before trusting a token.
 */
export function authRoutes(app: Express, deps: AuthRouteDeps): void {
  const json = express.json({ limit: '16kb' });

  const setSessionCookie = (res: Response, surface: Surface, token: string, expiresAt: Date) => {
    res.append(
      'set-cookie',
      serializeCookie(surface.cookie, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.secureCookies,
        path: surface.path,
        expires: expiresAt,
      }),
    );
  };
  const clearSessionCookie = (res: Response, surface: Surface) => {
    res.append(
      'set-cookie',
      serializeCookie(surface.cookie, '', {
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.secureCookies,
        path: surface.path,
        maxAge: 0,
      }),
    );
  };
  const cookieOf = (req: Request, surface: Surface) => parseCookies(req.header('cookie') ?? '')[surface.cookie];

  const answerSignIn = (res: Response, surface: Surface, result: SignInResult | RefreshResult) => {
    const { log } = traceOf(res);
    res.setHeader('cache-control', 'no-store');
    switch (result.outcome) {
      case 'signed-in':
        log.info(
          { event: 'session.token-issued', viewerId: result.viewer.id, kind: result.viewer.kind },
          'token issued',
        );
        setSessionCookie(res, surface, result.refreshToken, result.refreshExpiresAt);
        res.json({
          accessToken: result.token.accessToken,
          tokenType: 'Bearer',
          expiresIn: result.token.expiresIn,
          viewer: result.viewer,
        });
        return;
      case 'throttled': {
        const minutes = Math.ceil(result.retryAfterSeconds / 60);
        log.warn({ event: 'sign-in.throttled' }, 'sign-in throttled');
        res.setHeader('retry-after', String(result.retryAfterSeconds));
        fail(
          res,
          429,
          'TOO_MANY_ATTEMPTS',
          `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          {
            retryAfterSeconds: result.retryAfterSeconds,
          },
        );
        return;
      }
      case 'unavailable':
        clearSessionCookie(res, surface);
        fail(res, 403, 'ACCOUNT_UNAVAILABLE', result.reason);
        return;
      case 'reused':
        // A spent refresh token came back: someone has a copy. The whole session is already ended.
        log.warn({ event: 'session.refresh-token-reused' }, 'refresh token reused; session revoked');
        clearSessionCookie(res, surface);
        fail(res, 401, 'SESSION_EXPIRED', 'Your session has ended. Sign in again.');
        return;
      case 'invalid':
        if ('refresh' in res.locals) {
          clearSessionCookie(res, surface);
          fail(res, 401, 'SESSION_EXPIRED', 'Your session has ended. Sign in again.');
        } else {
          log.info({ event: 'sign-in.failed' }, 'sign-in refused');
          fail(res, 401, 'INVALID_CREDENTIALS', 'Email or password is incorrect.');
        }
        return;
    }
  };

  const signIn = (
    surface: Surface,
    attempt: (email: string, password: string, clientAddress: string | null) => Promise<SignInResult>,
  ) =>
    route(async (req, res) => {
      const body = credentials.safeParse(req.body);
      if (!body.success) return invalidInput(res, body.error);
      answerSignIn(res, surface, await attempt(body.data.email, body.data.password, req.ip ?? null));
    });

  const refresh = (surface: Surface) =>
    route(async (req, res) => {
      res.locals.refresh = true;
      const token = cookieOf(req, surface);
      answerSignIn(res, surface, token ? await deps.auth.refresh(token, surface.kinds) : { outcome: 'invalid' });
    });

  const signOut = (surface: Surface) =>
    route(async (req, res) => {
      // A log-in-as session has no cookie: its bearer token names it, and only it ends, even
      // though the operator's own cookie travels with every same-origin request.
      if (req.header('authorization')) {
        const caller = await deps.verifyWithoutSession(req.header('authorization')).catch(() => null);
        if (caller?.kind === 'portal' && caller.impersonator) {
          await deps.impersonation.end(caller, traceOf(res).requestId);
          res.status(204).end();
          return;
        }
      }
      const token = cookieOf(req, surface);
      if (token) await deps.auth.signOut(token);
      clearSessionCookie(res, surface);
      res.status(204).end();
    });

  app.get('/.well-known/jwks.json', (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=300');
    res.json(deps.jwks());
  });

  app.post(
    '/auth/sign-in',
    requireJson,
    json,
    signIn(ADMIN, (email, password, address) => deps.auth.signIn(email, password, address)),
  );
  app.post('/auth/refresh', requireJson, json, refresh(ADMIN));
  app.post('/auth/sign-out', requireJson, json, signOut(ADMIN));
  app.post(
    '/auth/portal/sign-in',
    requireJson,
    json,
    signIn(PORTAL, (email, password, address) => deps.auth.portalSignIn(email, password, address)),
  );
  app.post('/auth/portal/refresh', requireJson, json, refresh(PORTAL));
  app.post('/auth/portal/sign-out', requireJson, json, signOut(PORTAL));

  app.post(
    '/auth/invitation/accept',
    requireJson,
    json,
    route(async (req, res) => {
      const body = invitationAcceptance.safeParse(req.body);
      if (!body.success) return invalidInput(res, body.error);
      const result = await deps.auth.acceptInvitation(body.data.token, body.data.password);
      if (result.outcome === 'accepted') {
        res.json({ kind: result.kind, email: result.email });
      } else if (result.outcome === 'email-taken') {
        fail(
          res,
          409,
          'EMAIL_TAKEN',
          'Another portal login already uses this email address. Ask your provider to change it.',
        );
      } else {
        fail(
          res,
          410,
          'INVITATION_INVALID',
          'This invitation link has expired or was already used. Ask for a new one.',
        );
      }
    }),
  );

  // OAuth 2.0 client credentials, JSON-bodied: the API key is the client secret.
  app.post(
    '/auth/token',
    requireJson,
    json,
    route(async (req, res) => {
      const body = tokenRequest.safeParse(req.body);
      res.setHeader('cache-control', 'no-store');
      if (!body.success) {
        return fail(
          res,
          400,
          'INVALID_REQUEST',
          'Send {"grant_type": "client_credentials", "client_secret": "<API key>"}.',
        );
      }
      const token = await deps.auth.exchangeApiKey(body.data.client_secret);
      if (!token) return fail(res, 401, 'INVALID_CLIENT', 'This API key is not valid or has been revoked.');
      res.json({ access_token: token.accessToken, token_type: 'Bearer', expires_in: token.expiresIn });
    }),
  );

  // Asked by the other subgraphs (and the gateway) before they trust a token's session.
  app.post(
    '/auth/session',
    route(async (req, res) => {
      const caller = await deps.verifyWithoutSession(req.header('authorization')).catch(() => null);
      if (!caller || !(await deps.auth.isLive(caller))) {
        return fail(res, 401, 'SESSION_EXPIRED', 'This session has ended.');
      }
      res.status(204).end();
    }),
  );
}
