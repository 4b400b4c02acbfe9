import {
  type Caller,
  type ConnectionArgs,
  auditActorOf,
  type OperatorCaller,
  type OperatorRole,
  type RequestContext,
  type UserError,
  UserErrorCode,
  isValidId,
  newId,
  containsPattern,
  paginateKeyset,
  timestampOrder,
  parseInput,
  partnerOf,
  scopeOf,
  toConnection,
  userError,
} from '@clientele/subgraph-kit';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import {
  type InvitationService,
  type SessionService,
  toInvitationType,
  verifyAgainstDecoy,
  verifyPassword,
} from '../credentials';
import type { PartnerService } from '../partners';
import type { PlatformStaffService } from '../platform';
import { OperatorEntity } from './operator.entity';
import {
  type OperatorFilter,
  type OperatorInviteInput,
  type OperatorInvitePayload,
  type OperatorUpdateInput,
  type OperatorUpdatePayload,
  type OperatorDeactivatePayload,
  operatorInviteSchema,
  operatorUpdateSchema,
} from './operator.inputs';
import { OperatorConnection, type OperatorType, toOperatorType } from './operator.type';

/** What other modules know of an operator: never the password hash. */
export interface OperatorRecord {
  id: string;
  partnerId: string;
  email: string;
  name: string;
  role: OperatorRole;
  resellerId: string | null;
}

function toOperatorRecord(entity: OperatorEntity): OperatorRecord {
  const { id, partnerId, email, name, role, resellerId } = entity;
  return { id, partnerId, email, name, role, resellerId };
}

/** A new operator row, written only by this module; onboarding and the test harness come through here. */
export interface OperatorInsert {
  partnerId: string;
  id?: string;
  email: string;
  name: string;
  role: OperatorRole;
  resellerId: string | null;
  /** Null for an invited operator, who sets a password from the invitation. */
  passwordHash: string | null;
}

const notFound = (field = 'id') => [
  userError(UserErrorCode.NOT_FOUND, 'That operator was not found.', ['input', field]),
];
const notAllowed = (message: string, field: string | null = null) => [
  userError(UserErrorCode.NOT_ALLOWED, message, field ? ['input', field] : null),
];

/** Only an owner (or platform staff) may grant or take away the OWNER role. */
function mayManageOwners(caller: Caller): boolean {
  return caller.kind === 'platform' || (caller.kind === 'operator' && caller.role === 'OWNER');
}

/**
 * A partner's staff: invited with a single-use link, given a role and optionally a reseller
 * limit, deactivated but never deleted. A change to someone's rights ends their sessions, so
 * the new rights apply from their next sign-in rather than whenever their token expires.
 */
