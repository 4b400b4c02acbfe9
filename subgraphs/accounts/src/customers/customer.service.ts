import {
  CUSTOMER_CREATED,
  type Caller,
  type CustomerCreatedData,
  type EventBus,
  whereInScope,
  partnerOf,
  scopeOf,
  type KeysetOrder,
  UserErrorCode,
  isValidId,
  newId,
  containsPattern,
  paginateKeyset,
  parseInput,
  toConnection,
  userError,
} from '@clientele/subgraph-kit';
import { type DataSource, type EntityManager, QueryFailedError, type SelectQueryBuilder } from 'typeorm';
import { ResellerEntity } from '../partners/partner.entity';
import { CustomerEntity } from './customer.entity';
import {
  type CustomerCreateInput,
  type CustomerCreatePayload,
  CustomerSortKey,
  type CustomersArgs,
  customerCreateSchema,
} from './customer.inputs';
import { CustomerConnection, toCustomerType } from './customer.type';

const DEFAULT_STATUSES = ['ACTIVE', 'SUSPENDED', 'INACTIVE'];

const sortOrders: Record<CustomerSortKey, Omit<KeysetOrder<CustomerEntity>, 'descending'>> = {
  [CustomerSortKey.CREATED_AT]: {
    column: 'c.created_at',
    tieBreaker: 'c.id',
    valueOf: (row) => row.createdAt.toISOString(),
    tieBreakerOf: (row) => row.id,
  },
  [CustomerSortKey.NAME]: {
    column: 'c.name',
    tieBreaker: 'c.id',
    valueOf: (row) => row.name,
    tieBreakerOf: (row) => row.id,
  },
  [CustomerSortKey.ACCOUNT_NUMBER]: {
    column: 'c.account_number',
    tieBreaker: 'c.id',
    valueOf: (row) => row.accountNumber,
    tieBreakerOf: (row) => row.id,
  },
};

export class CustomerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  /** Every customer read starts here: the caller's partner, and their reseller if they are limited to one. */
  private visibleTo(
    caller: Caller,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<CustomerEntity> {
    const query = manager.getRepository(CustomerEntity).createQueryBuilder('c').where('true');
    return whereInScope(query, caller, { partner: 'c.partner_id', reseller: 'c.reseller_id', customer: 'c.id' });
  }

  async list(caller: Caller, args: CustomersArgs): Promise<CustomerConnection> {
    const query = this.visibleTo(caller);
    const statuses = args.filter?.status?.length ? args.filter.status : DEFAULT_STATUSES;
    query.andWhere('c.status IN (:...statuses)', { statuses });
    const text = args.filter?.query?.trim();
    if (text) {
      query.andWhere('(c.name ILIKE :pattern OR c.account_number ILIKE :pattern)', {
        pattern: containsPattern(text),
      });
    }
    const page = await paginateKeyset(query, { ...sortOrders[args.sortKey], descending: args.reverse }, args);
    return toConnection(CustomerConnection, page, toCustomerType, () => query.getCount());
  }

  /** Customers by id, for loaders; ids the caller may not see are simply absent. */
  async findByIds(caller: Caller, ids: readonly string[]): Promise<CustomerEntity[]> {
    const valid = ids.filter(isValidId);
    if (valid.length === 0) return [];
    return this.visibleTo(caller).andWhere('c.id = ANY(:ids)', { ids: valid }).getMany();
  }

  async create(caller: Caller, input: CustomerCreateInput): Promise<CustomerCreatePayload> {
    const parsed = parseInput(customerCreateSchema, input);
    if (!parsed.ok) return { customer: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    const partnerId = partnerOf(caller);
    // Only partner callers hold customers:write; platform staff never create a partner's customers.
    if (!partnerId) throw new Error('customerCreate needs a partner caller');
    // An operator limited to one reseller creates customers for that reseller only.
    const scope = scopeOf(caller);
    const resellerId = scope.resellerId ?? command.resellerId ?? null;
    if (scope.resellerId && command.resellerId && command.resellerId !== scope.resellerId) {
      return {
        customer: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'That reseller was not found.', ['input', 'resellerId'])],
      };
    }

    try {
      const customer = await this.dataSource.transaction(async (manager) => {
        if (resellerId) {
          const reseller = await manager.findOneBy(ResellerEntity, { partnerId: partnerId, id: resellerId });
          if (!reseller)
            return userError(UserErrorCode.NOT_FOUND, 'That reseller was not found.', ['input', 'resellerId']);
        }
        const accountNumber = command.accountNumber ?? (await this.nextAccountNumber(manager, partnerId));
        const entity = manager.create(CustomerEntity, {
          partnerId: partnerId,
          id: newId(),
          accountNumber,
          name: command.name,
          billingName: command.billingName ?? null,
          email: command.email ?? null,
          phone: command.phone ?? null,
          country: command.country,
          currency: command.currency,
          timezone: command.timezone,
          pricingModel: command.pricingModel,
          resellerId,
          status: 'ACTIVE',
        });
        await manager.insert(CustomerEntity, entity);
        await this.events.publish<CustomerCreatedData>(manager, {
          type: CUSTOMER_CREATED,
          partnerId: partnerId,
          data: { customerId: entity.id, resellerId, currency: entity.currency, pricingModel: entity.pricingModel },
        });
        // insert() fills in the database defaults (created and updated times) on the entity.
        return entity;
      });
      if (!(customer instanceof CustomerEntity)) return { customer: null, userErrors: [customer] };
      return { customer: toCustomerType(customer), userErrors: [] };
    } catch (err) {
      if (
        err instanceof QueryFailedError &&
        (err.driverError as { constraint?: string }).constraint === 'customers_partner_id_account_number_key'
      ) {
        return {
          customer: null,
          userErrors: [
            userError(UserErrorCode.TAKEN, 'Another customer already has this account number.', [
              'input',
              'accountNumber',
            ]),
          ],
        };
      }
      throw err;
    }
  }

  /** Takes the partner's next account number; the row lock serialises concurrent creates within one partner. */
  private async nextAccountNumber(manager: EntityManager, partnerId: string): Promise<string> {
    for (;;) {
      const rows = await manager.query<[{ number: string }[], number]>(
        `UPDATE accounts.partners SET next_account_number = next_account_number + 1 WHERE id = $1 RETURNING next_account_number - 1 AS number`,
        [partnerId],
      );
      const number = rows[0][0]?.number;
      if (number === undefined) throw new Error(`partner ${partnerId} does not exist`);
      // Skip numbers an operator already chose by hand.
      const taken = await manager.existsBy(CustomerEntity, { partnerId, accountNumber: number });
      if (!taken) return number;
    }
  }
}
