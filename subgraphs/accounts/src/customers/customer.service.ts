import {
  CUSTOMER_CREATED,
  CUSTOMER_UPDATED,
  type Caller,
  type CustomerCreatedData,
  type CustomerUpdatedData,
  type UserError,
  type EventBus,
  type RequestContext,
  whereInScope,
  partnerOf,
  scopeOf,
  UserErrorCode,
  isValidId,
  newId,
  scopeConditions,
  searchDocument,
  textMatch,
  textScore,
  parseInput,
  userError,
} from '@clientele/subgraph-kit';
import { type DataSource, type EntityManager, QueryFailedError, type SelectQueryBuilder } from 'typeorm';
import type { PartnerService } from '../partners';
import { AccountNumberService } from './account-number.service';
import { type CustomerDetails, EDITABLE_FIELDS, changesBetween, detailsOf, locationColumns } from './customer.details';
import { CustomerEntity, CustomerKeywordEntity, type CustomerStatus } from './customer.entity';
import {
  type CustomerCreateInput,
  type CustomerCreatePayload,
  type CustomerUpdateInput,
  type CustomerUpdatePayload,
  customerCreateSchema,
  customerUpdateSchema,
} from './customer.inputs';
import { type CustomerType, toCustomerType } from './customer.type';

/** What an erased customer is called from then on. */
const ERASED_NAME = 'Erased customer';

const resellerNotFound = userError(UserErrorCode.NOT_FOUND, 'That reseller was not found.', ['input', 'resellerId']);

export function customerNotFound(field: string[]): UserError {
  return userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', field);
}

function accountNumberTaken(field: string[]): UserError {
  return userError(UserErrorCode.TAKEN, 'Another customer already has this account number.', field);
}

/**
 * What the search box reads of a customer's own row, as one text: the expression of the trigram
 * index `customers_search` (`CustomerSearch1766900100000`), which only this exact expression uses.
 */
const CUSTOMER_SEARCH_DOCUMENT = searchDocument([
  'c.name',
  "coalesce(c.billing_name, '')",
  'c.account_number',
  "coalesce(c.email::text, '')",
  "coalesce(c.phone, '')",
]);

/** Thrown inside a transaction to roll it back and answer with userErrors. */
class UserErrorsRefusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('refused');
  }
}

