import {
  type Caller,
  type ConnectionArgs,
  type RequestContext,
  UserErrorCode,
  isValidId,
  newId,
  paginateKeyset,
  timestampOrder,
  parseInput,
  scopeOf,
  toConnection,
  userError,
} from '@clientele/subgraph-kit';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { type ResellerCreateInput, type ResellerCreatePayload, resellerCreateSchema } from './partner.inputs';
import { PartnerConnection, type PartnerType, type ResellerType, toPartnerType, toResellerType } from './partner.type';
import { PartnerEntity, ResellerEntity } from './partner.entity';

/**
 * Partners and their resellers, and each partner's account-number counter. Onboarding creates
 * partners (with an owner); resellers are added here.
 */
export class PartnerService {
  constructor(private readonly dataSource: DataSource) {}

  exists(partnerId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return partnerExists(manager, partnerId);
  }

  async resellerExists(
    partnerId: string,
    resellerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return isValidId(resellerId) && manager.existsBy(ResellerEntity, { partnerId, id: resellerId });
  }

  /**
   * Every reseller's name as plain rows (`partner_id, id, name`), unscoped: for a statement that
   * joins them to customers already scoped to its caller (the export), without naming the table.
   */
  resellersSubquery(): string {
    return `SELECT partner_id, id, name FROM ${this.dataSource.getMetadata(ResellerEntity).tablePath}`;
  }

  /** Partners by id, for loaders. Callers reach a partner only through records already in their scope. */
  async findByIds(ids: readonly string[]): Promise<PartnerType[]> {
    const valid = ids.filter(isValidId);
    if (valid.length === 0) return [];
    return (await this.dataSource.getRepository(PartnerEntity).findBy({ id: In(valid) })).map(toPartnerType);
  }

  /** Resellers by `partnerId:resellerId` key, for loaders: a reseller is only ever found within its partner. */
  async findResellersByKeys(keys: readonly string[]): Promise<(ResellerType & { key: string })[]> {
    const pairs = keys
      .map((key) => key.split(':'))
      .filter(([partnerId, id]) => isValidId(partnerId!) && isValidId(id!));
    if (pairs.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(ResellerEntity)
      .createQueryBuilder('r')
      .where('(r.partner_id, r.id) IN (SELECT * FROM unnest(:partnerIds::uuid[], :ids::uuid[]))', {
        partnerIds: pairs.map(([partnerId]) => partnerId),
        ids: pairs.map(([, id]) => id),
      })
      .getMany();
    return rows.map((row) => ({ ...toResellerType(row), key: resellerKey(row.partnerId, row.id) }));
  }

  /**
   * Takes the partner's next account number. The row lock serialises concurrent creates within
   * one partner; `isTaken` skips numbers an operator already chose by hand.
   */
  async takeAccountNumber(
    manager: EntityManager,
    partnerId: string,
    isTaken: (number: string) => Promise<boolean>,
  ): Promise<string> {
    for (;;) {
      const rows = await manager.query<[{ number: string }[], number]>(
        `UPDATE accounts.partners SET next_account_number = next_account_number + 1 WHERE id = $1 RETURNING next_account_number - 1 AS number`,
        [partnerId],
      );
      const number = rows[0][0]?.number;
      if (number === undefined) throw new Error(`partner ${partnerId} does not exist`);
      if (!(await isTaken(number))) return number;
    }
  }

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

/** The loader key of a reseller: resellers are looked up within their partner. */
export function resellerKey(partnerId: string, resellerId: string): string {
  return `${partnerId}:${resellerId}`;
}

/**
 * Inserts a partner with its resellers, inside the caller's transaction: for onboarding, and
 * for the demo seed and test harness, which provision partners without the API.
 */
export async function insertPartner(
  manager: EntityManager,
  request: { id?: string; name: string; resellers?: { id?: string; name: string }[] },
): Promise<{ partner: PartnerType; resellers: ResellerType[] }> {
  const partner = manager.create(PartnerEntity, { id: request.id ?? newId(), name: request.name });
  await manager.insert(PartnerEntity, partner);
  const resellers = (request.resellers ?? []).map((reseller) =>
    manager.create(ResellerEntity, { partnerId: partner.id, id: reseller.id ?? newId(), name: reseller.name }),
  );
  if (resellers.length > 0) await manager.insert(ResellerEntity, resellers);
  return { partner: toPartnerType(partner), resellers: resellers.map(toResellerType) };
}

export async function partnerExists(manager: EntityManager, partnerId: string): Promise<boolean> {
  return isValidId(partnerId) && manager.existsBy(PartnerEntity, { id: partnerId });
}
