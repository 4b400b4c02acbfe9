import type { DataSource } from 'typeorm';
import type { Caller } from '../contracts/callers';
import type { CustomerCreatedData } from '../contracts/events';
import { CustomerProjection, ProjectedCustomerColumns } from '../customer-projection';
import type { DomainEvent } from '../events';

class PlainCustomer extends ProjectedCustomerColumns {}

class BilledCustomer extends ProjectedCustomerColumns {
  currency: string;
}

const PARTNER = '018f0000-0000-7000-8000-000000000001';
const RESELLER = '018f0000-0000-7000-8000-000000000011';
const CUSTOMER = '018f0000-0000-7000-8000-0000000000c1';

const event: DomainEvent<CustomerCreatedData> = {
  id: '018f0000-0000-7000-8000-0000000000e1',
  type: 'customer.created',
  partnerId: PARTNER,
  occurredAt: '2026-12-01T08:00:00.000Z',
  data: { customerId: CUSTOMER, resellerId: RESELLER, currency: 'EUR', pricingModel: 'PREPAID' },
};

const operator: Caller = {
  kind: 'operator',
  operatorId: '018f0000-0000-7000-8000-000000000021',
  partnerId: PARTNER,
  role: 'OWNER',
  resellerId: null,
  sessionId: '018f0000-0000-7000-8000-0000000000e1',
};

/** Records what the projection asks of the database; selects answer with `found`. */
function recordingDataSource(found: ProjectedCustomerColumns[] = []) {
  const seen = {
    conditions: [] as { sql: string; parameters: Record<string, unknown> }[],
    selects: 0,
    inserted: [] as unknown[],
    onConflictIgnored: false,
  };
  const select = {
    where: (sql: string, parameters: Record<string, unknown>) => {
      seen.conditions.push({ sql, parameters });
      return select;
    },
    andWhere: (sql: string, parameters: Record<string, unknown>) => select.where(sql, parameters),
    getMany: () => {
      seen.selects++;
      const ids = seen.conditions.find((condition) => condition.parameters.ids)?.parameters.ids as string[];
      return Promise.resolve(found.filter((customer) => ids.includes(customer.customerId)));
    },
  };
  const insert = {
    insert: () => insert,
    into: () => insert,
    values: (row: unknown) => {
      seen.inserted.push(row);
      return insert;
    },
    orIgnore: () => {
      seen.onConflictIgnored = true;
      return insert;
    },
    execute: () => Promise.resolve({}),
  };
  const dataSource = { getRepository: () => ({ createQueryBuilder: () => select }), createQueryBuilder: () => insert };
  return { dataSource: dataSource as unknown as DataSource, seen };
}

describe('CustomerProjection', () => {
  it('should record the shared columns and the subgraph’s own, ignoring a conflict, when a customer is created', async () => {
    const { dataSource, seen } = recordingDataSource();
    const projection = new CustomerProjection(dataSource, {
      entity: BilledCustomer,
      extraColumns: ({ data }) => ({ currency: data.currency }),
    });

    await projection.record(event);

    expect(seen.inserted).toEqual([
      expect.objectContaining({ partnerId: PARTNER, customerId: CUSTOMER, resellerId: RESELLER, currency: 'EUR' }),
    ]);
    expect(seen.onConflictIgnored).toBe(true);
  });

  it('should narrow to the caller’s partner and reseller when the operator is limited to a reseller', async () => {
    const { dataSource, seen } = recordingDataSource();
    const projection = new CustomerProjection(dataSource, { entity: PlainCustomer });

    await projection.findVisible({ ...operator, resellerId: RESELLER }, [CUSTOMER]);

    expect(seen.conditions).toEqual([
      { sql: 'customer.customer_id = ANY(:ids)', parameters: { ids: [CUSTOMER] } },
      { sql: 'customer.partner_id = :scopePartnerId', parameters: { scopePartnerId: PARTNER } },
      { sql: 'customer.reseller_id = :scopeResellerId', parameters: { scopeResellerId: RESELLER } },
    ]);
  });

  it('should not query when none of the ids is well formed', async () => {
    const { dataSource, seen } = recordingDataSource();
    const projection = new CustomerProjection(dataSource, { entity: PlainCustomer });

    const found = await projection.findVisible(operator, ['not-an-id', "'; DROP TABLE x"]);

    expect(found).toEqual([]);
    expect(seen.selects).toBe(0);
  });

  it('should answer ids asked for together with one query when a request loads several', async () => {
    const known = Object.assign(new PlainCustomer(), { partnerId: PARTNER, customerId: CUSTOMER, resellerId: null });
    const { dataSource, seen } = recordingDataSource([known]);
    const loader = new CustomerProjection(dataSource, { entity: PlainCustomer }).loader(operator);

    const loaded = await Promise.all([loader.load(CUSTOMER), loader.load('018f0000-0000-7000-8000-0000000000c2')]);

    expect(loaded).toEqual([known, null]);
    expect(seen.selects).toBe(1);
  });

  // The assertion that matters is the compiler's: `pnpm typecheck` fails if this line compiles.
  it('should not compile without extraColumns when the entity has columns of its own', () => {
    const { dataSource } = recordingDataSource();

    // @ts-expect-error a projection with columns of its own must say where they come from
    const projection = new CustomerProjection(dataSource, { entity: BilledCustomer });

    expect(projection).toBeInstanceOf(CustomerProjection);
  });
});
