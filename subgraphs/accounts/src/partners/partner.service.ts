import {
  type Caller,
  type ConnectionArgs,
  type RequestContext,
  UserErrorCode,
  auditActorOf,
  isValidId,
  newId,
  paginateKeyset,
  timestampOrder,
  parseInput,
  scopeOf,
  toConnection,
  userError,
} from '@clientele/subgraph-kit';
import { type DataSource, QueryFailedError } from 'typeorm';
import type { InvitationService } from '../invitations/invitation.service';
import { toInvitationType } from '../invitations/invitation.type';
import {
  type PartnerCreateInput,
  type PartnerCreatePayload,
  type ResellerCreateInput,
  type ResellerCreatePayload,
  partnerCreateSchema,
  resellerCreateSchema,
} from './partner.inputs';
import { PartnerConnection, toPartnerType, toResellerType } from './partner.type';
import { OperatorEntity } from '../operators/operator.entity';
import { PartnerEntity, ResellerEntity } from './partner.entity';

/**
 * Partners and their resellers. Platform staff create them through the API, with an invited
 * owner; `PartnerProvisioner` makes one with a ready owner, for the demo seed and test harness.
 */
export class PartnerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationService,
  ) {}

  async list(args: ConnectionArgs): Promise<PartnerConnection> {
    const query = this.dataSource.getRepository(PartnerEntity).createQueryBuilder('p');
    const page = await paginateKeyset(
      query,
      timestampOrder('p', 'created_at', (row) => row.createdAt),
      args,
    );
    return toConnection(PartnerConnection, page, toPartnerType, () => query.getCount());
  }

  /** The resellers a caller may see: their partner's, or just their own when limited to one. */
  async resellers(caller: Caller, partnerIdForPlatform: string | null | undefined): Promise<ResellerEntity[]> {
    const scope = scopeOf(caller);
    const partnerId = scope.partnerId ?? partnerIdForPlatform;
    if (!partnerId || !isValidId(partnerId)) return [];
    const where = scope.resellerId ? { partnerId, id: scope.resellerId } : { partnerId };
    return this.dataSource.getRepository(ResellerEntity).find({ where, order: { name: 'ASC' } });
  }

  async create(context: RequestContext, input: PartnerCreateInput): Promise<PartnerCreatePayload> {
    const parsed = parseInput(partnerCreateSchema, input);
    if (!parsed.ok) return { partner: null, ownerInvitation: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    const [taken] = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM accounts.operators WHERE email = $1 UNION ALL SELECT 1 FROM accounts.platform_staff WHERE email = $1`,
      [command.ownerEmail],
    );
    const emailTaken = userError(UserErrorCode.TAKEN, 'Someone already signs in with this email address.', [
      'input',
      'ownerEmail',
    ]);
    if (taken) return { partner: null, ownerInvitation: null, userErrors: [emailTaken] };
    try {
      return await this.dataSource.transaction(async (manager) => {
        const partner = manager.create(PartnerEntity, { id: newId(), name: command.name });
        await manager.insert(PartnerEntity, partner);
        const owner = manager.create(OperatorEntity, {
          partnerId: partner.id,
          id: newId(),
          email: command.ownerEmail,
          name: command.ownerName,
          role: 'OWNER',
          resellerId: null,
          passwordHash: null,
          status: 'INVITED',
        });
        await manager.insert(OperatorEntity, owner);
        const invitation = await this.invitations.create(
          { partnerId: partner.id, kind: 'operator', subjectId: owner.id, createdBy: auditActorOf(context.caller).id },
          manager,
        );
        await context.audit(
          {
            action: 'partner.created',
            partnerId: partner.id,
            targetType: 'Partner',
            targetId: partner.id,
            details: { name: partner.name, ownerEmail: owner.email },
          },
          manager,
        );
        return { partner: toPartnerType(partner), ownerInvitation: toInvitationType(invitation), userErrors: [] };
      });
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') {
        return { partner: null, ownerInvitation: null, userErrors: [emailTaken] };
      }
      throw err;
    }
  }

  async createReseller(context: RequestContext, input: ResellerCreateInput): Promise<ResellerCreatePayload> {
    const parsed = parseInput(resellerCreateSchema, input);
    if (!parsed.ok) return { reseller: null, userErrors: parsed.userErrors };
    const { partnerId, name } = parsed.value;
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.findOneBy(PartnerEntity, { id: partnerId }))) {
        return {
          reseller: null,
          userErrors: [userError(UserErrorCode.NOT_FOUND, 'That partner was not found.', ['input', 'partnerId'])],
        };
      }
      const reseller = manager.create(ResellerEntity, { partnerId, id: newId(), name });
      await manager.insert(ResellerEntity, reseller);
      await context.audit(
        { action: 'reseller.created', partnerId, targetType: 'Reseller', targetId: reseller.id, details: { name } },
        manager,
      );
      return { reseller: toResellerType(reseller), userErrors: [] };
    });
  }
}
