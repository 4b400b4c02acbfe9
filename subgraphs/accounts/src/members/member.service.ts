import {
  type Caller,
  type EventBus,
  MEMBER_INVITED,
  MEMBER_PASSWORD_RESET_REQUESTED,
  MEMBER_RECIPIENT_STATUS_CHANGED,
  type MemberLinkData,
  type MemberRecipientStatusChangedData,
  type PortalCaller,
  type RecipientStatus,
  type RequestContext,
  type UserError,
  UserErrorCode,
  auditActorOf,
  changesBetween,
  isValidId,
  newId,
  parseInput,
  partnerOf,
  scopeOf,
  searchDocument,
  textMatch,
  textScore,
  userError,
  whereInScope,
} from '@clientele/subgraph-kit';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { z } from 'zod';
import {
  type Invitation,
  type InvitationService,
  type InvitationType,
  type SessionService,
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
import {
  type CustomerOwnershipTransferInput,
  type CustomerOwnershipTransferPayload,
  type MemberCreateInput,
  type MemberCreatePayload,
  type MemberInvitationCreatePayload,
  type MemberPasswordResetCreatePayload,
  type MemberUpdateInput,
  type MemberUpdatePayload,
  memberCreateSchema,
  memberUpdateSchema,
} from './member.inputs';
import { type MemberType, toMemberType } from './member.type';

type MembersRequest = RequestContext<CustomerLoaders>;

/** The fields of a member the audit log records the before and after of. */
type AuditedFields = Pick<
  MemberEntity,
  'name' | 'email' | 'phone' | 'role' | 'portalAccess' | 'recipientStatus' | 'status'
>;

function auditedFieldsOf(member: AuditedFields): AuditedFields {
  const { name, email, phone, role, portalAccess, recipientStatus, status } = member;
  return { name, email, phone, role, portalAccess, recipientStatus, status };
}

const memberNotFound = (field = 'id') => [
  userError(UserErrorCode.NOT_FOUND, 'That member was not found.', ['input', field]),
];
const notAllowed = (message: string, field: string | null = null) => [
  userError(UserErrorCode.NOT_ALLOWED, message, field ? ['input', field] : null),
];

/** Which unique index a failed write ran into, if any. */
function violatedIndex(err: unknown): string | null {
  if (!(err instanceof QueryFailedError)) return null;
  const driverError = err.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' ? (driverError.constraint ?? '') : null;
}

const emailTaken = () => [
  userError(UserErrorCode.TAKEN, 'Another member of this account already has this email address.', ['input', 'email']),
];
const portalLoginTaken = () => [
  userError(UserErrorCode.TAKEN, 'Someone else already signs in to the portal with this email address.', [
    'input',
    'email',
  ]),
];

/** What a single-use portal link is for: the first password, or a new one. */
type LinkPurpose = 'invitation' | 'password-reset';

function linkData(member: MemberEntity, email: string, link: Invitation): MemberLinkData {
  return {
    customerId: member.customerId,
    memberId: member.id,
    name: member.name,
    email,
    link: link.url,
    expiresAt: link.expiresAt.toISOString(),
  };
}

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
    private readonly events: EventBus,
    private readonly customers: CustomerService,
    private readonly invitations: InvitationService,
    private readonly sessions: SessionService,
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

  /**
   * Each customer's account holder, its one active owner (`members_one_owner`), as a subquery
   * (columns `customerId`, `name`, `email`, `phone`) scoped to the caller, with its named
   * parameters: the recipients module joins it to a bulk selection without naming this table.
   */
  holdersSubquery(caller: Caller): { sql: string; parameters: Record<string, unknown> } {
    const query = this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .select(['m.customer_id AS "customerId"', 'm.name AS name', 'm.email AS email', 'm.phone AS phone'])
      .where("m.role = 'OWNER' AND m.status = 'ACTIVE'");
    whereInScope(query, caller, { partner: 'm.partner_id', customer: 'm.customer_id' });
    return { sql: query.getQuery(), parameters: query.getParameters() };
  }

  /**
   * The customers one of whose members' name or email holds the search term (`:searchText`,
   * `:searchPattern`; see the kit's `searchParameters`), with its score, an exact email first:
   * columns `id` (the customer's) and `score`, scoped to the caller, answered by the trigram index
   * `members_search` (`MemberSearch1766900100001`), whose expression this is.
   */
  textMatchesSubquery(caller: Caller): { sql: string; parameters: Record<string, unknown> } {
    const document = searchDocument(['m.name', "coalesce(m.email::text, '')"]);
    const query = this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .select(['m.customer_id AS id', `${textScore(document, ['m.email = :searchText'])} AS score`])
      .where(textMatch(document));
    whereInScope(query, caller, { partner: 'm.partner_id', customer: 'm.customer_id' });
    return { sql: query.getQuery(), parameters: query.getParameters() };
  }

  /** Members by id within the caller's partner, for loaders (e.g. who did something in a customer's activity). */
  async findByIds(caller: Caller, ids: readonly string[]): Promise<MemberType[]> {
    const valid = ids.filter(isValidId);
    if (valid.length === 0) return [];
    const query = this.dataSource.getRepository(MemberEntity).createQueryBuilder('m').where('m.id = ANY(:ids)', {
      ids: valid,
    });
    return (await whereInScope(query, caller, { partner: 'm.partner_id', customer: 'm.customer_id' }).getMany()).map(
      toMemberType,
    );
  }

  async findOne(partnerId: string, memberId: string): Promise<MemberType | null> {
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ partnerId, id: memberId });
    return member && toMemberType(member);
  }

  async create(context: MembersRequest, input: MemberCreateInput): Promise<MemberCreatePayload> {
    const refused = (userErrors: UserError[]) => ({ member: null, userErrors });
    const parsed = parseInput(memberCreateSchema, input);
    if (!parsed.ok) return refused(parsed.userErrors);
    const command = parsed.value;
    const customer = isValidId(command.customerId) ? await context.loaders.customerById.load(command.customerId) : null;
    if (!customer) {
      return refused([userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerId'])]);
    }
    if (customer.status === 'CLOSED') return refused(notAllowed('This account is closed.', 'customerId'));
    const partnerId = partnerOf(context.caller);
    // Only partner callers hold customers:write.
    if (!partnerId) throw new Error('memberCreate needs a partner caller');
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (command.role === 'OWNER' && (await this.ownerOf(manager, partnerId, customer.id))) {
          return refused(
            notAllowed('This account already has an owner; transfer ownership to make someone else owner.', 'role'),
          );
        }
        const member = manager.create(MemberEntity, {
          partnerId,
          id: newId(),
          customerId: customer.id,
          name: command.name,
          email: command.email ?? null,
          phone: command.phone ?? null,
          role: command.role,
          portalAccess: command.portalAccess,
          recipientStatus: command.recipientStatus,
          status: 'ACTIVE',
        });
        await manager.insert(MemberEntity, member);
        if (member.recipientStatus !== 'FREE') {
          await this.publishRecipientStatus(manager, member, 'FREE');
        }
        await context.audit(
          {
            action: 'member.created',
            partnerId,
            targetType: 'Member',
            targetId: member.id,
            details: { customerId: customer.id, changes: changesBetween({}, auditedFieldsOf(member)) },
          },
          manager,
        );
        return { member: toMemberType(member), userErrors: [] };
      });
    } catch (err) {
      const index = violatedIndex(err);
      if (index === 'members_email_per_customer') return refused(emailTaken());
      if (index === 'members_one_owner') {
        return refused(notAllowed('Someone else made an owner for this account at the same moment.', 'role'));
      }
      throw err;
    }
  }

  async update(context: MembersRequest, input: MemberUpdateInput): Promise<MemberUpdatePayload> {
    const parsed = parseInput(memberUpdateSchema, input);
    if (!parsed.ok) return { member: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    try {
      return await this.changeMember(context, command.id, async (member, manager) => {
        const before = auditedFieldsOf(member);
        // Left out means unchanged; null removes an email address or phone number.
        const after: AuditedFields = {
          ...before,
          name: command.name ?? member.name,
          email: input.email === undefined ? member.email : (command.email ?? null),
          phone: input.phone === undefined ? member.phone : (command.phone ?? null),
          role: command.role ?? member.role,
          portalAccess: command.portalAccess ?? member.portalAccess,
          recipientStatus: command.recipientStatus ?? member.recipientStatus,
        };
        if (after.role !== member.role && member.role === 'OWNER') {
          return notAllowed('Transfer ownership to another member first; the owner then becomes an ADMIN.', 'role');
        }
        if (after.role !== member.role && after.role === 'OWNER') {
          return notAllowed('Use ownership transfer to make this member the owner.', 'role');
        }
        const changes = changesBetween(before, after);
        if (Object.keys(changes).length === 0) return [];
        if (changes.email) {
          const refusal = await this.moveLogin(manager, member, after.email);
          if (refusal) return refusal;
        }
        await manager.update(
          MemberEntity,
          { partnerId: member.partnerId, id: member.id },
          {
            name: after.name,
            email: after.email,
            phone: after.phone,
            role: after.role,
            portalAccess: after.portalAccess,
            recipientStatus: after.recipientStatus,
          },
        );
        if (changes.portalAccess && !after.portalAccess)
          await this.endPortalAccess(manager, member, 'access-withdrawn');
        if (changes.recipientStatus) {
          await this.publishRecipientStatus(manager, { ...member, ...after }, member.recipientStatus);
        }
        await context.audit(
          {
            action: 'member.updated',
            partnerId: member.partnerId,
            targetType: 'Member',
            targetId: member.id,
            details: { customerId: member.customerId, changes },
          },
          manager,
        );
        return [];
      });
    } catch (err) {
      if (violatedIndex(err) === 'members_email_per_customer') return { member: null, userErrors: emailTaken() };
      throw err;
    }
  }

  /**
   * Deactivates a member: they cannot sign in, their sessions end and open links stop working.
   * A paid or free additional recipient stops being one (INACTIVE), so billing stops charging
   * for someone who is gone; reactivating does not make them a recipient again by itself.
   */
  async deactivate(context: MembersRequest, id: string): Promise<MemberUpdatePayload> {
    return this.changeMember(context, id, async (member, manager) => {
      if (member.status === 'INACTIVE') return [];
      if (member.role === 'OWNER') {
        return notAllowed('Transfer ownership to another member before deactivating the owner.', 'id');
      }
      const stopsReceiving = member.recipientStatus !== 'INACTIVE';
      await manager.update(
        MemberEntity,
        { partnerId: member.partnerId, id: member.id },
        { status: 'INACTIVE', recipientStatus: 'INACTIVE' },
      );
      await this.endPortalAccess(manager, member, 'deactivated');
      await context.audit(
        {
          action: 'member.deactivated',
          partnerId: member.partnerId,
          targetType: 'Member',
          targetId: member.id,
          details: {
            customerId: member.customerId,
            changes: {
              status: { from: 'ACTIVE', to: 'INACTIVE' },
              ...(stopsReceiving ? { recipientStatus: { from: member.recipientStatus, to: 'INACTIVE' } } : {}),
            },
          },
        },
        manager,
      );
      if (stopsReceiving) {
        await this.publishRecipientStatus(manager, { ...member, recipientStatus: 'INACTIVE' }, member.recipientStatus);
      }
      return [];
    });
  }

  async reactivate(context: MembersRequest, id: string): Promise<MemberUpdatePayload> {
    return this.changeMember(context, id, async (member, manager) => {
      if (member.status === 'ACTIVE') return [];
      await manager.update(MemberEntity, { partnerId: member.partnerId, id: member.id }, { status: 'ACTIVE' });
      await context.audit(
        {
          action: 'member.reactivated',
          partnerId: member.partnerId,
          targetType: 'Member',
          targetId: member.id,
          details: { customerId: member.customerId, changes: { status: { from: 'INACTIVE', to: 'ACTIVE' } } },
        },
        manager,
      );
      return [];
    });
  }

  /**
   * Makes an active member the account holder and the former one an ADMIN, in one transaction.
   * Every member of the account is locked first (in id order), so two transfers at once run one
   * after the other and leave exactly one owner; the database's one-owner index backs this up.
   */
  async transferOwnership(
    context: MembersRequest,
    input: CustomerOwnershipTransferInput,
  ): Promise<CustomerOwnershipTransferPayload> {
    const refused = (userErrors: UserError[]) => ({ owner: null, previousOwner: null, userErrors });
    const customer = isValidId(input.customerId) ? await context.loaders.customerById.load(input.customerId) : null;
    if (!customer) {
      return refused([userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerId'])]);
    }
    if (!isValidId(input.memberId)) return refused(memberNotFound('memberId'));
    const partnerId = partnerOf(context.caller);
    if (!partnerId) throw new Error('customerOwnershipTransfer needs a partner caller');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const members = await manager
          .getRepository(MemberEntity)
          .createQueryBuilder('m')
          .where('m.partner_id = :partnerId AND m.customer_id = :customerId', { partnerId, customerId: customer.id })
          .orderBy('m.id')
          .setLock('pessimistic_write')
          .getMany();
        const target = members.find((member) => member.id === input.memberId);
        if (!target) return refused(memberNotFound('memberId'));
        if (target.status !== 'ACTIVE') {
          return refused(notAllowed('Reactivate this member before making them the owner.', 'memberId'));
        }
        const owner = members.find((member) => member.role === 'OWNER') ?? null;
        if (owner?.id === target.id) return { owner: toMemberType(target), previousOwner: null, userErrors: [] };
        // The old owner steps down first: the one-owner index is checked row by row.
        if (owner) {
          await manager.update(MemberEntity, { partnerId, id: owner.id }, { role: 'ADMIN' });
        }
        await manager.update(MemberEntity, { partnerId, id: target.id }, { role: 'OWNER' });
        await context.audit(
          {
            action: 'customer.ownership-transferred',
            partnerId,
            targetType: 'Customer',
            targetId: customer.id,
            details: {
              customerId: customer.id,
              memberId: target.id,
              previousOwnerId: owner?.id ?? null,
              changes: { owner: { from: owner?.id ?? null, to: target.id } },
            },
          },
          manager,
        );
        const newOwner = await manager.findOneByOrFail(MemberEntity, { partnerId, id: target.id });
        const previousOwner = owner && (await manager.findOneByOrFail(MemberEntity, { partnerId, id: owner.id }));
        return {
          owner: toMemberType(newOwner),
          previousOwner: previousOwner && toMemberType(previousOwner),
          userErrors: [],
        };
      });
    } catch (err) {
      if (violatedIndex(err) === 'members_one_owner') {
        return refused(notAllowed('Ownership of this account changed at the same moment. Try again.', 'memberId'));
      }
      throw err;
    }
  }

  /** A single-use link for a member with portal access to set their first password. */
  async invite(context: MembersRequest, memberId: string): Promise<MemberInvitationCreatePayload> {
    const { link, userErrors } = await this.sendLink(context, memberId, 'invitation');
    return { invitation: link, userErrors };
  }

  /** A single-use link for a member who cannot sign in to set a new password. */
  async requestPasswordReset(context: MembersRequest, memberId: string): Promise<MemberPasswordResetCreatePayload> {
    return this.sendLink(context, memberId, 'password-reset');
  }

  /**
   * Makes a portal link and hands it to messaging as an event, in one transaction; the link is
   * also answered, so the operator can pass it on until email delivery exists.
   */
  private async sendLink(
    context: MembersRequest,
    memberId: string,
    purpose: LinkPurpose,
  ): Promise<{ link: InvitationType | null; userErrors: UserError[] }> {
    const refused = (code: UserErrorCode, message: string) => ({
      link: null,
      userErrors: [userError(code, message, ['input', 'memberId'])],
    });
    const notFound = () => refused(UserErrorCode.NOT_FOUND, 'That member was not found.');
    if (!isValidId(memberId)) return notFound();
    const result = await this.dataSource.transaction(async (manager) => {
      const member = await this.lockVisible(context, manager, memberId);
      if (!member) return notFound();
      if (member.status !== 'ACTIVE') return refused(UserErrorCode.NOT_ALLOWED, 'This member is deactivated.');
      if (!member.portalAccess) return refused(UserErrorCode.NOT_ALLOWED, 'Give this member portal access first.');
      if (!member.email) return refused(UserErrorCode.NOT_ALLOWED, 'Add an email address for this member first.');
      const link = await this.invitations.create(
        {
          partnerId: member.partnerId,
          kind: 'member',
          subjectId: member.id,
          createdBy: auditActorOf(context.caller).id,
        },
        manager,
      );
      await this.events.publish<MemberLinkData>(manager, {
        type: purpose === 'invitation' ? MEMBER_INVITED : MEMBER_PASSWORD_RESET_REQUESTED,
        partnerId: member.partnerId,
        data: linkData(member, member.email, link),
      });
      await context.audit(
        {
          action: purpose === 'invitation' ? 'member.invited' : 'member.password-reset-requested',
          partnerId: member.partnerId,
          targetType: 'Member',
          targetId: member.id,
          details: { customerId: member.customerId, expiresAt: link.expiresAt.toISOString() },
        },
        manager,
      );
      return { link: toInvitationType(link), userErrors: [] };
    });
    return result;
  }

  /** The member under a row lock, if the caller may see them and their customer; else null. */
  private async lockVisible(
    context: MembersRequest,
    manager: EntityManager,
    memberId: string,
  ): Promise<MemberEntity | null> {
    const { partnerId } = scopeOf(context.caller);
    const member = await manager.findOne(MemberEntity, {
      where: partnerId ? { partnerId, id: memberId } : { id: memberId },
      lock: { mode: 'pessimistic_write' },
    });
    // The member counts as found only if the caller may see their customer (a reseller limit).
    const customer = member ? await context.loaders.customerById.load(member.customerId) : null;
    return member && customer ? member : null;
  }

  /** Loads the member under a row lock, applies a change that answers its refusals, and maps the result. */
  private async changeMember(
    context: MembersRequest,
    id: string,
    change: (member: MemberEntity, manager: EntityManager) => Promise<UserError[]>,
  ): Promise<{ member: MemberType | null; userErrors: UserError[] }> {
    if (!isValidId(id)) return { member: null, userErrors: memberNotFound() };
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockVisible(context, manager, id);
      if (!member) return { member: null, userErrors: memberNotFound() };
      const userErrors = await change(member, manager);
      if (userErrors.length > 0) return { member: null, userErrors };
      const current = await manager.findOneByOrFail(MemberEntity, { partnerId: member.partnerId, id: member.id });
      return { member: toMemberType(current), userErrors };
    });
  }

  private async ownerOf(manager: EntityManager, partnerId: string, customerId: string): Promise<MemberEntity | null> {
    return manager.findOneBy(MemberEntity, { partnerId, customerId, role: 'OWNER' });
  }

  /**
   * A member signs in with their address, so a new one moves their portal login with it; one
   * who has a login keeps an address.
   */
  private async moveLogin(
    manager: EntityManager,
    member: MemberEntity,
    email: string | null,
  ): Promise<UserError[] | null> {
    const [login] = await manager.query<{ email: string }[]>(
      `SELECT email FROM accounts.member_credentials WHERE partner_id = $1 AND member_id = $2`,
      [member.partnerId, member.id],
    );
    if (!login) return null;
    if (!email) {
      return [
        userError(UserErrorCode.REQUIRED, 'This member signs in to the portal with their email address; keep one.', [
          'input',
          'email',
        ]),
      ];
    }
    const [taken] = await manager.query<unknown[]>(
      `SELECT 1 FROM accounts.member_credentials WHERE email = $1 AND NOT (partner_id = $2 AND member_id = $3)`,
      [email, member.partnerId, member.id],
    );
    if (taken) return portalLoginTaken();
    await manager.query(
      `UPDATE accounts.member_credentials SET email = $3, updated_at = now() WHERE partner_id = $1 AND member_id = $2`,
      [member.partnerId, member.id, email],
    );
    return null;
  }

  /**
   * Erases the personal data of a closed customer's members for good, inside the erasure's
   * transaction: names, emails, phones and portal logins go; ids, roles and statuses stay.
   * Answers how many members were erased.
   */
  async erasePersonalData(manager: EntityManager, partnerId: string, customerId: string): Promise<number> {
    const members = await manager.findBy(MemberEntity, { partnerId, customerId });
    for (const member of members) await this.endPortalAccess(manager, member, 'erased');
    await manager.query(
      `DELETE FROM accounts.member_credentials WHERE partner_id = $1 AND member_id = ANY($2::uuid[])`,
      [partnerId, members.map((member) => member.id)],
    );
    await manager.update(
      MemberEntity,
      { partnerId, customerId },
      { name: 'Erased member', email: null, phone: null, portalAccess: false },
    );
    return members.length;
  }

  /** Signs the member out everywhere and voids their open portal links. */
  private async endPortalAccess(manager: EntityManager, member: MemberEntity, reason: string): Promise<void> {
    await this.sessions.endAllFor(member.id, reason, manager);
    await this.invitations.cancelFor(member.partnerId, member.id, manager);
  }

  private async publishRecipientStatus(
    manager: EntityManager,
    member: Pick<MemberEntity, 'partnerId' | 'customerId' | 'id' | 'recipientStatus'>,
    previousStatus: RecipientStatus,
  ): Promise<void> {
    await this.events.publish<MemberRecipientStatusChangedData>(manager, {
      type: MEMBER_RECIPIENT_STATUS_CHANGED,
      partnerId: member.partnerId,
      data: { customerId: member.customerId, memberId: member.id, previousStatus, status: member.recipientStatus },
    });
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
