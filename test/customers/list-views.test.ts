import { graphql } from '../gql';
import { execute, query } from '../support/api';
import { seed } from '../support/seed';

const VIEW_CREATE = graphql(`
  mutation ListViewCreate($input: CustomerListViewCreateInput!) {
    customerListViewCreate(input: $input) {
      customerListView {
        id
        name
        shared
        ownedByMe
        canEdit
        filter {
          query
          status
          country
          pricingModel
          createdAt {
            from
            to
          }
          tags {
            anyOf
          }
        }
        sortKey
        reverse
        columns
        owner {
          email
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

const VIEW_UPDATE = graphql(`
  mutation ListViewUpdate($input: CustomerListViewUpdateInput!) {
    customerListViewUpdate(input: $input) {
      customerListView {
        id
        name
        shared
        filter {
          query
          status
        }
        sortKey
        reverse
        columns
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const VIEW_DELETE = graphql(`
  mutation ListViewDelete($input: CustomerListViewDeleteInput!) {
    customerListViewDelete(input: $input) {
      deletedId
      userErrors {
        field
        code
      }
    }
  }
`);

const VIEWS = graphql(`
  query ListViews {
    customerListViews {
      id
      name
      shared
      ownedByMe
      canEdit
    }
  }
`);

describe('saved views of the customer list', () => {
  it('should save the whole list state and show a private view to its owner alone and a shared one to every operator of the partner', async () => {
    const tenant = await seed.partner();
    const support = await tenant.operator('SUPPORT');
    const other = await seed.partner();

    const mine = await query(tenant.owner.token, VIEW_CREATE, {
      input: {
        name: 'Mine',
        filter: {
          query: 'acme',
          status: ['SUSPENDED'],
          country: ['GB', 'IE'],
          pricingModel: ['POSTPAID'],
          createdAt: { from: '2026-01-01T00:00:00.000Z' },
        },
        sortKey: 'NAME',
        reverse: true,
        columns: ['name', 'accountNumber', 'balance'],
      },
    });
    const team = await query(tenant.owner.token, VIEW_CREATE, { input: { name: 'Team', shared: true } });

    expect(mine.customerListViewCreate.userErrors).toEqual([]);
    expect(mine.customerListViewCreate.customerListView).toEqual({
      id: expect.any(String) as unknown,
      name: 'Mine',
      shared: false,
      ownedByMe: true,
      canEdit: true,
      filter: {
        query: 'acme',
        status: ['SUSPENDED'],
        country: ['GB', 'IE'],
        pricingModel: ['POSTPAID'],
        createdAt: { from: '2026-01-01T00:00:00.000Z', to: null },
        tags: null,
      },
      sortKey: 'NAME',
      reverse: true,
      columns: ['name', 'accountNumber', 'balance'],
      owner: { email: tenant.owner.email },
    });
    const teamId = team.customerListViewCreate.customerListView!.id;
    expect((await query(tenant.owner.token, VIEWS)).customerListViews.map((view) => view.name)).toEqual([
      'Mine',
      'Team',
    ]);
    expect((await query(support.token, VIEWS)).customerListViews).toEqual([
      { id: teamId, name: 'Team', shared: true, ownedByMe: false, canEdit: false },
    ]);
    expect((await query(other.owner.token, VIEWS)).customerListViews).toEqual([]);
  });

  it('should let only the owner change a private view, and the owner or an ADMIN change or delete a shared one', async () => {
    const tenant = await seed.partner();
    const admin = await tenant.operator('ADMIN');
    const support = await tenant.operator('SUPPORT');
    const other = await seed.partner();
    const created = await query(support.token, VIEW_CREATE, { input: { name: 'Overdue', shared: true } });
    const privateView = await query(support.token, VIEW_CREATE, { input: { name: 'Notes to self' } });
    const sharedId = created.customerListViewCreate.customerListView!.id;
    const privateId = privateView.customerListViewCreate.customerListView!.id;
    const byOwner = await query(tenant.owner.token, VIEW_CREATE, { input: { name: 'Owners', shared: true } });
    const ownersId = byOwner.customerListViewCreate.customerListView!.id;

    const renamed = await query(admin.token, VIEW_UPDATE, {
      input: { id: sharedId, name: 'Overdue (all)', filter: { status: ['SUSPENDED', 'INACTIVE'] } },
    });
    const adminOnPrivate = await query(admin.token, VIEW_UPDATE, { input: { id: privateId, name: 'Mine now' } });
    const supportOnOwners = await query(support.token, VIEW_DELETE, { input: { id: ownersId } });
    const otherPartner = await query(other.owner.token, VIEW_DELETE, { input: { id: sharedId } });

    expect(renamed.customerListViewUpdate).toEqual({
      customerListView: {
        id: sharedId,
        name: 'Overdue (all)',
        shared: true,
        filter: { query: null, status: ['SUSPENDED', 'INACTIVE'] },
        sortKey: null,
        reverse: false,
        columns: [],
      },
      userErrors: [],
    });
    // Another operator's private view, and another partner's shared one, are not there at all.
    expect(adminOnPrivate.customerListViewUpdate.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    expect(otherPartner.customerListViewDelete.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    expect(supportOnOwners.customerListViewDelete).toEqual({
      deletedId: null,
      userErrors: [{ field: ['input', 'id'], code: 'NOT_ALLOWED' }],
    });
    const deleted = await query(admin.token, VIEW_DELETE, { input: { id: sharedId } });
    expect(deleted.customerListViewDelete).toEqual({ deletedId: sharedId, userErrors: [] });
    expect((await query(support.token, VIEWS)).customerListViews.map((view) => view.id)).toEqual([privateId, ownersId]);
  });

  it('should refuse a malformed filter, a tag nobody carries, a bad column, a blank name and a name the operator already uses', async () => {
    const tenant = await seed.partner();
    await query(tenant.owner.token, VIEW_CREATE, { input: { name: 'Debtors' } });

    const taken = await query(tenant.owner.token, VIEW_CREATE, { input: { name: 'debtors' } });
    const blank = await query(tenant.owner.token, VIEW_CREATE, { input: { name: '   ' } });
    const badColumn = await query(tenant.owner.token, VIEW_CREATE, {
      input: { name: 'Columns', columns: ['name', 'drop table;'] },
    });
    const longQuery = await query(tenant.owner.token, VIEW_CREATE, {
      input: { name: 'Search', filter: { query: 'x'.repeat(201) } },
    });
    const unknownTag = await query(tenant.owner.token, VIEW_CREATE, {
      input: { name: 'Tagged', filter: { tags: { anyOf: ['nobody-has-this'] } } },
    });
    const badCountry = await query(tenant.owner.token, VIEW_CREATE, {
      input: { name: 'Countries', filter: { country: ['Britain'] } },
    });
    // An enum value the schema does not know never reaches the service: the request itself is refused.
    const unknownStatus = await execute(tenant.owner.token, VIEW_CREATE, {
      input: { name: 'Status', filter: { status: ['DELETED' as never] } },
    });

    expect(taken.customerListViewCreate.userErrors).toEqual([
      { field: ['input', 'name'], code: 'TAKEN', message: expect.any(String) as unknown },
    ]);
    expect(blank.customerListViewCreate.userErrors.map((error) => [error.field, error.code])).toEqual([
      [['input', 'name'], 'REQUIRED'],
    ]);
    expect(badColumn.customerListViewCreate.userErrors.map((error) => [error.field, error.code])).toEqual([
      [['input', 'columns', '1'], 'INVALID'],
    ]);
    expect(longQuery.customerListViewCreate.userErrors.map((error) => [error.field, error.code])).toEqual([
      [['input', 'filter', 'query'], 'TOO_LONG'],
    ]);
    expect(unknownTag.customerListViewCreate.userErrors.map((error) => [error.field, error.code])).toEqual([
      [['input', 'filter', 'tags', 'anyOf', '0'], 'NOT_FOUND'],
    ]);
    expect(badCountry.customerListViewCreate.userErrors.map((error) => error.field)).toEqual([
      ['input', 'filter', 'country', '0'],
    ]);
    expect(unknownStatus.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await query(tenant.owner.token, VIEWS)).customerListViews.map((view) => view.name)).toEqual(['Debtors']);
  });

  it('should refuse an API key, since saved views belong to operators', async () => {
    const tenant = await seed.partner();
    const key = await tenant.apiKey(['CUSTOMERS_READ']);

    const created = await execute(key.token, VIEW_CREATE, { input: { name: 'Key view' } });

    expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await query(key.token, VIEWS)).customerListViews).toEqual([]);
  });
});
