import { createHmac, randomBytes } from 'node:crypto';
import { type Caller, newId } from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { digestOf, newSecret } from './secrets';

export type SessionKind = 'operator' | 'platform' | 'member' | 'impersonation';

export interface SessionRow {
  id: string;
  kind: SessionKind;
  partnerId: string | null;
  subjectId: string;
  customerId: string | null;
  expiresAt: Date;
}

/** An operator or member stays signed in for up to a week, if they come back at least every 12 hours. */
export const SESSION_LIFETIME_MS = 7 * 24 * 3600 * 1000;
const REFRESH_TOKEN_TTL_MS = 12 * 3600 * 1000;

/**
 * For this long after a refresh token is spent, presenting it again answers with the same
 * successor instead of ending the session, as long as that successor is unspent: a client that
 * lost a refresh response, or refreshed from two tabs at once, stays signed in.
 */
export const REFRESH_REUSE_GRACE_SECONDS = 30;

export type RotationResult =
  | { outcome: 'rotated'; session: SessionRow; refreshToken: string; refreshExpiresAt: Date }
  | { outcome: 'reused'; session: SessionRow }
  | { outcome: 'invalid' };

interface SessionRecord {
  id: string;
  kind: SessionKind;
  partner_id: string | null;
  subject_id: string;
  customer_id: string | null;
  expires_at: Date;
}

function toSession(row: SessionRecord): SessionRow {
  return {
    id: row.id,
    kind: row.kind,
    partnerId: row.partner_id,
    subjectId: row.subject_id,
    customerId: row.customer_id,
    expiresAt: row.expires_at,
  };
}

/**
 * The refresh token that follows `token` in its session: unguessable without the session's
 * secret, and the same each time, so a repeated refresh within the grace window gets the same one.
 */
