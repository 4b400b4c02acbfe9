import { z } from 'zod/mini';

/**
 * A JSON POST to one of the gateway's REST endpoints (`/auth/*`). Every outcome comes back
 * as data, nothing throws: callers branch on `ok`, the HTTP status and the error code.
 */

const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.array(z.object({ field: z.array(z.string()), message: z.string() }))),
    retryAfterSeconds: z.optional(z.number()),
  }),
});

export type ApiError = z.infer<typeof apiErrorSchema>['error'];

export type RestFailure =
  | { ok: false; kind: 'network' }
  /** `error` is null when the body was not the API's error shape (e.g. a proxy's HTML page). */
  | { ok: false; kind: 'http'; status: number; error: ApiError | null; retryAfter: string | null };

export type RestResult<T> = { ok: true; status: number; value: T } | RestFailure;

type Options<T> = {
  body?: unknown;
  /** Parses a successful answer; omit for endpoints that answer 204. */
  schema?: z.ZodMiniType<T>;
  bearer?: string;
  /** `same-origin` sends the refresh cookie; `omit` keeps it out (and ignores Set-Cookie). */
  credentials?: RequestCredentials;
};

export async function postJson<T = null>(path: string, options: Options<T> = {}): Promise<RestResult<T>> {
  // Always a JSON body, even an empty one: the server takes nothing else on cookie-bearing
  // endpoints (a cross-site form cannot send JSON without a CORS preflight).
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;

  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers,
      credentials: options.credentials ?? 'same-origin',
      body: JSON.stringify(options.body ?? {}),
    });
  } catch {
    return { ok: false, kind: 'network' };
  }

  let body: unknown = null;
  try {
    body = response.status === 204 ? null : await response.json();
  } catch {
    // Not JSON: handled by the status below.
  }

  if (response.ok) {
    if (!options.schema) return { ok: true, status: response.status, value: null as T };
    const parsed = options.schema.safeParse(body);
    if (parsed.success) return { ok: true, status: response.status, value: parsed.data };
    return { ok: false, kind: 'http', status: response.status, error: null, retryAfter: null };
  }

  const parsed = apiErrorSchema.safeParse(body);
  return {
    ok: false,
    kind: 'http',
    status: response.status,
    error: parsed.success ? parsed.data.error : null,
    retryAfter: response.headers.get('retry-after'),
  };
}

/** The first message the API gave for each top-level input field, e.g. `{ password: '…' }`. */
export function fieldMessages<F extends string>(
  error: ApiError | null,
  fields: readonly F[],
): Partial<Record<F, string>> {
  const messages: Partial<Record<F, string>> = {};
  for (const { field, message } of error?.fields ?? []) {
    // Paths may or may not start with the body's name ("input"); the last part names the field.
    const name = field[field.length - 1] as F | undefined;
    if (name !== undefined && fields.includes(name) && messages[name] === undefined) messages[name] = message;
  }
  return messages;
}

/** Seconds to wait, from the body or from Retry-After (seconds or an HTTP date). */
export function retryAfterSeconds(failure: Extract<RestFailure, { kind: 'http' }>): number | null {
  if (failure.error?.retryAfterSeconds !== undefined) return Math.max(0, Math.ceil(failure.error.retryAfterSeconds));
  const value = failure.retryAfter;
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
