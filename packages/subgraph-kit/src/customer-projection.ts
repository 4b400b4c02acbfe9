import type DataLoader from 'dataloader';
import {
  Column,
  CreateDateColumn,
  type DataSource,
  type EntityManager,
  type FindOptionsWhere,
  PrimaryColumn,
  type QueryDeepPartialEntity,
} from 'typeorm';
import type { Caller } from './contracts/callers';
import { CUSTOMER_CREATED, type CustomerCreatedData, customerCreatedData } from './contracts/events';
import { type DomainEvent, type EventSubscription, defineSubscription } from './events';
import { isValidId } from './ids';
import { createKeyedLoader } from './loaders';
import { whereInScope } from './scope';

/**
 * The columns every projection of the accounts subgraph's customers keeps: whose customer it is,
 * so that reads are scoped to a partner and reseller exactly as accounts scopes them. A subgraph's
 * entity extends this, names its own table and adds the columns it needs besides.
 */
export abstract class ProjectedCustomerColumns {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('uuid', { name: 'reseller_id', nullable: true })
  resellerId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** The columns a subgraph keeps beyond the shared ones. */
export type ExtraCustomerColumns<TCustomer extends ProjectedCustomerColumns> = Omit<
  TCustomer,
  keyof ProjectedCustomerColumns
>;

type ExtraColumnsOf<TCustomer extends ProjectedCustomerColumns> = (
  event: DomainEvent<CustomerCreatedData>,
) => ExtraCustomerColumns<TCustomer>;

export type CustomerProjectionOptions<TCustomer extends ProjectedCustomerColumns> = {
  entity: new () => TCustomer;
} & (Record<never, never> extends ExtraCustomerColumns<TCustomer>
  ? { extraColumns?: ExtraColumnsOf<TCustomer> }
  : { /** Takes the subgraph's own columns from the event. */ extraColumns: ExtraColumnsOf<TCustomer> });

/**
 * A subgraph's local copy of the accounts subgraph's customers, kept from `customer.created`
 * (a subgraph never reads another's tables). It answers one question for the subgraph's reads:
 * which of these customers may this caller see. Only the projection writes its table.
 */
export class CustomerProjection<TCustomer extends ProjectedCustomerColumns> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: CustomerProjectionOptions<TCustomer>,
  ) {}

  /** Records a new customer; a redelivered event changes nothing (`ON CONFLICT DO NOTHING`). */
  async record(event: DomainEvent<CustomerCreatedData>): Promise<void> {
    const row: TCustomer = Object.assign(new this.options.entity(), this.options.extraColumns?.(event), {
      partnerId: event.partnerId,
      customerId: event.data.customerId,
      resellerId: event.data.resellerId,
    });
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(this.options.entity)
      .values(row as QueryDeepPartialEntity<TCustomer>)
      .orIgnore()
      .execute();
  }

  /** The customers among `customerIds` that the caller may see; others, and malformed ids, are absent. */
  async findVisible(caller: Caller, customerIds: readonly string[]): Promise<TCustomer[]> {
    const ids = customerIds.filter(isValidId);
    if (ids.length === 0) return [];
    const query = this.dataSource
      .getRepository(this.options.entity)
      .createQueryBuilder('customer')
      .where('customer.customer_id = ANY(:ids)', { ids });
    whereInScope(query, caller, {
      partner: 'customer.partner_id',
      reseller: 'customer.reseller_id',
      customer: 'customer.customer_id',
    });
    return query.getMany();
  }

  /** One customer of a partner, read in the transaction of a change that is about to depend on it. */
  findInTransaction(transaction: EntityManager, partnerId: string, customerId: string): Promise<TCustomer | null> {
    return transaction.findOneBy(this.options.entity, { partnerId, customerId } as FindOptionsWhere<TCustomer>);
  }

  /** This request's loader of the customers the caller may see, by id: one query for the ids asked for together. */
  loader(caller: Caller): DataLoader<string, TCustomer | null> {
    return createKeyedLoader(
      (ids: readonly string[]) => this.findVisible(caller, ids),
      (customer) => customer.customerId,
    );
  }

  /** Keeps the projection from `customer.created`, on the subgraph's own queue for it. */
  subscription(queue: string): EventSubscription<unknown> {
    return defineSubscription<CustomerCreatedData>({
      event: CUSTOMER_CREATED,
      queue,
      data: customerCreatedData,
      handle: (event) => this.record(event),
    });
  }
}
