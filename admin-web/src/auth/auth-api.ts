import { z } from 'zod/mini';
import { fieldMessages, postJson, retryAfterSeconds, type RestFailure } from '../shared/rest';

/** Clients for the operators' `/auth/*` endpoints and invitation acceptance. */

const viewerSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.optional(z.nullable(z.string())),
  kind: z.optional(z.string()),
  role: z.string(),
});

const tokenResponseSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number(),
  viewer: viewerSchema,
});

export type TokenResponse = z.infer<typeof tokenResponseSchema>;
export type SessionViewer = z.infer<typeof viewerSchema>;

export type CredentialsField = 'email' | 'password';

/** Why a sign-in (operator or portal) did not go through, ready for the form to show. */
export type SignInFailure =
  | { kind: 'invalid-credentials'; message: string }
  | { kind: 'invalid-input'; message: string; fields: Partial<Record<CredentialsField, string>> }
  | { kind: 'too-many-attempts'; retryAfterSeconds: number | null }
  | { kind: 'account-unavailable'; message: string }
  | { kind: 'network' }
  | { kind: 'unexpected'; status: number };

export type SignInResult = { ok: true; value: TokenResponse } | { ok: false; failure: SignInFailure };

export async function signIn(path: string, credentials: { email: string; password: string }): Promise<SignInResult> {
  const result = await postJson(path, { body: credentials, schema: tokenResponseSchema });
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, failure: describeSignInFailure(result) };
}

function describeSignInFailure(failure: RestFailure): SignInFailure {
  if (failure.kind === 'network') return { kind: 'network' };
  const { status, error } = failure;
  if (status === 401) {
    return { kind: 'invalid-credentials', message: error?.message ?? 'Email or password is incorrect.' };
  }
  if (status === 400) {
    return {
      kind: 'invalid-input',
      message: error?.message ?? 'Check the highlighted fields.',
      fields: fieldMessages(error, ['email', 'password']),
    };
  }
  if (status === 429) return { kind: 'too-many-attempts', retryAfterSeconds: retryAfterSeconds(failure) };
  if (status === 403 && error?.code === 'ACCOUNT_UNAVAILABLE') {
    return { kind: 'account-unavailable', message: error.message };
  }
  return { kind: 'unexpected', status };
}

export type RefreshResult =
  | { ok: true; value: TokenResponse }
  /** The cookie is missing, spent or past its time: sign in again. */
  | { ok: false; kind: 'expired' }
  /** Nothing was decided (offline, server error): the session may still be good. */
  | { ok: false; kind: 'unavailable' };

export async function refresh(path: string): Promise<RefreshResult> {
  const result = await postJson(path, { schema: tokenResponseSchema, credentials: 'same-origin' });
  if (result.ok) return { ok: true, value: result.value };
  if (result.kind === 'http' && (result.status === 401 || result.status === 403)) return { ok: false, kind: 'expired' };
  return { ok: false, kind: 'unavailable' };
}

/**
 * Ends a session: the operator's (cookie), a member's (portal cookie) or a log-in-as
 * session (named by its bearer token; it has no cookie). True once the server has no such
 * session any more; false when it could not be asked.
 */
export async function signOut(
  session: { kind: 'operator' } | { kind: 'member'; bearer: string } | { kind: 'impersonation'; bearer: string },
): Promise<boolean> {
  const result =
    session.kind === 'operator'
      ? await postJson('/auth/sign-out')
      : session.kind === 'member'
        ? await postJson('/auth/portal/sign-out', { bearer: session.bearer })
        : // The operator's own cookie (path /auth) must not come along: it would end their session too.
          await postJson('/auth/sign-out', { bearer: session.bearer, credentials: 'omit' });
  // 401: the session had already ended (expired or revoked), which is what was asked.
  return result.ok || (result.kind === 'http' && result.status === 401);
}

const acceptedSchema = z.object({ kind: z.enum(['operator', 'member']), email: z.string() });

export type InvitationAccepted = z.infer<typeof acceptedSchema>;

export type AcceptInvitationResult =
  | { ok: true; value: InvitationAccepted }
  | { ok: false; kind: 'invalid-input'; message: string; fields: Partial<Record<'password', string>> }
  | { ok: false; kind: 'invitation-invalid'; message: string }
  /** Refused for a reason the server explains, e.g. EMAIL_TAKEN. */
  | { ok: false; kind: 'refused'; message: string }
  | { ok: false; kind: 'network' }
  | { ok: false; kind: 'unexpected'; status: number };

export async function acceptInvitation(input: { token: string; password: string }): Promise<AcceptInvitationResult> {
  const result = await postJson('/auth/invitation/accept', { body: input, schema: acceptedSchema });
  if (result.ok) return { ok: true, value: result.value };
  if (result.kind === 'network') return { ok: false, kind: 'network' };
  if (result.status === 400) {
    return {
      ok: false,
      kind: 'invalid-input',
      message: result.error?.message ?? 'Check the highlighted fields.',
      fields: fieldMessages(result.error, ['password']),
    };
  }
  if (result.status === 410 || result.error?.code === 'INVITATION_INVALID') {
    return {
      ok: false,
      kind: 'invitation-invalid',
      message: result.error?.message ?? 'This invitation has already been used, has expired or does not exist.',
    };
  }
  if (result.status < 500 && result.error) return { ok: false, kind: 'refused', message: result.error.message };
  return { ok: false, kind: 'unexpected', status: result.status };
}
