import { type TokenVerifier, emailAddress, text, traceOf } from '@clientele/subgraph-kit';
import express, { type Express, type Request, type Response } from 'express';
import { z } from 'zod';
import { newPasswordSchema } from '../credentials';
import type { ImpersonationService } from '../impersonation';
import { fail, invalidInput, requireJson, route } from './http-answers';
import { ADMIN, PORTAL, type SessionCookies, type Surface } from './session-cookies';
import type { RefreshResult, SignInResult, SignInService } from './sign-in.service';

// Every string of a body goes through the kit's text rules (well-formed, no control characters,
// NFC, bounded), as GraphQL inputs do, so a password set through one door opens the other.
const credentials = z.object({
  email: emailAddress({ required: 'Enter your email address.' }),
  password: text().min(1, 'Enter your password.').max(1024, 'That password is too long.'),
});

const invitationAcceptance = z.object({
  token: text().min(1, 'The invitation link is incomplete; open it again from the message you received.'),
  password: text(1024).pipe(newPasswordSchema),
});

const tokenRequest = z.object({ grant_type: z.literal('client_credentials'), client_secret: text().min(1) });

export interface SignInRouteDeps {
  signIn: SignInService;
  impersonation: ImpersonationService;
  /** Verifies a token's signature and claims without asking whether its session is live. */
  verifyWithoutSession: TokenVerifier;
  cookies: SessionCookies;
}

type Attempt = (
  signIn: SignInService,
  email: string,
  password: string,
  clientAddress: string | null,
) => Promise<SignInResult>;

