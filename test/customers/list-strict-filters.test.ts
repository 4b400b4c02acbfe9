import { graphql } from '../gql';
import type { CustomerFilter } from '../gql/graphql';
import { execute, query } from '../support/api';
import { seed } from '../support/seed';

const LIST = graphql(`
  query ListStrictFilters($filter: CustomerFilter) {
    customers(filter: $filter, first: 5) {
      totalCount
    }
  }
`);

const TAGS_ADD = graphql(`
  mutation ListStrictTagsAdd($input: CustomerTagsAddInput!) {
    customerTagsAdd(input: $input) {
      userErrors {
        message
      }
    }
  }
`);

describe('the customer list’s filter grammar', () => {
  it.each<[string, CustomerFilter, string[]]>([
    ['an unknown tag', { tags: { anyOf: ['vip', 'no-such-tag'] } }, ['filter', 'tags', 'anyOf', '1']],
    ['an empty tag', { tags: { noneOf: ['  '] } }, ['filter', 'tags', 'noneOf', '0']],
    [
      'an inverted date range',
      { createdAt: { from: '2026-05-02T00:00:00.000Z', to: '2026-05-01T00:00:00.000Z' } },
      ['filter', 'createdAt', 'to'],
    ],
    ['an inverted amount range', { balance: { min: 500, max: -500 } }, ['filter', 'balance', 'max']],
    ['a country that is not one', { country: ['GB', 'ZZ'] }, ['filter', 'country', '1']],
    ['a currency that is not one', { currency: ['EURO'] }, ['filter', 'currency', '0']],
    [
      'a reseller that is not the partner’s',
      { resellerIds: ['01900000-0000-7000-8000-000000000000'] },
      ['filter', 'resellerIds', '0'],
    ],
    ['a malformed reseller id', { resellerIds: ['not-an-id'] }, ['filter', 'resellerIds', '0']],
  ])('should refuse %s with an error naming the field, never ignoring it', async (_title, filter, field) => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ name: 'Tagged' });
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [customer.id], tags: ['VIP'] } });

    const result = await execute(tenant.owner.token, LIST, { filter });

    expect(result.data?.customers ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const userErrors = (result.errors?.[0]?.extensions as { userErrors?: { field: string[] }[] }).userErrors;
    expect(userErrors?.map((error) => error.field)).toEqual([field]);
  });

  it('should accept a tag in any case and a country code in small letters', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ name: 'Tagged', country: 'DE', currency: 'EUR' });
    await tenant.customer({ name: 'Untagged', country: 'DE', currency: 'EUR' });
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [customer.id], tags: ['VIP'] } });

    const result = await query(tenant.owner.token, LIST, { filter: { tags: { allOf: ['vip'] }, country: ['de'] } });

    expect(result.customers.totalCount).toBe(1);
  });

  it('should not know a tag that only another reseller’s customers carry, under a reseller limit', async () => {
    const tenant = await seed.partner({ resellers: 2 });
    const [own, other] = tenant.resellers;
    if (!own || !other) throw new Error('seed two resellers');
    const ownCustomer = await tenant.customer({ name: 'Own', resellerId: own.id });
    const otherCustomer = await tenant.customer({ name: 'Other', resellerId: other.id });
    await query(tenant.owner.token, TAGS_ADD, {
      input: { customerIds: [otherCustomer.id, ownCustomer.id], tags: ['shared'] },
    });
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [otherCustomer.id], tags: ['theirs-only'] } });
    const limited = await tenant.operator('ADMIN', own.id);

    const theirs = await execute(limited.token, LIST, { filter: { tags: { anyOf: ['theirs-only'] } } });
    const unknown = await execute(limited.token, LIST, { filter: { tags: { anyOf: ['never-used'] } } });
    const shared = await query(limited.token, LIST, { filter: { tags: { allOf: ['shared'] } } });
    const asOwner = await query(tenant.owner.token, LIST, { filter: { tags: { anyOf: ['theirs-only'] } } });

    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(theirs.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message.replace('never-used', 'theirs-only'));
    expect(shared.customers.totalCount).toBe(1);
    expect(asOwner.customers.totalCount).toBe(1);
  });
});
