import { z } from 'zod/mini';

/** Client for `POST /auth/sign-in`; every outcome comes back as data, nothing throws. */

const successSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number(),
  operator: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.string(),
  }),
});

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.array(z.object({ field: z.array(z.string()), message: z.string() }))),
  }),
});

export type SignInSuccess = z.infer<typeof successSchema>;

export type SignInField = 'email' | 'password';

export type SignInResult =
  | { ok: true; value: SignInSuccess }
  | { ok: false; kind: 'invalid-credentials'; message: string }
  | {
      ok: false;
      kind: 'invalid-input';
      message: string;
      fieldErrors: Partial<Record<SignInField, string>>;
    }
  | {
      ok: false;
      kind: 'too-many-attempts';
      message: string;
      retryAfterSeconds: number | null;
    }
  | { ok: false; kind: 'network' }
  | { ok: false; kind: 'unexpected'; status: number };

export async function signIn(credentials: { email: string; password: string }): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch('/auth/sign-in', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify(credentials),
    });
  } catch {
    return { ok: false, kind: 'network' };
  }

  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (e.g. a proxy's HTML error page); handled by status below.
  }

  if (response.ok) {
    const parsed = successSchema.safeParse(body);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, kind: 'unexpected', status: response.status };
  }

  const parsed = errorSchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : null;

  if (response.status === 401) {
    return {
      ok: false,
      kind: 'invalid-credentials',
      message: error?.message ?? 'Email or password is incorrect.',
    };
  }
  if (response.status === 400) {
    const fieldErrors: Partial<Record<SignInField, string>> = {};
    for (const { field, message } of error?.fields ?? []) {
      const name = field[0];
      if ((name === 'email' || name === 'password') && fieldErrors[name] === undefined) {
        fieldErrors[name] = message;
      }
    }
    return {
      ok: false,
      kind: 'invalid-input',
      message: error?.message ?? 'Check the highlighted fields.',
      fieldErrors,
    };
  }
  if (response.status === 429) {
    return {
      ok: false,
      kind: 'too-many-attempts',
      message: error?.message ?? 'Too many sign-in attempts.',
      retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
    };
  }
  return { ok: false, kind: 'unexpected', status: response.status };
}

/** Retry-After is either a number of seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
