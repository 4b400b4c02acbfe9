import type { DataSource, EntityManager } from 'typeorm';
import { digestOf, newSecret } from './secrets';

export type InvitationKind = 'operator' | 'member';

/** An invitation link is good once, for three days. */
const INVITATION_TTL_MS = 72 * 3600 * 1000;

export interface Invitation {
  url: string;
  expiresAt: Date;
}

export interface AcceptedInvitation {
  partnerId: string;
  kind: InvitationKind;
  subjectId: string;
}

/**
 * Single-use, expiring links with which an invited operator or a customer's member sets their
 * password. Only a digest is stored; the link is shown to whoever created it (until email
 * delivery exists), and the token travels in the URL fragment so no server log records it.
 */
export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publicUrl: string,
  ) {}

  /** Creates a link for a subject, cancelling any earlier unused one. */
  async create(
    request: { partnerId: string; kind: InvitationKind; subjectId: string; createdBy: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Invitation> {
    const token = newSecret();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    await manager.query(
      `UPDATE accounts.invitations SET used_at = now()
        WHERE partner_id = $1 AND subject_id = $2 AND kind = $3 AND used_at IS NULL`,
      [request.partnerId, request.subjectId, request.kind],
    );
    await manager.query(
      `INSERT INTO accounts.invitations (token_hash, partner_id, kind, subject_id, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [digestOf(token), request.partnerId, request.kind, request.subjectId, request.createdBy, expiresAt],
    );
    const path = request.kind === 'operator' ? '/invitation' : '/portal/invitation';
    return { url: `${this.publicUrl}${path}#token=${token}`, expiresAt };
  }

  /** Cancels a subject's unused invitations, e.g. when the invited operator is deactivated. */
  async cancelFor(
    partnerId: string,
    subjectId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE accounts.invitations SET used_at = now() WHERE partner_id = $1 AND subject_id = $2 AND used_at IS NULL`,
      [partnerId, subjectId],
    );
  }

  /** Whether a link is known, unused and unexpired; a cheap look-up before any password is hashed. */
  async isOpen(token: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM accounts.invitations WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
      [digestOf(token)],
    );
    return rows.length > 0;
  }

  /**
   * Spends an invitation and runs `complete` in the same transaction, so a failure there leaves
   * the invitation unspent. Answers null for a token that is unknown, used or expired.
   */
  async accept<T>(
    token: string,
    complete: (invitation: AcceptedInvitation, manager: EntityManager) => Promise<T>,
  ): Promise<T | null> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<{ partner_id: string; kind: InvitationKind; subject_id: string }[]>(
        `SELECT partner_id, kind, subject_id FROM accounts.invitations
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
          FOR UPDATE`,
        [digestOf(token)],
      );
      if (!row) return null;
      await manager.query(`UPDATE accounts.invitations SET used_at = now() WHERE token_hash = $1`, [digestOf(token)]);
      return complete({ partnerId: row.partner_id, kind: row.kind, subjectId: row.subject_id }, manager);
    });
  }
}
