import {
  CUSTOMER_CREATED,
  type Caller,
  type CustomerCreatedData,
  type EventBus,
  type RequestContext,
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
import type { PartnerService } from '../partners';
import { CustomerEntity } from './customer.entity';
import {
  type CustomerCreateInput,
  type CustomerCreatePayload,
  CustomerSortKey,
  type CustomersArgs,
  customerCreateSchema,
} from './customer.inputs';
import { CustomerConnection, type CustomerType, toCustomerType } from './customer.type';

const DEFAULT_STATUSES = ['ACTIVE', 'SUSPENDED', 'INACTIVE'];

const sortOrders: Record<CustomerSortKey, Omit<KeysetOrder<CustomerEntity>, 'descending'>> = {
  [CustomerSortKey.CREATED_AT]: {
    column: 'c.created_at',
    valueType: 'timestamp',
    tieBreaker: 'c.id',
    valueOf: (row) => row.createdAt.toISOString(),
    tieBreakerOf: (row) => row.id,
  },
  [CustomerSortKey.NAME]: {
    column: 'c.name',
    valueType: 'text',
    tieBreaker: 'c.id',
    valueOf: (row) => row.name,
    tieBreakerOf: (row) => row.id,
  },
  [CustomerSortKey.ACCOUNT_NUMBER]: {
    column: 'c.account_number',
    valueType: 'text',
    tieBreaker: 'c.id',
    valueOf: (row) => row.accountNumber,
    tieBreakerOf: (row) => row.id,
  },
};

export class CustomerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly partners: PartnerService,
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
  async findByIds(caller: Caller, ids: readonly string[]): Promise<CustomerType[]> {
    const valid = ids.filter(isValidId);
    if (valid.length === 0) return [];
    return (await this.visibleTo(caller).andWhere('c.id = ANY(:ids)', { ids: valid }).getMany()).map(toCustomerType);
  }

  /** One customer of a partner, for checks made outside a caller's request (sign-in, refresh). */
  async findOne(partnerId: string, customerId: string): Promise<CustomerType | null> {
    const customer = await this.dataSource.getRepository(CustomerEntity).findOneBy({ partnerId, id: customerId });
    return customer && toCustomerType(customer);
  }

  /** The contact details a customer may change themselves in the portal; audited with the change. */
  async updateContact(
    context: RequestContext,
    key: { partnerId: string; customerId: string },
    contact: { phone: string | null; timezone: string },
  ): Promise<CustomerType> {
    return this.dataSource.transaction(async (manager) => {
      const where = { partnerId: key.partnerId, id: key.customerId };
      await manager.update(CustomerEntity, where, contact);
      await context.audit(
        {
          action: 'customer.contact-updated',
          partnerId: key.partnerId,
          targetType: 'Customer',
          targetId: key.customerId,
          details: contact,
        },
        manager,
      );
      return toCustomerType(await manager.findOneByOrFail(CustomerEntity, where));
    });
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
        if (resellerId && !(await this.partners.resellerExists(partnerId, resellerId, manager))) {
          return userError(UserErrorCode.NOT_FOUND, 'That reseller was not found.', ['input', 'resellerId']);
        }
        const accountNumber =
          command.accountNumber ??
          (await this.partners.takeAccountNumber(manager, partnerId, (number) =>
            manager.existsBy(CustomerEntity, { partnerId, accountNumber: number }),
          ));
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

  /**
   * Names and addresses of the customers the caller may see, for messages: these ids, or every
   * customer the list's filter matches (the rules of `list`), in one statement of plain rows.
   */
  async contactsFor(caller: Caller, selection: CustomerContactSelection): Promise<CustomerContact[]> {
    const query = this.visibleTo(caller);
    if (selection.customerIds) {
      const ids = selection.customerIds.filter(isValidId);
      if (ids.length === 0) return [];
      query.andWhere('c.id = ANY(:ids)', { ids });
    } else {
      const statuses = selection.filter?.status?.length ? selection.filter.status : DEFAULT_STATUSES;
      query.andWhere('c.status IN (:...statuses)', { statuses });
      const text = selection.filter?.query?.trim();
      if (text) {
        query.andWhere('(c.name ILIKE :pattern OR c.account_number ILIKE :pattern)', {
          pattern: containsPattern(text),
        });
      }
    }
    return query
      .select([
        'c.id AS id',
        'c.name AS name',
        'c.account_number AS "accountNumber"',
        'c.status AS status',
        'c.email AS email',
        'c.phone AS phone',
      ])
      .getRawMany<CustomerContact>();
  }
}

/** What messaging needs to address a customer; see `CustomerService.contactsFor`. */
export interface CustomerContact {
  id: string;
  name: string;
  accountNumber: string;
  status: string;
  email: string | null;
  phone: string | null;
}

export interface CustomerContactSelection {
  customerIds?: readonly string[];
  filter?: { query?: string | null; status?: string[] | null };
}
