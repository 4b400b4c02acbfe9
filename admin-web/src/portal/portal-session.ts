import { z } from 'zod/mini';
import { authApi } from '../auth';
import { handOverTokenParam, portalPath } from './urls';

/**
 * The portal session of this tab: an operator's log-in-as session (token handed over in
 * the URL fragment, no refresh) or a member's own (renewed from the portal cookie). Kept in
 * sessionStorage so a reload of this tab stays in, and no other tab ever sees it.
 */

const sessionSchema = z.object({
  accessToken: z.string(),
  source: z.enum(['impersonation', 'member']),
  /** Epoch milliseconds; null when the token does not say. */
  expiresAt: z.nullable(z.number()),
});

const storedSchema = z.union([
  z.object({ status: z.literal('active'), session: sessionSchema }),
  z.object({
    status: z.literal('ended'),
    reason: z.enum(['signed-out', 'expired']),
    source: z.enum(['impersonation', 'member']),
  }),
]);

export type PortalSession = z.infer<typeof sessionSchema>;
export type PortalState =
  | z.infer<typeof storedSchema>
  /** Not known yet: a member's portal cookie may still hold a session. */
  | { status: 'none' }
  | { status: 'restoring' }
  /** Known to have no session. */
  | { status: 'signed-out' };

const storageKey = 'clientele.portal';
const refreshPath = '/auth/portal/refresh';
const refreshLeadMs = 60_000;
const maxTimerDelay = 2_147_483_647;

const listeners = new Set<() => void>();
let state: PortalState = restore();
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<boolean> | null = null;
let generation = 0;
schedule();

function restore(): PortalState {
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (raw === null) return { status: 'none' };
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // Unavailable or unreadable storage: start without a session.
  }
  return { status: 'none' };
}

function setState(next: PortalState): void {
  state = next;
  try {
    if (next.status === 'active' || next.status === 'ended') sessionStorage.setItem(storageKey, JSON.stringify(next));
    else sessionStorage.removeItem(storageKey);
  } catch {
    // See restore(): the session still works in memory.
  }
  schedule();
  for (const listener of listeners) listener();
}

/** Impersonation ends at expiry; a member's token is renewed a minute before. */
function schedule(): void {
  clearTimeout(timer);
  timer = undefined;
  if (state.status !== 'active' || state.session.expiresAt === null) return;
  const { expiresAt, source } = state.session;
  const at = source === 'member' ? expiresAt - refreshLeadMs : expiresAt;
  timer = setTimeout(
    () => {
      if (state.status !== 'active') return;
      if (state.session.source === 'member') void refreshPortalSession();
      else if (Date.now() >= expiresAt) expirePortalSession();
      else schedule();
    },
    Math.min(Math.max(at - Date.now(), 0), maxTimerDelay),
  );
}

/** The `exp` claim of a JWT, for timing only: the server verifies the token, not us. */
function expiryOf(token: string): number | null {
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * Takes `#access_token=…` (from "Log in as…") off the URL and starts this tab's log-in-as
 * session with it. Runs before the router reads the URL, so the token never reaches the
 * router, the history entry or a bookmark.
 */
export function adoptPortalTokenFromUrl(): void {
  if (!window.location.pathname.startsWith(portalPath)) return;
  const token = new URLSearchParams(window.location.hash.replace(/^#/, '')).get(handOverTokenParam);
  if (!token) return;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  generation += 1;
  setState({ status: 'active', session: { accessToken: token, source: 'impersonation', expiresAt: expiryOf(token) } });
}

export function startMemberSession(response: authApi.TokenResponse): void {
  generation += 1;
  setState({
    status: 'active',
    session: {
      accessToken: response.accessToken,
      source: 'member',
      expiresAt: Date.now() + response.expiresIn * 1000,
    },
  });
}

/** Renews a member's token from the portal cookie; a log-in-as session cannot be renewed. */
export function refreshPortalSession(): Promise<boolean> {
  if (state.status === 'active' && state.session.source === 'impersonation') {
    expirePortalSession();
    return Promise.resolve(false);
  }
  inFlight ??= (async () => {
    const started = generation;
    const wasActive = state.status === 'active';
    const result = await authApi.refresh(refreshPath);
    if (started !== generation) return false;
    if (result.ok) {
      startMemberSession(result.value);
      return true;
    }
    setState(wasActive ? { status: 'ended', reason: 'expired', source: 'member' } : { status: 'signed-out' });
    return false;
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** A new tab without a token: a member may still have a portal cookie. */
export function restorePortalSession(): void {
  if (state.status !== 'none') return;
  setState({ status: 'restoring' });
  void refreshPortalSession();
}

/** The API no longer takes the token (expired, or ended elsewhere). */
export function expirePortalSession(): void {
  if (state.status !== 'active') return;
  generation += 1;
  setState({ status: 'ended', reason: 'expired', source: state.session.source });
}

/** Ends the session on the server, then here; false (and still active) if the server was not reached. */
export async function endPortalSession(): Promise<boolean> {
  if (state.status !== 'active') return true;
  const { accessToken, source } = state.session;
  if (!(await authApi.signOut({ kind: source, bearer: accessToken }))) return false;
  generation += 1;
  setState({ status: 'ended', reason: 'signed-out', source });
  return true;
}

export function getPortalState(): PortalState {
  return state;
}

export function getPortalToken(): string | null {
  return state.status === 'active' ? state.session.accessToken : null;
}

export function subscribeToPortalState(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
