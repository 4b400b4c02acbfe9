import { newId } from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { query } from '../support/api';
import { seed } from '../support/seed';
import { auditEntriesFor } from '../members/support';

const TAGS_ADD = graphql(`
  mutation TagsAdd($input: CustomerTagsAddInput!) {
    customerTagsAdd(input: $input) {
      customers {
        id
        tags
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const TAGS_REMOVE = graphql(`
  mutation TagsRemove($input: CustomerTagsRemoveInput!) {
    customerTagsRemove(input: $input) {
      customers {
        id
        tags
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const TAG_COUNTS = graphql(`
  query TagsCounts {
    customerTags {
      tag
      customerCount
    }
  }
`);

const CUSTOMERS_WITH_TAGS = graphql(`
  query TagsOfCustomers {
    customers(first: 50) {
      nodes {
        id
        tags
      }
    }
  }
`);

describe('customer tags', () => {
  it('should add many tags to many customers at once, trimmed, once each whatever their case, never replacing the set', async () => {
    const tenant = await seed.partner();
    const [a, b] = await Promise.all([tenant.customer(), tenant.customer()]);
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [a.id], tags: ['Existing'] } });

    const added = await query(tenant.owner.token, TAGS_ADD, {
      input: { customerIds: [a.id, b.id], tags: ['  VIP ', 'vip', 'Late payer'] },
    });
    const again = await query(tenant.owner.token, TAGS_ADD, {
      input: { customerIds: [a.id, b.id], tags: ['VIP', 'LATE PAYER'] },
    });

    expect(added.customerTagsAdd).toEqual({
      customers: [
        { id: a.id, tags: ['Existing', 'Late payer', 'VIP'] },
        { id: b.id, tags: ['Late payer', 'VIP'] },
      ],
      userErrors: [],
    });
    expect(again.customerTagsAdd).toEqual(added.customerTagsAdd);
    // The second call added nothing, so it recorded nothing.
    expect((await auditEntriesFor(a.id)).filter((entry) => entry.action.startsWith('customer.tags'))).toEqual([
      {
        action: 'customer.tags-added',
        details: { customerId: a.id, added: ['Existing'], changes: { tags: { from: [], to: ['Existing'] } } },
      },
      {
        action: 'customer.tags-added',
        details: {
          customerId: a.id,
          added: ['Late payer', 'VIP'],
          changes: { tags: { from: ['Existing'], to: ['Existing', 'Late payer', 'VIP'] } },
        },
      },
    ]);
  });

  it('should remove only the tags named, ignore ones a customer does not carry, and audit each customer changed', async () => {
    const tenant = await seed.partner();
    const [a, b] = await Promise.all([tenant.customer(), tenant.customer()]);
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [a.id], tags: ['VIP', 'Wholesale'] } });
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [b.id], tags: ['Wholesale'] } });

    const removed = await query(tenant.owner.token, TAGS_REMOVE, {
      input: { customerIds: [a.id, b.id], tags: ['vip', 'Never there'] },
    });

    expect(removed.customerTagsRemove).toEqual({
      customers: [
        { id: a.id, tags: ['Wholesale'] },
        { id: b.id, tags: ['Wholesale'] },
      ],
      userErrors: [],
    });
    expect((await auditEntriesFor(a.id)).filter((entry) => entry.action === 'customer.tags-removed')).toEqual([
      {
        action: 'customer.tags-removed',
        details: {
          customerId: a.id,
          removed: ['VIP'],
          changes: { tags: { from: ['VIP', 'Wholesale'], to: ['Wholesale'] } },
        },
      },
    ]);
    expect((await auditEntriesFor(b.id)).filter((entry) => entry.action === 'customer.tags-removed')).toEqual([]);
  });

  it('should refuse a bad tag or a customer that is not the caller’s field by field, and tag nothing', async () => {
    const [tenant, other] = await Promise.all([seed.partner(), seed.partner()]);
    const [mine, foreign] = await Promise.all([tenant.customer(), other.customer()]);

    const badTags = await query(tenant.owner.token, TAGS_ADD, {
      input: { customerIds: [mine.id], tags: ['ok', 'x'.repeat(41), '   '] },
    });
    const badCustomer = await query(tenant.owner.token, TAGS_ADD, {
      input: { customerIds: [mine.id, foreign.id, newId()], tags: ['Sneaky'] },
    });
    const none = await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [], tags: [] } });
    const list = await query(tenant.owner.token, CUSTOMERS_WITH_TAGS);

    expect(badTags.customerTagsAdd.userErrors.map(({ field, code }) => [field?.join('.'), code])).toEqual([
      ['input.tags.1', 'TOO_LONG'],
      ['input.tags.2', 'REQUIRED'],
    ]);
    expect(badCustomer.customerTagsAdd).toEqual({
      customers: [],
      userErrors: [
        { field: ['input', 'customerIds', '1'], code: 'NOT_FOUND', message: 'That customer was not found.' },
        { field: ['input', 'customerIds', '2'], code: 'NOT_FOUND', message: 'That customer was not found.' },
      ],
    });
    expect(none.customerTagsAdd.userErrors.map(({ field, code }) => [field?.join('.'), code])).toEqual([
      ['input.customerIds', 'TOO_SHORT'],
      ['input.tags', 'TOO_SHORT'],
    ]);
    expect(list.customers.nodes).toEqual([{ id: mine.id, tags: [] }]);
    expect(await query(other.owner.token, TAG_COUNTS)).toEqual({ customerTags: [] });
  });

  it('should count the partner’s tags, and only the reseller’s customers for an operator limited to one reseller', async () => {
    const tenant = await seed.partner({ resellers: 2 });
    const other = await seed.partner();
    const [resellerA, resellerB] = tenant.resellers;
    const [a1, a2, b1] = await Promise.all([
      tenant.customer({ resellerId: resellerA!.id }),
      tenant.customer({ resellerId: resellerA!.id }),
      tenant.customer({ resellerId: resellerB!.id }),
    ]);
    const otherCustomer = await other.customer();
    const limited = await tenant.operator('ADMIN', resellerA!.id);
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [a1.id, a2.id, b1.id], tags: ['Gold'] } });
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [b1.id], tags: ['Only B'] } });
    await query(other.owner.token, TAGS_ADD, { input: { customerIds: [otherCustomer.id], tags: ['Gold'] } });

    const partnerWide = await query(tenant.owner.token, TAG_COUNTS);
    const resellerOnly = await query(limited.token, TAG_COUNTS);

    expect(partnerWide.customerTags).toEqual([
      { tag: 'Gold', customerCount: 3 },
      { tag: 'Only B', customerCount: 1 },
    ]);
    expect(resellerOnly.customerTags).toEqual([{ tag: 'Gold', customerCount: 2 }]);
  });

  it('should read the tags of a whole page of customers', async () => {
    const tenant = await seed.partner();
    const customers = await Promise.all([tenant.customer(), tenant.customer(), tenant.customer()]);
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [customers[0].id], tags: ['One'] } });
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [customers[2].id], tags: ['Three', 'Also'] } });

    const list = await query(tenant.owner.token, CUSTOMERS_WITH_TAGS);

    const tagsById = new Map(list.customers.nodes.map((node) => [node.id, node.tags]));
    expect(customers.map((customer) => tagsById.get(customer.id))).toEqual([['One'], [], ['Also', 'Three']]);
  });
});
