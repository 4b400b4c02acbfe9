import { z } from 'zod/mini';

/**
 * The operator's session: where the access token lives and who is signed in.
 * For now the token is kept in memory and mirrored to sessionStorage (per tab,
 * survives reloads). Moving to a refresh-token cookie changes only this file.
 */

const operatorSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.string(),
});

const sessionSchema = z.object({
  accessToken: z.string(),
  /** Epoch milliseconds after which the token is no longer accepted. */
  expiresAt: z.number(),
  operator: operatorSchema,
});

export type SessionOperator = z.infer<typeof operatorSchema>;
export type Session = z.infer<typeof sessionSchema>;

export type SignedOutReason = 'signed-out' | 'expired';

export type AuthState =
  { status: 'signed-in'; session: Session } | { status: 'signed-out'; reason: SignedOutReason | null };

const storageKey = 'clientele.session';
// setTimeout overflows above 2^31-1 ms (about 24.8 days).
const maxTimerDelay = 2_147_483_647;

const listeners = new Set<() => void>();
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
let state: AuthState = restore();
scheduleExpiry();

function restore(): AuthState {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(storageKey);
  } catch {
    // Storage can be unavailable (privacy settings); an in-memory session still works.
  }
  if (raw === null) return { status: 'signed-out', reason: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const result = sessionSchema.safeParse(parsed);
  if (!result.success) {
    writeStorage(null);
    return { status: 'signed-out', reason: null };
  }
  if (result.data.expiresAt <= Date.now()) {
    writeStorage(null);
    return { status: 'signed-out', reason: 'expired' };
  }
  return { status: 'signed-in', session: result.data };
}

function writeStorage(session: Session | null): void {
  try {
    if (session) sessionStorage.setItem(storageKey, JSON.stringify(session));
    else sessionStorage.removeItem(storageKey);
  } catch {
    // See restore().
  }
}

function scheduleExpiry(): void {
  clearTimeout(expiryTimer);
  expiryTimer = undefined;
  if (state.status !== 'signed-in') return;
  const delay = Math.min(Math.max(state.session.expiresAt - Date.now(), 0), maxTimerDelay);
  expiryTimer = setTimeout(() => {
    const current = getAuthState();
    if (current.status === 'signed-in' && current.session.expiresAt <= Date.now()) {
      endSession('expired');
    } else {
      scheduleExpiry();
    }
  }, delay);
}

function setState(next: AuthState): void {
  state = next;
  writeStorage(next.status === 'signed-in' ? next.session : null);
  scheduleExpiry();
  for (const listener of listeners) listener();
}

export function startSession(input: { accessToken: string; expiresIn: number; operator: SessionOperator }): void {
  setState({
    status: 'signed-in',
    session: {
      accessToken: input.accessToken,
      expiresAt: Date.now() + input.expiresIn * 1000,
      operator: input.operator,
    },
  });
}

export function endSession(reason: SignedOutReason): void {
  if (state.status === 'signed-out') return;
  setState({ status: 'signed-out', reason });
}

export function getAuthState(): AuthState {
  return state;
}

export function getAccessToken(): string | null {
  return state.status === 'signed-in' ? state.session.accessToken : null;
}

export function subscribeToAuthState(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