/** 429 with a retry hint, for an account, address or link that has had too many failed attempts. */
function tooManyAttempts(res: Response, retryAfterSeconds: number): void {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  res.setHeader('retry-after', String(retryAfterSeconds));
  fail(
    res,
    429,
    'TOO_MANY_ATTEMPTS',
    `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { retryAfterSeconds },
  );
}

/** Answers a sign-in or refresh: the access token and a new refresh cookie, or why not. */
function answerSession(
  res: Response,
  deps: SignInRouteDeps,
  surface: Surface,
  result: SignInResult | RefreshResult,
  refreshing: boolean,
): void {
  const { log } = traceOf(res);
  res.setHeader('cache-control', 'no-store');
  switch (result.outcome) {
    case 'signed-in':
      log.info({ event: 'session.token-issued', viewerId: result.viewer.id, kind: result.viewer.kind }, 'token issued');
      deps.cookies.set(res, surface, result.refreshToken, result.refreshExpiresAt);
      res.json({
        accessToken: result.token.accessToken,
        tokenType: 'Bearer',
        expiresIn: result.token.expiresIn,
        viewer: result.viewer,
      });
      return;
    case 'throttled':
      log.warn({ event: 'sign-in.throttled' }, 'sign-in throttled');
      tooManyAttempts(res, result.retryAfterSeconds);
      return;
    case 'unavailable':
      deps.cookies.clear(res, surface);
      fail(res, 403, 'ACCOUNT_UNAVAILABLE', result.reason);
      return;
    case 'reused':
      // A spent refresh token came back: someone has a copy. The whole session is already ended.
      log.warn({ event: 'session.refresh-token-reused' }, 'refresh token reused; session revoked');
      deps.cookies.clear(res, surface);
      fail(res, 401, 'SESSION_EXPIRED', 'Your session has ended. Sign in again.');
      return;
    case 'invalid':
      if (refreshing) {
        deps.cookies.clear(res, surface);
        fail(res, 401, 'SESSION_EXPIRED', 'Your session has ended. Sign in again.');
      } else {
        log.info({ event: 'sign-in.failed' }, 'sign-in refused');
        fail(res, 401, 'INVALID_CREDENTIALS', 'Email or password is incorrect.');
      }
      return;
  }
}

function signInHandler(deps: SignInRouteDeps, surface: Surface, attempt: Attempt) {
  return route(async (req, res) => {
    const body = credentials.safeParse(req.body);
    if (!body.success) return invalidInput(res, body.error);
    const result = await attempt(deps.signIn, body.data.email, body.data.password, req.ip ?? null);
    answerSession(res, deps, surface, result, false);
  });
}

function refreshHandler(deps: SignInRouteDeps, surface: Surface) {
  return route(async (req, res) => {
    const token = deps.cookies.read(req, surface);
    const result: RefreshResult = token ? await deps.signIn.refresh(token, surface.kinds) : { outcome: 'invalid' };
    answerSession(res, deps, surface, result, true);
  });
}

function signOutHandler(deps: SignInRouteDeps, surface: Surface) {
  return route(async (req, res) => {
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
    const token = deps.cookies.read(req, surface);
    if (token) await deps.signIn.signOut(token);
    deps.cookies.clear(res, surface);
    res.status(204).end();
  });
}

function acceptInvitationHandler(deps: SignInRouteDeps) {
  return route(async (req, res) => {
    const body = invitationAcceptance.safeParse(req.body);
    if (!body.success) return invalidInput(res, body.error);
    const result = await deps.signIn.acceptInvitation(body.data.token, body.data.password, req.ip ?? null);
    if (result.outcome === 'accepted') {
      res.json({ kind: result.kind, email: result.email });
    } else if (result.outcome === 'email-taken') {
      fail(
        res,
        409,
        'EMAIL_TAKEN',
        'Another portal login already uses this email address. Ask your provider to change it.',
      );
    } else if (result.outcome === 'throttled') {
      tooManyAttempts(res, result.retryAfterSeconds);
    } else {
      fail(res, 410, 'INVITATION_INVALID', 'This invitation link has expired or was already used. Ask for a new one.');
    }
  });
}

/** OAuth 2.0 client credentials, JSON-bodied: the API key is the client secret. */
function tokenExchangeHandler(deps: SignInRouteDeps) {
  return route(async (req, res) => {
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
    const token = await deps.signIn.exchangeApiKey(body.data.client_secret);
    if (!token) return fail(res, 401, 'INVALID_CLIENT', 'This API key is not valid or has been revoked.');
    res.json({ access_token: token.accessToken, token_type: 'Bearer', expires_in: token.expiresIn });
  });
}

/** Asked by the other subgraphs (and the gateway) before they trust a token's session. */
function sessionStatusHandler(deps: SignInRouteDeps) {
  return route(async (req: Request, res: Response) => {
    const caller = await deps.verifyWithoutSession(req.header('authorization')).catch(() => null);
    if (!caller || !(await deps.signIn.isLive(caller))) {
      return fail(res, 401, 'SESSION_EXPIRED', 'This session has ended.');
    }
    res.status(204).end();
  });
}

/**
 * Token endpoints, not GraphQL mutations, so that /graphql never serves an unauthenticated
 * caller: sign-in, refresh, sign-out, API key exchange, invitations, and the session check.
 */
export function signInRoutes(app: Express, deps: SignInRouteDeps): void {
  const json = [requireJson, express.json({ limit: '16kb' })];
  app.post(
    '/auth/sign-in',
    json,
    signInHandler(deps, ADMIN, (s, ...credentials) => s.signIn(...credentials)),
  );
  app.post('/auth/refresh', json, refreshHandler(deps, ADMIN));
  app.post('/auth/sign-out', json, signOutHandler(deps, ADMIN));
  app.post(
    '/auth/portal/sign-in',
    json,
    signInHandler(deps, PORTAL, (s, ...credentials) => s.portalSignIn(...credentials)),
  );
  app.post('/auth/portal/refresh', json, refreshHandler(deps, PORTAL));
  app.post('/auth/portal/sign-out', json, signOutHandler(deps, PORTAL));
  app.post('/auth/invitation/accept', json, acceptInvitationHandler(deps));
  app.post('/auth/token', json, tokenExchangeHandler(deps));
  app.post('/auth/session', sessionStatusHandler(deps));
}