function successorOf(secret: Buffer, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

/** Whether a session row is the one a token's claims describe. */
function sessionMatches(session: SessionRow, caller: Exclude<Caller, { kind: 'apiKey' | 'service' }>): boolean {
  switch (caller.kind) {
    case 'operator':
      return (
        session.kind === 'operator' && session.partnerId === caller.partnerId && session.subjectId === caller.operatorId
      );
    case 'platform':
      return session.kind === 'platform' && session.partnerId === null && session.subjectId === caller.staffId;
    case 'portal':
      return (
        session.partnerId === caller.partnerId &&
        session.customerId === caller.customerId &&
        (caller.impersonator
          ? session.kind === 'impersonation' && session.subjectId === caller.impersonator.operatorId
          : session.kind === 'member' && session.subjectId === caller.memberId)
      );
  }
}

/**
 * Sessions and their rotating refresh tokens. Each refresh token is good once: using it issues
 * the next one. Presenting a spent token means it was copied, so the whole session ends, except
 * within the short grace window after it was spent (see REFRESH_REUSE_GRACE_SECONDS).
 */
export class SessionService {
  constructor(private readonly dataSource: DataSource) {}

  async start(
    request: Omit<SessionRow, 'id' | 'expiresAt'> & { lifetimeMs: number; clientAddress: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionRow> {
    const session: SessionRow = {
      id: newId(),
      kind: request.kind,
      partnerId: request.partnerId,
      subjectId: request.subjectId,
      customerId: request.customerId,
      expiresAt: new Date(Date.now() + request.lifetimeMs),
    };
    await manager.query(
      `INSERT INTO accounts.sessions (id, kind, partner_id, subject_id, customer_id, expires_at, client_address, refresh_secret)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        session.id,
        session.kind,
        session.partnerId,
        session.subjectId,
        session.customerId,
        session.expiresAt,
        request.clientAddress,
        randomBytes(32),
      ],
    );
    return session;
  }

  async issueRefreshToken(
    session: SessionRow,
    manager: EntityManager = this.dataSource.manager,
    refreshToken: string = newSecret(),
  ): Promise<{ refreshToken: string; refreshExpiresAt: Date }> {
    const refreshExpiresAt = new Date(Math.min(Date.now() + REFRESH_TOKEN_TTL_MS, session.expiresAt.getTime()));
    await manager.query(
      `INSERT INTO accounts.refresh_tokens (token_hash, session_id, expires_at) VALUES ($1, $2, $3)`,
      [digestOf(refreshToken), session.id, refreshExpiresAt],
    );
    return { refreshToken, refreshExpiresAt };
  }

  /**
   * Spends a refresh token and issues the next, or ends the session if the token was already
   * spent. Within the grace window after it was spent, the same token answers with the same
   * successor (derived from it with the session's secret), unless that successor was spent too.
   */
  async rotate(refreshToken: string, kinds: readonly SessionKind[]): Promise<RotationResult> {
    const result = await this.dataSource.transaction(async (manager): Promise<RotationResult> => {
      const [row] = await manager.query<
        (SessionRecord & {
          refresh_secret: Buffer | null;
          used_at: Date | null;
          in_grace: boolean;
          live: boolean;
          token_expires_at: Date;
        })[]
      >(
        `SELECT s.id, s.kind, s.partner_id, s.subject_id, s.customer_id, s.expires_at, s.refresh_secret,
                t.used_at, t.expires_at AS token_expires_at,
                t.used_at > now() - make_interval(secs => $2) AS in_grace,
                t.expires_at > now() AND s.expires_at > now() AS live
           FROM accounts.refresh_tokens t
           JOIN accounts.sessions s ON s.id = t.session_id
          WHERE t.token_hash = $1 AND s.ended_at IS NULL
          FOR UPDATE OF t, s`,
        [digestOf(refreshToken), REFRESH_REUSE_GRACE_SECONDS],
      );
      if (!row || !kinds.includes(row.kind)) return { outcome: 'invalid' };
      const session = toSession(row);
      const secret = row.refresh_secret ?? (await this.giveRefreshSecret(manager, session.id));
      const successor = successorOf(secret, refreshToken);
      if (row.used_at) {
        const repeated = row.in_grace ? await this.unspentSuccessor(manager, session.id, successor) : null;
        if (repeated && session.expiresAt.getTime() > Date.now()) {
          return { outcome: 'rotated', session, refreshToken: successor, refreshExpiresAt: repeated };
        }
        await this.endWithin(manager, session.id, 'refresh-token-reused');
        return { outcome: 'reused', session };
      }
      if (!row.live) return { outcome: 'invalid' };
      await manager.query(`UPDATE accounts.refresh_tokens SET used_at = now() WHERE token_hash = $1`, [
        digestOf(refreshToken),
      ]);
      return { outcome: 'rotated', session, ...(await this.issueRefreshToken(session, manager, successor)) };
    });
    return result;
  }

  /** The expiry of a refresh token if it is this session's, unspent and unexpired. */
  private async unspentSuccessor(manager: EntityManager, sessionId: string, token: string): Promise<Date | null> {
    const [row] = await manager.query<{ expires_at: Date }[]>(
      `SELECT expires_at FROM accounts.refresh_tokens
        WHERE token_hash = $1 AND session_id = $2 AND used_at IS NULL AND expires_at > now()`,
      [digestOf(token), sessionId],
    );
    return row?.expires_at ?? null;
  }

  /** Sessions started before refresh secrets existed get theirs at their next refresh. */
  private async giveRefreshSecret(manager: EntityManager, sessionId: string): Promise<Buffer> {
    const secret = randomBytes(32);
    await manager.query(`UPDATE accounts.sessions SET refresh_secret = $2 WHERE id = $1`, [sessionId, secret]);
    return secret;
  }

  /** The session a refresh token belongs to, if it is live; for sign-out. */
  async findByRefreshToken(refreshToken: string): Promise<SessionRow | null> {
    const [row] = await this.dataSource.query<SessionRecord[]>(
      `SELECT s.id, s.kind, s.partner_id, s.subject_id, s.customer_id, s.expires_at
         FROM accounts.refresh_tokens t JOIN accounts.sessions s ON s.id = t.session_id
        WHERE t.token_hash = $1 AND s.ended_at IS NULL`,
      [digestOf(refreshToken)],
    );
    return row ? toSession(row) : null;
  }

  async find(sessionId: string): Promise<SessionRow | null> {
    const [row] = await this.dataSource.query<SessionRecord[]>(
      `SELECT id, kind, partner_id, subject_id, customer_id, expires_at FROM accounts.sessions
        WHERE id = $1 AND ended_at IS NULL AND expires_at > now()`,
      [sessionId],
    );
    return row ? toSession(row) : null;
  }

  /** Ends a session; true if this call ended it (false if it had already ended). */
  async end(sessionId: string, reason: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return this.endWithin(manager, sessionId, reason);
  }

  /** Ends every live session of an operator, member or staff member, e.g. when deactivated. */
  async endAllFor(subjectId: string, reason: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE accounts.sessions SET ended_at = now(), end_reason = $2 WHERE subject_id = $1 AND ended_at IS NULL`,
      [subjectId, reason],
    );
  }

  /** Ends every live portal session on a customer account (its members' and log-in-as), e.g. when suspended. */
  async endAllForCustomer(
    partnerId: string,
    customerId: string,
    reason: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE accounts.sessions SET ended_at = now(), end_reason = $3
        WHERE partner_id = $1 AND customer_id = $2 AND ended_at IS NULL`,
      [partnerId, customerId, reason],
    );
  }

  /** Ends the sessions of many customers at once, for a bulk status change. */
  async endAllForCustomers(
    partnerId: string,
    customerIds: readonly string[],
    reason: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (customerIds.length === 0) return;
    await manager.query(
      `UPDATE accounts.sessions SET ended_at = now(), end_reason = $3
        WHERE partner_id = $1 AND customer_id = ANY($2::uuid[]) AND ended_at IS NULL`,
      [partnerId, customerIds, reason],
    );
  }

  /** Ends the sessions of a kind whose time ran out, under row locks, and answers which they were. */
  async endExpired(kind: SessionKind, manager: EntityManager = this.dataSource.manager): Promise<SessionRow[]> {
    // An UPDATE … RETURNING answers [rows, affected count] through TypeORM.
    const [rows] = await manager.query<[SessionRecord[], number]>(
      `UPDATE accounts.sessions SET ended_at = now(), end_reason = 'expired'
        WHERE kind = $1 AND ended_at IS NULL AND expires_at <= now()
        RETURNING id, kind, partner_id, subject_id, customer_id, expires_at`,
      [kind],
    );
    return rows.map(toSession);
  }

  /**
   * Whether the session a token names is live and is the token's: its kind, partner, subject and
   * customer must be the ones the token claims, so a token cannot borrow another caller's live
   * session id. API keys are checked by their own module.
   */
  async isLive(caller: Caller): Promise<boolean> {
    // A service acting on its own has no session: it exists only inside one internal call.
    if (caller.kind === 'apiKey' || caller.kind === 'service') return false;
    const session = await this.find(caller.sessionId);
    return session !== null && sessionMatches(session, caller);
  }

  private async endWithin(manager: EntityManager, sessionId: string, reason: string): Promise<boolean> {
    // TypeORM answers an UPDATE on PostgreSQL with [rows, affected count].
    const [, affected] = await manager.query<[unknown[], number]>(
      `UPDATE accounts.sessions SET ended_at = now(), end_reason = $2 WHERE id = $1 AND ended_at IS NULL`,
      [sessionId, reason],
    );
    return affected > 0;
  }
}
