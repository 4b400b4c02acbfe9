import { graphql } from '../gql';
import { query } from '../support/api';
import { seed } from '../support/seed';

const DETAILS_CREATE = graphql(`
  mutation CustomerDetailsCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
        name
        billingName
        phone
        country
        currency
        timezone
        keywords
        resellerId
        location {
          lines
          city
          region
          postcode
          country
          latitude
          longitude
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const DETAILS_UPDATE = graphql(`
  mutation CustomerDetailsUpdate($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) {
      customer {
        id
        name
        billingName
        email
        phone
        country
        currency
        timezone
        pricingModel
        keywords
        resellerId
        reseller {
          id
          name
        }
        location {
          lines
          city
          country
          latitude
          longitude
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const DETAILS_ACTIVITY = graphql(`
  query CustomerDetailsActivity($customerId: ID!) {
    auditLog(first: 50, filter: { customerId: $customerId }) {
      nodes {
        action
        actorKind
        details
      }
    }
  }
`);

const DETAILS_SEARCH = graphql(`
  query CustomerDetailsSearch($query: String!) {
    customers(first: 10, filter: { query: $query }) {
      nodes {
        id
      }
    }
  }
`);

async function activityOf(token: string, customerId: string) {
  const data = await query(token, DETAILS_ACTIVITY, { customerId });
  return data.auditLog.nodes.map((node) => ({ ...node, details: JSON.parse(node.details) as Record<string, unknown> }));
}

describe('customer details', () => {
  it('should create a customer with keywords, a location and contact details, audited with every value set', async () => {
    const tenant = await seed.partner();

    const created = await query(tenant.owner.token, DETAILS_CREATE, {
      input: {
        name: 'Harbor Dental',
        country: 'gb',
        currency: 'gbp',
        phone: '+447700900123',
        timezone: 'Europe/London',
        keywords: ['harbor', 'Dental-42'],
        location: {
          lines: ['1 Quay Street', ''],
          city: 'Bristol',
          postcode: 'BS1 4DJ',
          country: 'gb',
          latitude: 51.45,
          longitude: -2.59,
        },
      },
    });
    const customer = created.customerCreate.customer!;
    const activity = await activityOf(tenant.owner.token, customer.id);

    expect(created.customerCreate.userErrors).toEqual([]);
    expect(customer).toMatchObject({
      name: 'Harbor Dental',
      billingName: 'Harbor Dental',
      phone: '+447700900123',
      country: 'GB',
      currency: 'GBP',
      timezone: 'Europe/London',
      keywords: ['harbor', 'Dental-42'],
      resellerId: null,
      location: {
        lines: ['1 Quay Street'],
        city: 'Bristol',
        region: null,
        postcode: 'BS1 4DJ',
        country: 'GB',
        latitude: 51.45,
        longitude: -2.59,
      },
    });
    expect(activity).toEqual([
      expect.objectContaining({
        action: 'customer.created',
        actorKind: 'operator',
        details: {
          changes: expect.objectContaining({
            name: { from: null, to: 'Harbor Dental' },
            keywords: { from: null, to: ['harbor', 'Dental-42'] },
            accountNumber: { from: null, to: '100001' },
          }) as unknown,
        },
      }),
    ]);
    expect((await query(tenant.owner.token, DETAILS_SEARCH, { query: 'dental-4' })).customers.nodes).toEqual([
      { id: customer.id },
    ]);
  });

  it('should refuse invalid fields one by one and a keyword another customer holds, creating nothing', async () => {
    const tenant = await seed.partner();
    await tenant
      .customer({ name: 'Holder' })
      .then((holder) => query(tenant.owner.token, DETAILS_UPDATE, { input: { id: holder.id, keywords: ['Taken'] } }));

    const invalid = await query(tenant.owner.token, DETAILS_CREATE, {
      input: {
        name: 'Bad',
        country: 'GB',
        currency: 'GBP',
        phone: '+0123',
        timezone: 'Europe/Nowhere',
        keywords: ['one', 'ONE', ''],
        location: { lines: [], country: 'XX', latitude: 95 },
      },
    });
    const taken = await query(tenant.owner.token, DETAILS_CREATE, {
      input: { name: 'Second', country: 'GB', currency: 'GBP', keywords: ['free', 'taken'] },
    });
    const search = await query(tenant.owner.token, DETAILS_SEARCH, { query: 'Second' });

    expect(invalid.customerCreate.customer).toBeNull();
    expect(invalid.customerCreate.userErrors.map(({ field, code }) => [field?.join('.'), code])).toEqual([
      ['input.phone', 'INVALID'],
      ['input.timezone', 'INVALID'],
      ['input.keywords.2', 'REQUIRED'],
      ['input.keywords.1', 'INVALID'],
      ['input.location.country', 'INVALID'],
      ['input.location.latitude', 'INVALID'],
      ['input.location.longitude', 'INVALID'],
    ]);
    expect(taken.customerCreate).toEqual({
      customer: null,
      userErrors: [
        {
          field: ['input', 'keywords', '1'],
          code: 'TAKEN',
          message: 'Another customer already has the keyword “taken”.',
        },
      ],
    });
    expect(search.customers.nodes).toEqual([]);
  });

  it('should change only the fields given, keep the rest, and audit each change with its before and after', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ name: 'Cedar Farms', email: 'office@cedar.test' });

    const updated = await query(tenant.owner.token, DETAILS_UPDATE, {
      input: {
        id: customer.id,
        name: 'Cedar Farms Ltd',
        billingName: 'Cedar Farms Limited',
        phone: '+4915112345678',
        location: { lines: ['Hauptstraße 1'], city: 'Berlin', country: 'DE' },
      },
    });
    const activity = await activityOf(tenant.owner.token, customer.id);

    expect(updated.customerUpdate.userErrors).toEqual([]);
    expect(updated.customerUpdate.customer).toMatchObject({
      name: 'Cedar Farms Ltd',
      billingName: 'Cedar Farms Limited',
      email: 'office@cedar.test',
      phone: '+4915112345678',
      country: 'GB',
      currency: 'GBP',
      timezone: 'UTC',
      pricingModel: 'PREPAID',
      keywords: [],
      location: { lines: ['Hauptstraße 1'], city: 'Berlin', country: 'DE', latitude: null, longitude: null },
    });
    expect(activity[0]).toEqual({
      action: 'customer.updated',
      actorKind: 'operator',
      details: {
        changes: {
          name: { from: 'Cedar Farms', to: 'Cedar Farms Ltd' },
          billingName: { from: null, to: 'Cedar Farms Limited' },
          phone: { from: null, to: '+4915112345678' },
          location: {
            from: null,
            to: {
              lines: ['Hauptstraße 1'],
              city: 'Berlin',
              region: null,
              postcode: null,
              country: 'DE',
              latitude: null,
              longitude: null,
            },
          },
        },
      },
    });
  });

  it('should record nothing for an update that changes nothing', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ name: 'Same Name' });
    const before = await activityOf(tenant.owner.token, customer.id);

    const result = await query(tenant.owner.token, DETAILS_UPDATE, {
      input: { id: customer.id, name: '  Same Name ', country: 'gb', keywords: [] },
    });
    const after = await activityOf(tenant.owner.token, customer.id);

    expect(result.customerUpdate.userErrors).toEqual([]);
    expect(result.customerUpdate.customer).toMatchObject({ name: 'Same Name', country: 'GB' });
    expect(after).toEqual(before);
  });

  it('should refuse each bad field of an update with its own userError and change nothing', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ name: 'Unchanged' });

    const result = await query(tenant.owner.token, DETAILS_UPDATE, {
      input: {
        id: customer.id,
        name: null,
        billingName: 'B'.repeat(101),
        currency: 'XYZ',
        timezone: null,
        phone: 'call me',
      },
    });
    const long = await query(tenant.owner.token, DETAILS_UPDATE, {
      input: { id: customer.id, name: 'N'.repeat(51), country: 'Narnia' },
    });
    const missing = await query(tenant.owner.token, DETAILS_UPDATE, {
      input: { id: '00000000-0000-7000-8000-000000000000', name: 'Ghost' },
    });
    const read = await query(tenant.owner.token, DETAILS_UPDATE, { input: { id: customer.id } });

    expect(result.customerUpdate.customer).toBeNull();
    expect(result.customerUpdate.userErrors.map(({ field, code }) => [field?.join('.'), code])).toEqual([
      ['input.name', 'REQUIRED'],
      ['input.billingName', 'TOO_LONG'],
      ['input.phone', 'INVALID'],
      ['input.currency', 'INVALID'],
      ['input.timezone', 'REQUIRED'],
    ]);
    expect(long.customerUpdate.userErrors.map(({ field, code }) => [field?.join('.'), code])).toEqual([
      ['input.name', 'TOO_LONG'],
      ['input.country', 'INVALID'],
    ]);
    expect(missing.customerUpdate.userErrors).toEqual([
      { field: ['input', 'id'], code: 'NOT_FOUND', message: 'That customer was not found.' },
    ]);
    expect(read.customerUpdate.customer).toMatchObject({ name: 'Unchanged', currency: 'GBP', timezone: 'UTC' });
  });

  it('should assign and clear a reseller through an update, and keep a reseller-limited operator to their own', async () => {
    const tenant = await seed.partner({ resellers: 2 });
    const [first, second] = tenant.resellers;
    const customer = await tenant.customer();
    const limited = await tenant.operator('SUPPORT', first!.id);

    const assigned = await query(tenant.owner.token, DETAILS_UPDATE, {
      input: { id: customer.id, resellerId: first!.id },
    });
    const moveAway = await query(limited.token, DETAILS_UPDATE, {
      input: { id: customer.id, resellerId: second!.id },
    });
    const unknown = await query(tenant.owner.token, DETAILS_UPDATE, {
      input: { id: customer.id, resellerId: '00000000-0000-7000-8000-000000000000' },
    });
    const cleared = await query(tenant.owner.token, DETAILS_UPDATE, { input: { id: customer.id, resellerId: null } });
    const activity = await activityOf(tenant.owner.token, customer.id);

    expect(assigned.customerUpdate.customer).toMatchObject({
      resellerId: first!.id,
      reseller: { id: first!.id, name: first!.name },
    });
    expect(moveAway.customerUpdate.userErrors).toEqual([
      { field: ['input', 'resellerId'], code: 'NOT_FOUND', message: 'That reseller was not found.' },
    ]);
    expect(unknown.customerUpdate.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect(cleared.customerUpdate.customer).toMatchObject({ resellerId: null, reseller: null });
    expect(activity.slice(0, 2).map((entry) => entry.details)).toEqual([
      { changes: { resellerId: { from: first!.id, to: null } } },
      { changes: { resellerId: { from: null, to: first!.id } } },
    ]);
  });
});
