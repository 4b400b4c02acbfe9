import {
  type PortalCaller,
  type RequestContext,
  UserErrorCode,
  auditActorOf,
  isValidId,
  parseInput,
  userError,
} from '@clientele/subgraph-kit';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { z } from 'zod';
import { newPasswordSchema, hashPassword, verifyAgainstDecoy, verifyPassword } from '../auth/password';
import type { SessionService } from '../auth/session.service';
import type { AccountsContext } from '../context';
import { CustomerEntity } from '../customers/customer.entity';
import { customerCreateSchema } from '../customers/customer.inputs';
import { toCustomerType } from '../customers/customer.type';
import type { InvitationService } from '../invitations/invitation.service';
import { toInvitationType } from '../invitations/invitation.type';
import { MemberEntity } from '../members/member.entity';
import { toMemberType } from '../members/member.type';
import { OperatorEntity } from '../operators/operator.entity';
import {
  type MemberInvitationCreatePayload,
  type PortalAccountUpdateInput,
  type PortalAccountUpdatePayload,
  type PortalPasswordChangeInput,
  type PortalPasswordChangePayload,
  PortalImpersonatorType,
  PortalViewerType,
} from './portal.types';

const portalAccountSchema = customerCreateSchema.pick({ phone: true, timezone: true });
const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.'),
  newPassword: newPasswordSchema,
});

export type PortalSignIn =
  { outcome: 'signed-in'; member: MemberEntity } | { outcome: 'invalid' } | { outcome: 'unavailable'; reason: string };

/** Why a member may not use the portal now, or null if they may. */
function unavailability(member: MemberEntity, customer: CustomerEntity | null): string | null {
  if (!customer || customer.status === 'CLOSED') return 'This account is closed.';
  if (customer.status === 'SUSPENDED') return 'This account is suspended. Contact your provider to restore access.';
  if (customer.status === 'INACTIVE') return 'This account is inactive. Contact your provider to restore access.';
  if (member.status !== 'ACTIVE' || !member.portalAccess) return 'Your portal access has been withdrawn.';
  return null;
}

/**
 * The customer portal: members signing in with their own password (set from an invitation),
 * and what a portal session may see and change.
 */
