import type { Caller, OperatorCaller, PlatformCaller, PortalCaller } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { ApiKeyService } from '../api-keys';
import {
  type Credentials,
  type IssuedToken,
  SESSION_LIFETIME_MS,
  type SessionKind,
  hashPassword,
  invitationThrottleKeys,
  signInThrottleKeys,
} from '../credentials';
import type { MemberService } from '../members';
import { type OperatorRecord, type OperatorService, callerOf } from '../operators';
import type { PlatformStaffMember, PlatformStaffService } from '../platform';

export interface SignedIn {
  outcome: 'signed-in';
  token: IssuedToken;
  refreshToken: string;
  refreshExpiresAt: Date;
  viewer: { id: string; name: string; email: string; kind: 'OPERATOR' | 'PLATFORM_STAFF' | 'PORTAL'; role: string };
}

export type SignInResult =
  | SignedIn
  | { outcome: 'invalid' }
  | { outcome: 'throttled'; retryAfterSeconds: number }
  | { outcome: 'unavailable'; reason: string };

export type RefreshResult =
  SignedIn | { outcome: 'invalid' } | { outcome: 'reused' } | { outcome: 'unavailable'; reason: string };

export type InvitationResult =
  | { outcome: 'accepted'; kind: 'operator' | 'member'; email: string }
  | { outcome: 'invalid' }
  | { outcome: 'email-taken' }
  | { outcome: 'throttled'; retryAfterSeconds: number };

type Identity = { caller: OperatorCaller | PlatformCaller | PortalCaller; viewer: SignedIn['viewer'] } | null;

/** Who may sign in, each through the module that owns them. */
export interface SignInSources {
  operators: OperatorService;
  staff: PlatformStaffService;
  members: MemberService;
  apiKeys: ApiKeyService;
}

/**
 * Signing in and staying signed in: password checks behind per-account and per-address
 * throttles, sessions with rotating refresh tokens, and API keys exchanged for access tokens.
 */
