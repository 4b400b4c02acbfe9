import {
  type Caller,
  type PortalCaller,
  type RequestContext,
  UserErrorCode,
  auditActorOf,
  isValidId,
  parseInput,
  userError,
  whereInScope,
} from '@clientele/subgraph-kit';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { z } from 'zod';
import {
  type InvitationService,
  type ThrottleService,
  hashPassword,
  newPasswordSchema,
  reauthenticationThrottleKeys,
  toInvitationType,
  verifyAgainstDecoy,
  verifyPassword,
} from '../credentials';
import type { CustomerLoaders, CustomerService, CustomerType } from '../customers';
import { MemberEntity } from './member.entity';
import type { MemberInvitationCreatePayload } from './member.inputs';
import { type MemberType, toMemberType } from './member.type';

const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.'),
  newPassword: newPasswordSchema,
});

/** What sign-in needs of a member who may use the portal. */
export interface PortalMember {
  id: string;
  partnerId: string;
  customerId: string;
  name: string;
  email: string | null;
  role: string;
}

export type PortalAccess =
  { outcome: 'signed-in'; member: PortalMember } | { outcome: 'invalid' } | { outcome: 'unavailable'; reason: string };

/** Why a member may not use the portal now, or null if they may. */
function unavailability(member: MemberEntity, customer: CustomerType | null): string | null {
  if (!customer || customer.status === 'CLOSED') return 'This account is closed.';
  if (customer.status === 'SUSPENDED') return 'This account is suspended. Contact your provider to restore access.';
  if (customer.status === 'INACTIVE') return 'This account is inactive. Contact your provider to restore access.';
  if (member.status !== 'ACTIVE' || !member.portalAccess) return 'Your portal access has been withdrawn.';
  return null;
}

/**
 * The people on a customer account, and their portal credentials: invitations to set a portal
 * password, signing in with it, and changing it.
 */
export class MemberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerService,
    private readonly invitations: InvitationService,
    private readonly throttle: ThrottleService,
  ) {}

  /** Members of customers the caller can already see (the customer was loaded through the scoped loader). */
  async listForCustomers(caller: Caller, customerIds: readonly string[]): Promise<MemberEntity[]> {
    const query = this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .where('m.customer_id = ANY(:customerIds)', { customerIds });
    return whereInScope(query, caller, { partner: 'm.partner_id', customer: 'm.customer_id' })
      .orderBy('m.customer_id')
      .addOrderBy("m.role = 'OWNER'", 'DESC')
      .addOrderBy('m.created_at')
      .getMany();
  }

  async findOne(partnerId: string, memberId: string): Promise<MemberType | null> {
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ partnerId, id: memberId });
    return member && toMemberType(member);
  }

  /** A single-use link for a member with portal access to set their password. */
  async invite(context: RequestContext<CustomerLoaders>, memberId: string): Promise<MemberInvitationCreatePayload> {
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

  async authenticate(email: string, password: string): Promise<PortalAccess> {
    const [credential] = await this.dataSource.query<
      { partner_id: string; member_id: string; password_hash: string }[]
    >(`SELECT partner_id, member_id, password_hash FROM accounts.member_credentials WHERE email = $1`, [email]);
    if (!credential) return verifyAgainstDecoy(password).then(() => ({ outcome: 'invalid' }));
    if (!(await verifyPassword(credential.password_hash, password))) return { outcome: 'invalid' };
    return this.checkAccess(credential.partner_id, credential.member_id);
  }

  /** Whether a member may use the portal now: asked at sign-in and at every refresh. */
  async checkAccess(partnerId: string, memberId: string): Promise<PortalAccess> {
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ partnerId, id: memberId });
    if (!member) return { outcome: 'invalid' };
    const customer = await this.customers.findOne(partnerId, member.customerId);
    const reason = unavailability(member, customer);
    if (reason) return { outcome: 'unavailable', reason };
    const { id, customerId, name, email, role } = member;
    return { outcome: 'signed-in', member: { id, partnerId, customerId, name, email, role } };
  }

  async changePassword(
    context: RequestContext,
    caller: PortalCaller,
    input: { currentPassword: string; newPassword: string },
  ): Promise<{ changed: boolean; userErrors: ReturnType<typeof userError>[] }> {
    const parsed = parseInput(passwordChangeSchema, input);
    if (!parsed.ok) return { changed: false, userErrors: parsed.userErrors };
    if (!caller.memberId) throw new Error('only members have portal passwords');
    const memberId = caller.memberId;
    const confirmed = await this.throttle.guard(
      reauthenticationThrottleKeys('password-change', memberId),
      async () => {
        const [credential] = await this.dataSource.query<{ password_hash: string }[]>(
          `SELECT password_hash FROM accounts.member_credentials WHERE partner_id = $1 AND member_id = $2`,
          [caller.partnerId, memberId],
        );
        return (
          credential !== undefined && (await verifyPassword(credential.password_hash, parsed.value.currentPassword))
        );
      },
      (right) => !right,
    );
    if (confirmed.outcome === 'throttled') {
      const minutes = Math.ceil(confirmed.retryAfterSeconds / 60);
      return {
        changed: false,
        userErrors: [
          userError(
            UserErrorCode.NOT_ALLOWED,
            `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
            ['input', 'currentPassword'],
          ),
        ],
      };
    }
    if (!confirmed.result) {
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
        [caller.partnerId, memberId, passwordHash],
      );
      await context.audit(
        {
          action: 'member.password-changed',
          partnerId: caller.partnerId,
          targetType: 'Member',
          targetId: memberId,
        },
        manager,
      );
    });
    return { changed: true, userErrors: [] };
  }
}