export class CustomerService {
  readonly accountNumbers: AccountNumberService;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly partners: PartnerService,
  ) {
    this.accountNumbers = new AccountNumberService(dataSource, events);
  }

  /** Every customer read starts here: the caller's partner, and their reseller if they are limited to one. */
  private visibleTo(
    caller: Caller,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<CustomerEntity> {
    const query = manager.getRepository(CustomerEntity).createQueryBuilder('c').where('true');
    return whereInScope(query, caller, { partner: 'c.partner_id', reseller: 'c.reseller_id', customer: 'c.id' });
  }

  /**
   * The customers the caller may see, as a query (alias `c`, columns as stored) that the customer
   * list narrows, sorts and pages; rows it fetches become customers through `toCustomer`.
   */
  listQuery(caller: Caller): SelectQueryBuilder<CustomerListRow> {
    return this.visibleTo(caller) as unknown as SelectQueryBuilder<CustomerListRow>;
  }

  /** A row `listQuery` fetched, as the GraphQL customer. */
  toCustomer(row: CustomerListRow): CustomerType {
    return toCustomerType(row as CustomerEntity);
  }

  /**
   * The customers whose own words hold the search term (`:searchText`, `:searchPattern`; see the
   * kit's `searchParameters`), each with its score: name, billing name, account number, email and
   * phone; a keyword; an account number held before. Columns `id` and `score`, one row per match
   * (a customer may appear more than once); each branch is answered by its trigram index
   * (`CustomerSearch1766900100000`).
   */
  textMatchesSubquery(caller: Caller): { sql: string; parameters: Record<string, unknown> } {
    const scope = (alias: string, customer: string) =>
      scopeConditions(scopeOf(caller), { partner: `${alias}.partner_id`, customer })
        .map((condition) => ` AND ${condition.sql}`)
        .join('');
    const parameters = Object.assign(
      {},
      ...scopeConditions(scopeOf(caller), { partner: 'p', customer: 'c' }).map((condition) => condition.parameters),
    ) as Record<string, unknown>;
    const keyword = 'k.keyword::text';
    const former = 'h.account_number';
    const sql = `
      SELECT c.id, ${textScore(CUSTOMER_SEARCH_DOCUMENT, ['lower(c.account_number) = lower(:searchText)', 'c.email = :searchText'])} AS score
        FROM accounts.customers c
       WHERE ${textMatch(CUSTOMER_SEARCH_DOCUMENT)}${scope('c', 'c.id')}
      UNION ALL
      SELECT k.customer_id, ${textScore(keyword, [`k.keyword = :searchText`])}
        FROM accounts.customer_keywords k
       WHERE ${textMatch(keyword)}${scope('k', 'k.customer_id')}
      UNION ALL
      SELECT h.customer_id, ${textScore(former, [`lower(${former}) = lower(:searchText)`])} - 0.1
        FROM accounts.customer_account_numbers h
       WHERE h.released_at IS NOT NULL AND ${textMatch(former)}${scope('h', 'h.customer_id')}`;
    return { sql, parameters };
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

  /** Each customer's keywords in their order, for loaders; customers outside the caller's scope get none. */
  async keywordsFor(caller: Caller, customerIds: readonly string[]): Promise<Map<string, string[]>> {
    const valid = customerIds.filter(isValidId);
    const byCustomer = new Map<string, string[]>();
    if (valid.length === 0) return byCustomer;
    const query = this.dataSource
      .getRepository(CustomerKeywordEntity)
      .createQueryBuilder('k')
      .where('k.customer_id = ANY(:ids)', { ids: valid });
    const rows = await whereInScope(query, caller, { partner: 'k.partner_id', customer: 'k.customer_id' })
      .orderBy('k.customer_id')
      .addOrderBy('k.position')
      .getMany();
    for (const row of rows) byCustomer.set(row.customerId, [...(byCustomer.get(row.customerId) ?? []), row.keyword]);
    return byCustomer;
  }

  async create(context: RequestContext, input: CustomerCreateInput): Promise<CustomerCreatePayload> {
    const { caller } = context;
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
      return { customer: null, userErrors: [resellerNotFound] };
    }

    return this.refusingTakenValues<CustomerCreatePayload>(
      async () => {
        const created = await this.transaction(async (manager) => {
          if (resellerId && !(await this.partners.resellerExists(partnerId, resellerId, manager))) {
            return [resellerNotFound];
          }
          const accountNumber =
            command.accountNumber ??
            (await this.partners.takeAccountNumber(manager, partnerId, (number) =>
              this.accountNumbers.everHeld(manager, partnerId, number),
            ));
          if (command.accountNumber && (await this.isAccountNumberTaken(manager, partnerId, accountNumber))) {
            return [accountNumberTaken(['input', 'accountNumber'])];
          }
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
            ...locationColumns(command.location),
          });
          await manager.insert(CustomerEntity, entity);
          const keywordErrors = await this.replaceKeywords(manager, partnerId, entity.id, command.keywords);
          if (keywordErrors.length > 0) return keywordErrors;
          await this.accountNumbers.record(manager, partnerId, entity.id, accountNumber);
          await this.events.publish<CustomerCreatedData>(manager, {
            type: CUSTOMER_CREATED,
            partnerId: partnerId,
            data: { customerId: entity.id, resellerId, currency: entity.currency, pricingModel: entity.pricingModel },
          });
          const changes = changesBetween(null, { ...detailsOf(entity, command.keywords), accountNumber });
          await context.audit(
            {
              action: 'customer.created',
              partnerId,
              targetType: 'Customer',
              targetId: entity.id,
              details: { changes },
            },
            manager,
          );
          // insert() fills in the database defaults (created and updated times) on the entity.
          return entity;
        });
        return created;
      },
      (customer) => ({ customer: toCustomerType(customer), userErrors: [] }),
      (userErrors) => ({ customer: null, userErrors }),
    );
  }

  /**
   * Changes the fields the input names and nothing else. The row is locked while the change is
   * worked out, so the audit entry's before and after are exact; an update that changes nothing
   * records nothing.
   */
  async update(context: RequestContext, input: CustomerUpdateInput): Promise<CustomerUpdatePayload> {
    const { caller } = context;
    const parsed = parseInput(customerUpdateSchema, input);
    if (!parsed.ok) return { customer: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    const scope = scopeOf(caller);
    if (command.resellerId !== undefined && scope.resellerId && command.resellerId !== scope.resellerId) {
      // A reseller-limited operator can neither move a customer to another reseller nor out of theirs.
      return { customer: null, userErrors: [resellerNotFound] };
    }
    return this.refusingTakenValues<CustomerUpdatePayload>(
      () =>
        this.transaction(async (manager) => {
          const current = await this.lockVisible(caller, manager, command.id);
          if (!current) return [customerNotFound(['input', 'id'])];
          if (current.status === 'CLOSED') {
            return [
              userError(UserErrorCode.NOT_ALLOWED, 'This customer is closed; restore it before changing it.', [
                'input',
                'id',
              ]),
            ];
          }
          const { partnerId, id } = current;
          if (
            command.resellerId &&
            command.resellerId !== current.resellerId &&
            !(await this.partners.resellerExists(partnerId, command.resellerId, manager))
          ) {
            return [resellerNotFound];
          }
          const before = detailsOf(current, await this.keywordsOfOne(manager, partnerId, id));
          const after: CustomerDetails = { ...before };
          for (const field of EDITABLE_FIELDS) {
            const value = command[field];
            if (value !== undefined) Object.assign(after, { [field]: value });
          }
          const changes = changesBetween(before, after);
          const changed = Object.keys(changes);
          if (changed.length === 0) return current;
          const { keywords, location, ...columns } = after;
          await manager.update(
            CustomerEntity,
            { partnerId, id },
            { ...columns, ...locationColumns(location), updatedAt: () => 'now()' },
          );
          if ('keywords' in changes) {
            const keywordErrors = await this.replaceKeywords(manager, partnerId, id, keywords);
            if (keywordErrors.length > 0) return keywordErrors;
          }
          await context.audit(
            { action: 'customer.updated', partnerId, targetType: 'Customer', targetId: id, details: { changes } },
            manager,
          );
          await this.events.publish<CustomerUpdatedData>(manager, {
            type: CUSTOMER_UPDATED,
            partnerId,
            data: { customerId: id, changed },
          });
          return manager.findOneByOrFail(CustomerEntity, { partnerId, id });
        }),
      (customer) => ({ customer: toCustomerType(customer), userErrors: [] }),
      (userErrors) => ({ customer: null, userErrors }),
    );
  }

  /** A transaction that rolls back when its work answers with userErrors instead of a customer. */
  private transaction(
    work: (manager: EntityManager) => Promise<CustomerEntity | UserError[]>,
  ): Promise<CustomerEntity> {
    return this.dataSource.transaction(async (manager) => {
      const result = await work(manager);
      if (Array.isArray(result)) throw new UserErrorsRefusal(result);
      return result;
    });
  }

  private isAccountNumberTaken(manager: EntityManager, partnerId: string, accountNumber: string): Promise<boolean> {
    return manager.existsBy(CustomerEntity, { partnerId, accountNumber });
  }

  /**
   * A customer the caller may see, locked until the end of `manager`'s transaction: the lifecycle
   * holds it while it decides and records a status change.
   */
  async lockVisibleForChange(caller: Caller, manager: EntityManager, id: string): Promise<CustomerType | null> {
    const customer = await this.lockVisible(caller, manager, id);
    return customer && toCustomerType(customer);
  }

  /** A customer locked for a change made outside a caller's request, such as a scheduled cancellation. */
  async lockForChange(manager: EntityManager, partnerId: string, id: string): Promise<CustomerType | null> {
    const customer = await manager
      .getRepository(CustomerEntity)
      .createQueryBuilder('c')
      .where('c.partner_id = :partnerId AND c.id = :id', { partnerId, id })
      .setLock('pessimistic_write')
      .getOne();
    return customer && toCustomerType(customer);
  }

  /**
   * Sets a customer's status, and its closing time when it closes; the lifecycle module decides
   * and records the change, with the row locked through `lockVisibleForChange` or `lockForChange`.
   */
  async setStatus(
    manager: EntityManager,
    partnerId: string,
    id: string,
    status: CustomerStatus,
  ): Promise<CustomerType> {
    await manager.update(
      CustomerEntity,
      { partnerId, id },
      { status, closedAt: status === 'CLOSED' ? () => 'now()' : null },
    );
    return toCustomerType(await manager.findOneByOrFail(CustomerEntity, { partnerId, id }));
  }

  /**
   * Erases a closed customer's personal data for good: names, contact details, keywords and
   * location. Ids, account numbers and status stay, so billing's ledger and invoices still point
   * at the customer. The caller holds the row through `lockVisibleForChange`.
   */
  async erasePersonalData(manager: EntityManager, partnerId: string, id: string): Promise<CustomerType> {
    await manager.update(
      CustomerEntity,
      { partnerId, id, status: 'CLOSED' },
      {
        name: ERASED_NAME,
        billingName: null,
        email: null,
        phone: null,
        ...locationColumns(null),
        erasedAt: () => 'now()',
      },
    );
    await manager.delete(CustomerKeywordEntity, { partnerId, customerId: id });
    return toCustomerType(await manager.findOneByOrFail(CustomerEntity, { partnerId, id }));
  }

  /** A customer the caller may see, locked for a change within `manager`'s transaction. */
  async lockVisible(caller: Caller, manager: EntityManager, id: string): Promise<CustomerEntity | null> {
    if (!isValidId(id)) return null;
    return this.visibleTo(caller, manager).andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  private async keywordsOfOne(manager: EntityManager, partnerId: string, customerId: string): Promise<string[]> {
    const rows = await manager.find(CustomerKeywordEntity, {
      where: { partnerId, customerId },
      order: { position: 'ASC' },
    });
    return rows.map((row) => row.keyword);
  }

  /** Sets a customer's keywords, refusing any that another customer of the partner holds. */
  private async replaceKeywords(
    manager: EntityManager,
    partnerId: string,
    customerId: string,
    keywords: string[],
  ): Promise<UserError[]> {
    if (keywords.length > 0) {
      const held = await manager.query<{ keyword: string }[]>(
        `SELECT keyword::text FROM accounts.customer_keywords
          WHERE partner_id = $1 AND keyword = ANY($2::citext[]) AND customer_id <> $3`,
        [partnerId, keywords, customerId],
      );
      const taken = new Set(held.map((row) => row.keyword.toLowerCase()));
      const errors = keywords.flatMap((keyword, index) =>
        taken.has(keyword.toLowerCase())
          ? [
              userError(UserErrorCode.TAKEN, `Another customer already has the keyword “${keyword}”.`, [
                'input',
                'keywords',
                String(index),
              ]),
            ]
          : [],
      );
      if (errors.length > 0) return errors;
    }
    await manager.delete(CustomerKeywordEntity, { partnerId, customerId });
    if (keywords.length > 0) {
      await manager.insert(
        CustomerKeywordEntity,
        keywords.map((keyword, position) => ({ partnerId, customerId, keyword, position })),
      );
    }
    return [];
  }

  /**
   * Runs a change and maps its outcome; a unique value another transaction took in the meantime
   * (a keyword, an account number) becomes the same userError the checks inside give.
   */
  private async refusingTakenValues<TPayload>(
    change: () => Promise<CustomerEntity>,
    succeeded: (customer: CustomerEntity) => TPayload,
    refused: (userErrors: UserError[]) => TPayload,
  ): Promise<TPayload> {
    try {
      return succeeded(await change());
    } catch (err) {
      if (err instanceof UserErrorsRefusal) return refused(err.userErrors);
      const constraint = err instanceof QueryFailedError && (err.driverError as { constraint?: string }).constraint;
      if (constraint === 'customer_keywords_pkey') {
        return refused([
          userError(UserErrorCode.TAKEN, 'Another customer already has one of these keywords.', ['input', 'keywords']),
        ]);
      }
      if (constraint === 'customers_partner_id_account_number_key') {
        return refused([accountNumberTaken(['input', 'accountNumber'])]);
      }
      throw err;
    }
  }

  /**
   * Whom invoices are billed to: billing name (or name), account number, email, tax country and
   * postal address of these customers as the caller may see them, in one statement.
   */
  async billingProfilesFor(caller: Caller, customerIds: readonly string[]): Promise<CustomerBillingProfile[]> {
    const ids = customerIds.filter(isValidId);
    if (ids.length === 0) return [];
    const rows = await this.visibleTo(caller)
      .andWhere('c.id = ANY(:ids)', { ids })
      .select([
        'c.id AS id',
        'COALESCE(c.billing_name, c.name) AS name',
        'c.account_number AS "accountNumber"',
        'c.email AS email',
        'c.country AS country',
        'c.location_lines AS "addressLines"',
        'c.location_city AS city',
        'c.location_region AS region',
        'c.location_postcode AS postcode',
      ])
      .getRawMany<CustomerBillingProfile>();
    return rows.map((row) => ({ ...row, addressLines: row.addressLines ?? [] }));
  }

  /**
   * The ids of the customers a caller may see, as a subquery (`IN (…)`) with its named parameters,
   * so another module can narrow its own rows by the caller's reseller limit without naming this
   * module's table.
   */
  visibleIdsSubquery(caller: Caller): { sql: string; parameters: Record<string, unknown> } {
    const query = this.visibleTo(caller).select('c.id');
    return { sql: query.getQuery(), parameters: query.getParameters() };
  }

}

/** What billing needs to address an invoice; see `CustomerService.billingProfilesFor`. */
export interface CustomerBillingProfile {
  id: string;
  name: string;
  accountNumber: string;
  email: string | null;
  country: string;
  addressLines: string[];
  city: string | null;
  region: string | null;
  postcode: string | null;
}

/** The columns of a customer row the customer list reads (and its cursors carry). */
export interface CustomerListRow {
  id: string;
  partnerId: string;
  name: string;
  accountNumber: string;
  createdAt: Date;
}