export class SignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly credentials: Credentials,
    private readonly who: SignInSources,
  ) {}

  /** An operator's or platform staff member's sign-in to the admin app. */
  signIn(email: string, password: string, clientAddress: string | null): Promise<SignInResult> {
    return this.throttled(email, clientAddress, async () => {
      const operator = await this.who.operators.authenticate(email, password);
      if (operator) {
        return this.startSession('operator', operator.partnerId, operator.id, null, clientAddress, (sessionId) =>
          operatorIdentity(operator, sessionId),
        );
      }
      // Platform staff sign in at the same door; their emails never collide with operators'.
      const staff = await this.who.staff.authenticate(email, password);
      if (!staff) return { outcome: 'invalid' };
      return this.startSession('platform', null, staff.id, null, clientAddress, (sessionId) =>
        staffIdentity(staff, sessionId),
      );
    });
  }

  /** A customer's member signing in to the portal with the password they set from an invitation. */
  portalSignIn(email: string, password: string, clientAddress: string | null): Promise<SignInResult> {
    return this.throttled(email, clientAddress, async () => {
      const result = await this.who.members.authenticate(email, password);
      if (result.outcome !== 'signed-in') return result;
      const { member } = result;
      return this.startSession('member', member.partnerId, member.id, member.customerId, clientAddress, (sessionId) =>
        this.memberIdentity(
          member.partnerId,
          member.customerId,
          member.id,
          member.name,
          member.email ?? email,
          member.role,
          sessionId,
        ),
      );
    });
  }

  /**
   * Spends a refresh token for a new access token and the next refresh token. The caller's
   * current role and status are read again, so a change made since sign-in applies now.
   */
  async refresh(refreshToken: string, kinds: readonly SessionKind[]): Promise<RefreshResult> {
    const rotation = await this.credentials.sessions.rotate(refreshToken, kinds);
    if (rotation.outcome !== 'rotated') return rotation;
    const { session } = rotation;
    const identity = await this.currentIdentity(session.kind, session.partnerId, session.subjectId, session.id);
    if (!identity) {
      await this.credentials.sessions.end(session.id, 'identity-unavailable');
      return { outcome: 'invalid' };
    }
    if ('reason' in identity) {
      await this.credentials.sessions.end(session.id, 'account-unavailable');
      return { outcome: 'unavailable', reason: identity.reason };
    }
    const token = await this.credentials.tokens.issueAccessToken(identity.caller, { expiresAt: session.expiresAt });
    return {
      outcome: 'signed-in',
      token,
      refreshToken: rotation.refreshToken,
      refreshExpiresAt: rotation.refreshExpiresAt,
      viewer: identity.viewer,
    };
  }

  /** Ends the session behind a refresh token (sign-out from the admin app or portal). */
  async signOut(refreshToken: string): Promise<void> {
    const session = await this.credentials.sessions.findByRefreshToken(refreshToken);
    if (session) await this.credentials.sessions.end(session.id, 'signed-out');
  }

  /** Client credentials: an API key for a short-lived access token carrying its scopes. */
  async exchangeApiKey(key: string): Promise<IssuedToken | null> {
    const caller = await this.who.apiKeys.authenticate(key);
    return caller ? this.credentials.tokens.issueAccessToken(caller) : null;
  }

  /**
   * Sets an invited operator's or member's password. The link is looked up before the password is
   * hashed, so unknown links cost nothing, and attempts are throttled per address and per link.
   */
  async acceptInvitation(token: string, password: string, clientAddress: string | null): Promise<InvitationResult> {
    const guarded = await this.credentials.throttle.guard(
      invitationThrottleKeys(token, clientAddress),
      () => this.spendInvitation(token, password),
      (result) => result.outcome !== 'accepted',
    );
    return guarded.outcome === 'attempted' ? guarded.result : guarded;
  }

  private async spendInvitation(token: string, password: string): Promise<InvitationResult> {
    if (!(await this.credentials.invitations.isOpen(token))) return { outcome: 'invalid' };
    const passwordHash = await hashPassword(password);
    const result = await this.credentials.invitations
      .accept(token, async (invitation, manager): Promise<InvitationResult> => {
        if (invitation.kind === 'operator') {
          const operator = await this.who.operators.activate(
            manager,
            invitation.partnerId,
            invitation.subjectId,
            passwordHash,
          );
          return operator ? { outcome: 'accepted', kind: 'operator', email: operator.email } : { outcome: 'invalid' };
        }
        const accepted = await this.who.members.acceptInvitation(
          manager,
          invitation.partnerId,
          invitation.subjectId,
          passwordHash,
        );
        if (accepted === 'email-taken') throw new EmailTaken();
        return accepted ? { outcome: 'accepted', kind: 'member', email: accepted.email } : { outcome: 'invalid' };
      })
      .catch((err: unknown) => {
        // Rolling back leaves the invitation unspent, so the member can use it once the clash is fixed.
        if (err instanceof EmailTaken) return { outcome: 'email-taken' } as const;
        throw err;
      });
    return result ?? { outcome: 'invalid' };
  }

  /** Whether the session or API key behind a verified token is still live. */
  isLive(caller: Caller): Promise<boolean> {
    return caller.kind === 'apiKey' ? this.who.apiKeys.isLive(caller) : this.credentials.sessions.isLive(caller);
  }

  private async throttled(
    email: string,
    clientAddress: string | null,
    attempt: () => Promise<SignInResult>,
  ): Promise<SignInResult> {
    const guarded = await this.credentials.throttle.guard(
      signInThrottleKeys(email, clientAddress),
      attempt,
      (result) => result.outcome === 'invalid',
    );
    return guarded.outcome === 'attempted' ? guarded.result : guarded;
  }

  private async startSession(
    kind: SessionKind,
    partnerId: string | null,
    subjectId: string,
    customerId: string | null,
    clientAddress: string | null,
    identify: (sessionId: string) => NonNullable<Identity>,
  ): Promise<SignedIn> {
    const { session, refresh } = await this.dataSource.transaction(async (manager) => {
      const started = await this.credentials.sessions.start(
        { kind, partnerId, subjectId, customerId, lifetimeMs: SESSION_LIFETIME_MS, clientAddress },
        manager,
      );
      return { session: started, refresh: await this.credentials.sessions.issueRefreshToken(started, manager) };
    });
    const identity = identify(session.id);
    const token = await this.credentials.tokens.issueAccessToken(identity.caller, { expiresAt: session.expiresAt });
    return { outcome: 'signed-in', token, ...refresh, viewer: identity.viewer };
  }

  private async currentIdentity(
    kind: SessionKind,
    partnerId: string | null,
    subjectId: string,
    sessionId: string,
  ): Promise<Identity | { reason: string }> {
    switch (kind) {
      case 'operator': {
        const operator = partnerId ? await this.who.operators.findActive(partnerId, subjectId) : null;
        return operator && operatorIdentity(operator, sessionId);
      }
      case 'platform': {
        const staff = await this.who.staff.findActive(subjectId);
        return staff && staffIdentity(staff, sessionId);
      }
      case 'member': {
        if (!partnerId) return null;
        const access = await this.who.members.checkAccess(partnerId, subjectId);
        if (access.outcome === 'unavailable') return { reason: access.reason };
        if (access.outcome !== 'signed-in') return null;
        const { member } = access;
        return this.memberIdentity(
          partnerId,
          member.customerId,
          member.id,
          member.name,
          member.email ?? '',
          member.role,
          sessionId,
        );
      }
      case 'impersonation':
        // A log-in-as session has no refresh token: it is never renewed.
        return null;
    }
  }

  private memberIdentity(
    partnerId: string,
    customerId: string,
    memberId: string,
    name: string,
    email: string,
    role: string,
    sessionId: string,
  ): NonNullable<Identity> {
    return {
      caller: { kind: 'portal', partnerId, customerId, memberId, impersonator: null, sessionId },
      viewer: { id: memberId, name, email, kind: 'PORTAL', role },
    };
  }
}

function operatorIdentity(operator: OperatorRecord, sessionId: string): NonNullable<Identity> {
  const { id, name, email, role } = operator;
  return { caller: callerOf(operator, sessionId), viewer: { id, name, email, kind: 'OPERATOR', role } };
}

function staffIdentity(staff: PlatformStaffMember, sessionId: string): NonNullable<Identity> {
  const { id, name, email, role } = staff;
  return {
    caller: { kind: 'platform', staffId: id, role, sessionId },
    viewer: { id, name, email, kind: 'PLATFORM_STAFF', role },
  };
}

class EmailTaken extends Error {}
