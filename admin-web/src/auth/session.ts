import { refresh, signOut as postSignOut, type SessionViewer, type TokenResponse } from './auth-api';

/**
 * The operator's session. The access token lives only in this module's memory; the
 * refresh token is an httpOnly cookie the page never sees. A reload starts `unknown`,
 * and the first screen that needs a session asks `/auth/refresh` before showing sign-in.
 * The token is renewed a minute before it expires, and on demand when the API says
 * UNAUTHENTICATED (see apollo-client.ts).
 */

export type Session = {
  accessToken: string;
  /** Epoch milliseconds after which the token is no longer accepted. */
  expiresAt: number;
  viewer: SessionViewer;
};

export type SignedOutReason = 'signed-out' | 'expired' | 'unreachable';

export type AuthState =
  | { status: 'unknown' }
  | { status: 'restoring' }
  | { status: 'signed-in'; session: Session }
  | { status: 'signed-out'; reason: SignedOutReason | null };

const refreshPath = '/auth/refresh';
// Renew this long before expiry, or at three quarters of a short token's life.
const refreshLeadMs = 60_000;
const retryDelayMs = 15_000;
// setTimeout overflows above 2^31-1 ms (about 24.8 days).
const maxTimerDelay = 2_147_483_647;

const listeners = new Set<() => void>();
let state: AuthState = { status: 'unknown' };
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<boolean> | null = null;
let refreshAt = 0;
// Bumped when a session ends here, so that a refresh already under way cannot revive it.
let generation = 0;

// Signing out in one tab signs out every tab (they share the refresh cookie).
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('clientele.auth');
channel?.addEventListener('message', (event: MessageEvent) => {
  if (event.data === 'signed-out' && state.status !== 'signed-out') {
    generation += 1;
    setState({ status: 'signed-out', reason: 'signed-out' });
  }
});

// Timers are throttled or frozen in background tabs and while the laptop sleeps.
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state.status === 'signed-in' && Date.now() >= refreshAt) {
      void refreshSession();
    }
  });
}

function setState(next: AuthState): void {
  state = next;
  schedule();
  for (const listener of listeners) listener();
}

function schedule(): void {
  clearTimeout(refreshTimer);
  refreshTimer = undefined;
  if (state.status !== 'signed-in') return;
  const { expiresAt } = state.session;
  const lifetime = expiresAt - Date.now();
  refreshAt = expiresAt - Math.min(refreshLeadMs, lifetime / 4);
  const delay = Math.min(Math.max(refreshAt - Date.now(), 0), maxTimerDelay);
  refreshTimer = setTimeout(() => void refreshSession(), delay);
}

function toSession(response: TokenResponse): Session {
  return {
    accessToken: response.accessToken,
    expiresAt: Date.now() + response.expiresIn * 1000,
    viewer: response.viewer,
  };
}

/**
 * Renews the access token from the refresh cookie; true when a new one is in place.
 * One request at a time per tab, and across tabs where the browser has Web Locks: the
 * cookie rotates on every use, and presenting a spent one ends the whole session.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= withRefreshLock(async () => {
    const started = generation;
    const result = await refresh(refreshPath);
    if (started !== generation) return false;
    if (result.ok) {
      setState({ status: 'signed-in', session: toSession(result.value) });
      return true;
    }
    if (result.kind === 'expired') {
      setState({ status: 'signed-out', reason: state.status === 'signed-in' ? 'expired' : null });
      return false;
    }
    // Unreachable: keep a token that is still good and try again shortly.
    if (state.status === 'signed-in' && state.session.expiresAt - Date.now() > retryDelayMs) {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void refreshSession(), retryDelayMs);
      return false;
    }
    setState({ status: 'signed-out', reason: state.status === 'signed-in' ? 'expired' : 'unreachable' });
    return false;
  }).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    return navigator.locks.request('clientele.auth.refresh', task);
  }
  return task();
}

/** Asks the refresh cookie for a session, once, when a screen first needs to know. */
export function restoreSession(): void {
  if (state.status !== 'unknown') return;
  setState({ status: 'restoring' });
  void refreshSession();
}

export function startSession(response: TokenResponse): void {
  setState({ status: 'signed-in', session: toSession(response) });
}

/** Forgets the session in this tab only, e.g. when the API no longer accepts it. */
export function endSession(reason: SignedOutReason): void {
  if (state.status === 'signed-out') return;
  generation += 1;
  setState({ status: 'signed-out', reason });
}

/**
 * Ends the session on the server (clearing the cookie) and in every tab. False when the
 * server could not be reached: the session then goes on, since a reload would restore it.
 */
export async function signOut(): Promise<boolean> {
  if (!(await postSignOut({ kind: 'operator' }))) return false;
  generation += 1;
  setState({ status: 'signed-out', reason: 'signed-out' });
  channel?.postMessage('signed-out');
  return true;
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