export class OperatorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationService,
    private readonly partners: PartnerService,
    private readonly staff: PlatformStaffService,
  ) {}

  /** The operator behind an email and password, or null; both failures take the same time. */
  async authenticate(email: string, password: string): Promise<OperatorRecord | null> {
    const operator = await this.dataSource.getRepository(OperatorEntity).findOneBy({ email, status: 'ACTIVE' });
    if (!operator?.passwordHash) return verifyAgainstDecoy(password).then(() => null);
    return (await verifyPassword(operator.passwordHash, password)) ? toOperatorRecord(operator) : null;
  }

  /** Whether anyone, operator or platform staff, signs in with this email address. */
  async emailTaken(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await manager.existsBy(OperatorEntity, { email })) || this.staff.emailTaken(email, manager);
  }

  /** Checks an operator's own password again, e.g. before logging in as a customer. */
  async confirmPassword(caller: OperatorCaller, password: string): Promise<boolean> {
    const operator = await this.findActiveEntity(caller.partnerId, caller.operatorId);
    if (!operator?.passwordHash) return verifyAgainstDecoy(password);
    return verifyPassword(operator.passwordHash, password);
  }

  async findActive(partnerId: string, operatorId: string): Promise<OperatorRecord | null> {
    const operator = await this.findActiveEntity(partnerId, operatorId);
    return operator && toOperatorRecord(operator);
  }

  private findActiveEntity(partnerId: string, operatorId: string): Promise<OperatorEntity | null> {
    return this.dataSource.getRepository(OperatorEntity).findOneBy({ partnerId, id: operatorId, status: 'ACTIVE' });
  }

  /** Operators by id within the caller's partner (every partner for platform staff). */
  async findByIds(caller: Caller, ids: readonly string[]): Promise<OperatorType[]> {
    const valid = ids.filter(isValidId);
    if (valid.length === 0) return [];
    const query = this.visibleTo(caller).andWhere('o.id = ANY(:ids)', { ids: valid });
    return (await query.getMany()).map(toOperatorType);
  }

  async list(
    caller: Caller,
    filter: OperatorFilter | null | undefined,
    args: ConnectionArgs,
  ): Promise<OperatorConnection> {
    const query = this.visibleTo(caller);
    if (filter?.status?.length) query.andWhere('o.status IN (:...statuses)', { statuses: filter.status });
    const text = filter?.query?.trim();
    if (text) {
      query.andWhere('(o.name ILIKE :pattern OR o.email ILIKE :pattern)', { pattern: containsPattern(text) });
    }
    const page = await paginateKeyset(
      query,
      timestampOrder('o', 'created_at', (row) => row.createdAt),
      args,
    );
    return toConnection(OperatorConnection, page, toOperatorType, () => query.getCount());
  }

  async invite(context: RequestContext, input: OperatorInviteInput): Promise<OperatorInvitePayload> {
    const refused = (userErrors: UserError[]) => ({ operator: null, invitation: null, userErrors });
    const parsed = parseInput(operatorInviteSchema, input);
    if (!parsed.ok) return refused(parsed.userErrors);
    const command = parsed.value;
    const { caller } = context;
    const partnerId = partnerOf(caller) ?? command.partnerId;
    if (!partnerId) return refused([userError(UserErrorCode.REQUIRED, 'Choose a partner.', ['input', 'partnerId'])]);
    if (caller.kind !== 'platform' && command.partnerId && command.partnerId !== partnerId) {
      return refused([userError(UserErrorCode.NOT_FOUND, 'That partner was not found.', ['input', 'partnerId'])]);
    }
    if (command.role === 'OWNER' && !mayManageOwners(caller)) {
      return refused(notAllowed('Only an owner can invite another owner.', 'role'));
    }
    // Someone limited to one reseller can only bring in people limited the same way.
    const limitedTo = scopeOf(caller).resellerId;
    const resellerId = limitedTo ?? command.resellerId ?? null;
    if (limitedTo && command.resellerId && command.resellerId !== limitedTo) {
      return refused([userError(UserErrorCode.NOT_FOUND, 'That reseller was not found.', ['input', 'resellerId'])]);
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (!(await this.partners.exists(partnerId, manager))) {
          return refused([userError(UserErrorCode.NOT_FOUND, 'That partner was not found.', ['input', 'partnerId'])]);
        }
        if (resellerId && !(await this.partners.resellerExists(partnerId, resellerId, manager))) {
          return refused([userError(UserErrorCode.NOT_FOUND, 'That reseller was not found.', ['input', 'resellerId'])]);
        }
        if (await this.staff.emailTaken(command.email, manager)) return refused(this.emailTakenErrors());
        const operator = await insertOperatorEntity(manager, {
          partnerId,
          email: command.email,
          name: command.name,
          role: command.role,
          resellerId,
          passwordHash: null,
        });
        const invitation = await this.invitations.create(
          { partnerId, kind: 'operator', subjectId: operator.id, createdBy: auditActorOf(caller).id },
          manager,
        );
        await context.audit(
          {
            action: 'operator.invited',
            partnerId,
            targetType: 'Operator',
            targetId: operator.id,
            details: { email: operator.email, role: operator.role, resellerId },
          },
          manager,
        );
        return { operator: toOperatorType(operator), invitation: toInvitationType(invitation), userErrors: [] };
      });
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') {
        return refused(this.emailTakenErrors());
      }
      throw err;
    }
  }

  async update(context: RequestContext, input: OperatorUpdateInput): Promise<OperatorUpdatePayload> {
    const parsed = parseInput(operatorUpdateSchema, input);
    if (!parsed.ok) return { operator: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    return this.changeOperator(context, command.id, async (operator, manager) => {
      if (this.isSelf(context.caller, operator)) {
        return notAllowed('You cannot change your own role or reseller limit; ask another owner or admin.');
      }
      const nextRole: OperatorRole = command.role ?? operator.role;
      if ((operator.role === 'OWNER' || nextRole === 'OWNER') && !mayManageOwners(context.caller)) {
        return notAllowed('Only an owner can grant or change the OWNER role.', 'role');
      }
      if (operator.role === 'OWNER' && nextRole !== 'OWNER' && (await this.isLastOwner(manager, operator))) {
        return notAllowed('The partner needs at least one active owner; make someone else owner first.', 'role');
      }
      let nextReseller = operator.resellerId;
      if (input.resellerId !== undefined) {
        nextReseller = command.resellerId ?? null;
        const limitedTo = scopeOf(context.caller).resellerId;
        if (limitedTo && nextReseller !== limitedTo) {
          return notAllowed('You can only limit operators to your own reseller.', 'resellerId');
        }
        if (nextReseller && !(await this.partners.resellerExists(operator.partnerId, nextReseller, manager))) {
          return [userError(UserErrorCode.NOT_FOUND, 'That reseller was not found.', ['input', 'resellerId'])];
        }
      }
      if (nextRole === operator.role && nextReseller === operator.resellerId) return [];
      const before = { role: operator.role, resellerId: operator.resellerId };
      operator.role = nextRole;
      operator.resellerId = nextReseller;
      await manager.update(
        OperatorEntity,
        { partnerId: operator.partnerId, id: operator.id },
        { role: nextRole, resellerId: nextReseller },
      );
      await this.sessions.endAllFor(operator.id, 'rights-changed', manager);
      await context.audit(
        {
          action: 'operator.updated',
          partnerId: operator.partnerId,
          targetType: 'Operator',
          targetId: operator.id,
          details: { before, after: { role: nextRole, resellerId: nextReseller } },
        },
        manager,
      );
      return [];
    });
  }

  async deactivate(context: RequestContext, id: string): Promise<OperatorDeactivatePayload> {
    return this.changeOperator(context, id, async (operator, manager) => {
      if (this.isSelf(context.caller, operator)) return notAllowed('You cannot deactivate yourself.');
      if (operator.status === 'DEACTIVATED') return [];
      if (operator.role === 'OWNER' && !mayManageOwners(context.caller)) {
        return notAllowed('Only an owner can deactivate an owner.');
      }
      if (operator.role === 'OWNER' && (await this.isLastOwner(manager, operator))) {
        return notAllowed('The partner needs at least one active owner; make someone else owner first.');
      }
      operator.status = 'DEACTIVATED';
      await manager.update(
        OperatorEntity,
        { partnerId: operator.partnerId, id: operator.id },
        { status: 'DEACTIVATED' },
      );
      await this.sessions.endAllFor(operator.id, 'deactivated', manager);
      await this.invitations.cancelFor(operator.partnerId, operator.id, manager);
      await context.audit(
        {
          action: 'operator.deactivated',
          partnerId: operator.partnerId,
          targetType: 'Operator',
          targetId: operator.id,
        },
        manager,
      );
      return [];
    });
  }

  /** Sets an invited operator's password from their invitation, making them active. */
  async activate(
    manager: EntityManager,
    partnerId: string,
    operatorId: string,
    passwordHash: string,
  ): Promise<OperatorRecord | null> {
    const operator = await manager.findOneBy(OperatorEntity, { partnerId, id: operatorId });
    if (!operator || operator.status === 'DEACTIVATED') return null;
    await manager.update(OperatorEntity, { partnerId, id: operatorId }, { passwordHash, status: 'ACTIVE' });
    return toOperatorRecord(operator);
  }

  private visibleTo(caller: Caller) {
    const query = this.dataSource.getRepository(OperatorEntity).createQueryBuilder('o').where('true');
    const { partnerId } = scopeOf(caller);
    if (partnerId) query.andWhere('o.partner_id = :partnerId', { partnerId });
    return query;
  }

  /** Loads the operator under a row lock, applies a change that answers its refusals, and maps the result. */
  private async changeOperator(
    context: RequestContext,
    id: string,
    change: (operator: OperatorEntity, manager: EntityManager) => Promise<UserError[]>,
  ): Promise<{ operator: ReturnType<typeof toOperatorType> | null; userErrors: UserError[] }> {
    if (!isValidId(id)) return { operator: null, userErrors: notFound() };
    const { partnerId } = scopeOf(context.caller);
    return this.dataSource.transaction(async (manager) => {
      const operator = await manager.findOne(OperatorEntity, {
        where: partnerId ? { partnerId, id } : { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!operator) return { operator: null, userErrors: notFound() };
      const userErrors = await change(operator, manager);
      return userErrors.length > 0
        ? { operator: null, userErrors }
        : { operator: toOperatorType(operator), userErrors };
    });
  }

  private isSelf(caller: Caller, operator: OperatorEntity): boolean {
    return caller.kind === 'operator' && caller.operatorId === operator.id;
  }

  private async isLastOwner(manager: EntityManager, operator: OperatorEntity): Promise<boolean> {
    // Lock the partner's owners so two concurrent demotions cannot both pass this check.
    const owners = await manager.query<{ id: string }[]>(
      `SELECT id FROM accounts.operators WHERE partner_id = $1 AND role = 'OWNER' AND status = 'ACTIVE' FOR UPDATE`,
      [operator.partnerId],
    );
    return owners.every((owner) => owner.id === operator.id);
  }

  private emailTakenErrors(): UserError[] {
    return [userError(UserErrorCode.TAKEN, 'Someone already signs in with this email address.', ['input', 'email'])];
  }
}

export function callerOf(operator: OperatorRecord, sessionId: string): OperatorCaller {
  return {
    kind: 'operator',
    operatorId: operator.id,
    partnerId: operator.partnerId,
    role: operator.role,
    resellerId: operator.resellerId,
    sessionId,
  };
}

async function insertOperatorEntity(manager: EntityManager, request: OperatorInsert): Promise<OperatorEntity> {
  const operator = manager.create(OperatorEntity, {
    ...request,
    id: request.id ?? newId(),
    status: request.passwordHash ? 'ACTIVE' : 'INVITED',
  });
  await manager.insert(OperatorEntity, operator);
  return operator;
}

/**
 * Inserts an operator inside the caller's transaction: ACTIVE with a password, else INVITED. For
 * onboarding, and for the demo seed and test harness, which provision operators without the API.
 */
export async function insertOperator(manager: EntityManager, request: OperatorInsert): Promise<OperatorRecord> {
  return toOperatorRecord(await insertOperatorEntity(manager, request));
}