export class PortalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationService,
  ) {}

  async viewer(caller: PortalCaller): Promise<PortalViewerType | null> {
    const manager = this.dataSource.manager;
    const [customer, member, session] = await Promise.all([
      manager.findOneBy(CustomerEntity, { partnerId: caller.partnerId, id: caller.customerId }),
      caller.memberId ? manager.findOneBy(MemberEntity, { partnerId: caller.partnerId, id: caller.memberId }) : null,
      this.sessions.find(caller.sessionId),
    ]);
    if (!customer || !session) return null;
    const operator = caller.impersonator
      ? await manager.findOneBy(OperatorEntity, { partnerId: caller.partnerId, id: caller.impersonator.operatorId })
      : null;
    return Object.assign(new PortalViewerType(), {
      customer: toCustomerType(customer),
      member: member ? toMemberType(member) : null,
      impersonator: operator
        ? Object.assign(new PortalImpersonatorType(), { id: operator.id, name: operator.name, email: operator.email })
        : null,
      expiresAt: session.expiresAt,
    });
  }

  async updateAccount(
    context: RequestContext,
    caller: PortalCaller,
    input: PortalAccountUpdateInput,
  ): Promise<PortalAccountUpdatePayload> {
    const parsed = parseInput(portalAccountSchema, input);
    if (!parsed.ok) return { customer: null, userErrors: parsed.userErrors };
    return this.dataSource.transaction(async (manager) => {
      const key = { partnerId: caller.partnerId, id: caller.customerId };
      await manager.update(CustomerEntity, key, { phone: parsed.value.phone ?? null, timezone: parsed.value.timezone });
      await context.audit(
        {
          action: 'customer.contact-updated',
          partnerId: caller.partnerId,
          targetType: 'Customer',
          targetId: caller.customerId,
          details: { phone: parsed.value.phone ?? null, timezone: parsed.value.timezone },
        },
        manager,
      );
      const customer = await manager.findOneByOrFail(CustomerEntity, key);
      return { customer: toCustomerType(customer), userErrors: [] };
    });
  }

  async changePassword(
    context: RequestContext,
    caller: PortalCaller,
    input: PortalPasswordChangeInput,
  ): Promise<PortalPasswordChangePayload> {
    const parsed = parseInput(passwordChangeSchema, input);
    if (!parsed.ok) return { changed: false, userErrors: parsed.userErrors };
    if (!caller.memberId) throw new Error('only members have portal passwords');
    const [credential] = await this.dataSource.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM accounts.member_credentials WHERE partner_id = $1 AND member_id = $2`,
      [caller.partnerId, caller.memberId],
    );
    if (!credential || !(await verifyPassword(credential.password_hash, parsed.value.currentPassword))) {
      return {
        changed: false,
        userErrors: [
          userError(UserErrorCode.INVALID, 'That is not your current password.', ['input', 'currentPassword']),
        ],
      };
    }
    const passwordHash = await hashPassword(parsed.value.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE accounts.member_credentials SET password_hash = $3, updated_at = now() WHERE partner_id = $1 AND member_id = $2`,
        [caller.partnerId, caller.memberId, passwordHash],
      );
      await context.audit(
        {
          action: 'member.password-changed',
          partnerId: caller.partnerId,
          targetType: 'Member',
          targetId: caller.memberId!,
        },
        manager,
      );
    });
    return { changed: true, userErrors: [] };
  }

  /** A single-use link for a member with portal access to set their password. */
  async invite(context: AccountsContext, memberId: string): Promise<MemberInvitationCreatePayload> {
    const refused = (code: UserErrorCode, message: string) => ({
      invitation: null,
      userErrors: [userError(code, message, ['input', 'memberId'])],
    });
    if (!isValidId(memberId)) return refused(UserErrorCode.NOT_FOUND, 'That member was not found.');
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ id: memberId });
    // The member counts as found only if the caller may see their customer.
    const customer = member ? await context.loaders.customerById.load(member.customerId) : null;
    if (!member || !customer) return refused(UserErrorCode.NOT_FOUND, 'That member was not found.');
    if (member.status !== 'ACTIVE') return refused(UserErrorCode.NOT_ALLOWED, 'This member is deactivated.');
    if (!member.portalAccess) return refused(UserErrorCode.NOT_ALLOWED, 'Give this member portal access first.');
    if (!member.email) return refused(UserErrorCode.NOT_ALLOWED, 'Add an email address for this member first.');
    const invitation = await this.dataSource.transaction(async (manager) => {
      const created = await this.invitations.create(
        {
          partnerId: member.partnerId,
          kind: 'member',
          subjectId: member.id,
          createdBy: auditActorOf(context.caller).id,
        },
        manager,
      );
      await context.audit(
        { action: 'member.invited', partnerId: member.partnerId, targetType: 'Member', targetId: member.id },
        manager,
      );
      return created;
    });
    return { invitation: toInvitationType(invitation), userErrors: [] };
  }

  /** Sets a member's portal password from their invitation. */
  async acceptInvitation(
    manager: EntityManager,
    partnerId: string,
    memberId: string,
    passwordHash: string,
  ): Promise<{ email: string } | 'email-taken' | null> {
    const member = await manager.findOneBy(MemberEntity, { partnerId, id: memberId });
    if (!member?.email || member.status !== 'ACTIVE' || !member.portalAccess) return null;
    try {
      await manager.query(`SAVEPOINT credential`);
      await manager.query(
        `INSERT INTO accounts.member_credentials (partner_id, member_id, email, password_hash)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (partner_id, member_id) DO UPDATE SET email = $3, password_hash = $4, updated_at = now()`,
        [partnerId, memberId, member.email, passwordHash],
      );
      await manager.query(`RELEASE SAVEPOINT credential`);
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') {
        await manager.query(`ROLLBACK TO SAVEPOINT credential`);
        return 'email-taken';
      }
      throw err;
    }
    return { email: member.email };
  }

  async authenticate(email: string, password: string): Promise<PortalSignIn> {
    const [credential] = await this.dataSource.query<
      { partner_id: string; member_id: string; password_hash: string }[]
    >(`SELECT partner_id, member_id, password_hash FROM accounts.member_credentials WHERE email = $1`, [email]);
    if (!credential) return verifyAgainstDecoy(password).then(() => ({ outcome: 'invalid' }));
    if (!(await verifyPassword(credential.password_hash, password))) return { outcome: 'invalid' };
    return this.checkAccess(credential.partner_id, credential.member_id);
  }

  /** Whether a member may use the portal now: asked at sign-in and at every refresh. */
  async checkAccess(partnerId: string, memberId: string): Promise<PortalSignIn> {
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ partnerId, id: memberId });
    if (!member) return { outcome: 'invalid' };
    const customer = await this.dataSource
      .getRepository(CustomerEntity)
      .findOneBy({ partnerId, id: member.customerId });
    const reason = unavailability(member, customer);
    return reason ? { outcome: 'unavailable', reason } : { outcome: 'signed-in', member };
  }
}
