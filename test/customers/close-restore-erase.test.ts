import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { eventually, execute, query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';

const CLOSE = graphql(`
  mutation ClosingClose($input: CustomerCloseInput!) {
    customerClose(input: $input) {
      customer {
        id
        status
        closedAt
      }
      closeBlockers {
        balance {
          minorUnits
          currency
        }
        owed {
          minorUnits
          currency
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
const RESTORE = graphql(`
  mutation ClosingRestore($input: CustomerRestoreInput!) {
    customerRestore(input: $input) {
      customer {
        id
        status
        closedAt
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const ERASE = graphql(`
  mutation ClosingErase($input: CustomerEraseInput!) {
    customerErase(input: $input) {
      customer {
        id
        name
        billingName
        email
        phone
        keywords
        location {
          city
        }
        accountNumber
        status
        erasedAt
        members {
          name
          email
          phone
        }
        notes {
          nodes {
            body
          }
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
const NOTE = graphql(`
  mutation ClosingNote($input: CustomerNoteCreateInput!) {
    customerNoteCreate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation ClosingDeactivate($input: CustomerDeactivateInput!) {
    customerDeactivate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const DETAILS = graphql(`
  mutation ClosingDetails($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const LIST = graphql(`
  query ClosingList($status: [CustomerStatus!]) {
    customers(first: 50, filter: { status: $status }) {
      nodes {
        id
      }
    }
  }
`);
const CREDITS_ADD = graphql(`
  mutation ClosingCreditsAdd($input: CreditsAddInput!) {
    creditsAdd(input: $input) {
      entry {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const BALANCE = graphql(`
  query ClosingBalance($id: ID!) {
    customer(id: $id) {
      status
      balance {
        minorUnits
      }
    }
  }
`);

describe('closing, restoring and erasing a customer', () => {
  it('should refuse to close a customer with money on the account, naming the amounts', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ currency: 'EUR' });
    await tenant.ledgerEntry(customer.id, 1250);

    const refused = await query(tenant.owner.token, CLOSE, { input: { customerId: customer.id } });
    const read = await query(tenant.owner.token, BALANCE, { id: customer.id });

    expect(refused.customerClose).toEqual({
      customer: null,
      closeBlockers: {
        balance: { minorUnits: 1250, currency: 'EUR' },
        owed: { minorUnits: 0, currency: 'EUR' },
      },
      userErrors: [
        {
          field: ['input', 'customerId'],
          code: 'CLOSE_BLOCKED',
          message:
            'Only a customer with a zero balance who owes nothing can be closed: the balance is 12.50 EUR and 0.00 EUR is owed.',
        },
      ],
    });
    expect(read.customer?.status).toBe('ACTIVE');
  });

  it('should close a customer with nothing on the account, hide it from default lists and restore it to where it was', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    await query(tenant.owner.token, DEACTIVATE, { input: { customerId: customer.id } });

    const closed = await query(tenant.owner.token, CLOSE, { input: { customerId: customer.id, reason: 'Gone' } });
    const closedAgain = await query(tenant.owner.token, CLOSE, { input: { customerId: customer.id } });
    const defaultList = await query(tenant.owner.token, LIST, {});
    const closedList = await query(tenant.owner.token, LIST, { status: ['CLOSED'] });
    const edit = await query(tenant.owner.token, DETAILS, { input: { id: customer.id, name: 'Changed' } });
    const restored = await query(tenant.owner.token, RESTORE, { input: { customerId: customer.id } });
    const restoredAgain = await query(tenant.owner.token, RESTORE, { input: { customerId: customer.id } });
    // Billing reopens the ledger when it reads customer.restored from its queue, within a moment.
    const credit = await eventually(async () => {
      const attempt = await query(tenant.owner.token, CREDITS_ADD, {
        input: { customerId: customer.id, amount: 100, idempotencyKey: randomUUID() },
      });
      return attempt.creditsAdd.userErrors.length === 0 ? attempt : null;
    }, 'billing to take credits again after the restore');

    expect(closed.customerClose).toMatchObject({
      customer: { status: 'CLOSED', closedAt: expect.any(String) as unknown },
      closeBlockers: null,
      userErrors: [],
    });
    expect(closedAgain.customerClose.userErrors.map((error) => error.code)).toEqual(['TRANSITION_NOT_ALLOWED']);
    expect(defaultList.customers.nodes).toEqual([]);
    expect(closedList.customers.nodes).toEqual([{ id: customer.id }]);
    expect(edit.customerUpdate.userErrors.map((error) => error.code)).toEqual(['NOT_ALLOWED']);
    expect(restored.customerRestore).toEqual({
      customer: { id: customer.id, status: 'INACTIVE', closedAt: null },
      userErrors: [],
    });
    expect(restoredAgain.customerRestore.userErrors.map((error) => error.code)).toEqual(['TRANSITION_NOT_ALLOWED']);
    // Billing lifted its hold: the ledger takes credits again.
    expect(credit.creditsAdd.userErrors).toEqual([]);
  });

  it('should keep the ledger open after a restore when billing reads the close it undid afterwards', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    await query(tenant.owner.token, DEACTIVATE, { input: { customerId: customer.id } });
    const closedAt = new Date().toISOString();
    await query(tenant.owner.token, CLOSE, { input: { customerId: customer.id, reason: 'Gone' } });
    await query(tenant.owner.token, RESTORE, { input: { customerId: customer.id } });
    const addCredit = () =>
      query(tenant.owner.token, CREDITS_ADD, {
        input: { customerId: customer.id, amount: 100, idempotencyKey: randomUUID() },
      });
    await eventually(
      async () => ((await addCredit()).creditsAdd.userErrors.length === 0 ? true : null),
      'billing to take credits again after the restore',
    );

    // The close, read by billing only now: its queue is not the restore's, so nothing orders the two.
    const billing = await database('billing');
    const [late] = await billing.query<{ id: string }[]>(
      `INSERT INTO queue.job (name, data) VALUES ('billing.customer-closed', $1) RETURNING id`,
      [
        {
          id: randomUUID(),
          type: 'customer.closed',
          partnerId: tenant.partnerId,
          occurredAt: closedAt,
          data: {
            customerId: customer.id,
            previousStatus: 'INACTIVE',
            status: 'CLOSED',
            reason: 'Gone',
            actor: { kind: 'operator', id: randomUUID(), impersonatorId: null },
          },
        },
      ],
    );
    await eventually(async () => {
      const [job] = await billing.query<{ state: string }[]>(`SELECT state FROM queue.job WHERE id = $1`, [late!.id]);
      return job?.state === 'completed' ? true : null;
    }, 'billing to read the late close');

    expect((await addCredit()).creditsAdd.userErrors).toEqual([]);
  });

  it('should never close a customer with money on it when a credit is added at the same moment', async () => {
    const tenant = await seed.partner();
    const customers = [];
    for (let i = 0; i < 5; i++) customers.push(await tenant.customer());

    const outcomes = await Promise.all(
      customers.map(async (customer) => {
        const [close, credit] = await Promise.all([
          execute(tenant.owner.token, CLOSE, { input: { customerId: customer.id } }),
          execute(tenant.owner.token, CREDITS_ADD, {
            input: { customerId: customer.id, amount: 500, idempotencyKey: randomUUID() },
          }),
        ]);
        const read = await query(tenant.owner.token, BALANCE, { id: customer.id });
        return { close, credit, read: read.customer! };
      }),
    );

    for (const { close, credit, read } of outcomes) {
      expect(close.errors ?? []).toEqual([]);
      expect(credit.errors ?? []).toEqual([]);
      const closedIt = close.data!.customerClose.customer !== null;
      const credited = credit.data!.creditsAdd.entry !== null;
      // Exactly one of the two wins: a closed customer took no credit, a credited one stayed open.
      expect(closedIt).toBe(!credited);
      expect(read.status).toBe(closedIt ? 'CLOSED' : 'ACTIVE');
      expect(read.balance?.minorUnits).toBe(closedIt ? 0 : 500);
      if (closedIt) expect(credit.data!.creditsAdd.userErrors.map((error) => error.code)).toEqual(['CUSTOMER_CLOSED']);
      else expect(close.data!.customerClose.closeBlockers?.balance.minorUnits).toBe(500);
    }
  });

  it('should erase a closed customer’s personal data, note texts and the values its activity recorded, with the operator’s password, for good', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ name: 'Private Person', email: 'private@person.test' });
    await query(tenant.owner.token, DETAILS, {
      input: {
        id: customer.id,
        phone: '+447700900999',
        keywords: ['private-kw'],
        location: { lines: ['1 Secret Lane'], city: 'Hidden', country: 'GB' },
      },
    });
    const member = await tenant.member(customer.id, { email: 'member@person.test' });
    await query(tenant.owner.token, NOTE, {
      input: { customerId: customer.id, body: 'Met Private Person at 1 Secret Lane' },
    });

    const open = await query(tenant.owner.token, ERASE, {
      input: { customerId: customer.id, password: tenant.owner.password },
    });
    await query(tenant.owner.token, CLOSE, { input: { customerId: customer.id } });
    const wrongPassword = await query(tenant.owner.token, ERASE, {
      input: { customerId: customer.id, password: 'not my password' },
    });
    const erased = await query(tenant.owner.token, ERASE, {
      input: { customerId: customer.id, password: tenant.owner.password },
    });
    const again = await query(tenant.owner.token, ERASE, {
      input: { customerId: customer.id, password: tenant.owner.password },
    });
    const restore = await query(tenant.owner.token, RESTORE, { input: { customerId: customer.id } });
    const stored = await (
      await database('accounts')
    ).query<{ text: string }[]>(
      `SELECT row_to_json(c)::text AS text FROM accounts.customers c WHERE id = $1
       UNION ALL SELECT row_to_json(m)::text FROM accounts.members m WHERE customer_id = $1
       UNION ALL SELECT row_to_json(n)::text FROM accounts.customer_notes n WHERE customer_id = $1
       UNION ALL SELECT row_to_json(a)::text FROM accounts.audit_log a WHERE customer_id = $1::text`,
      [customer.id],
    );
    const [created] = await (
      await database('accounts')
    ).query<{ changes: Record<string, { from: unknown; to: unknown }> }[]>(
      `SELECT details->'changes' AS changes FROM accounts.audit_log WHERE customer_id = $1 AND action = 'customer.created'`,
      [customer.id],
    );

    expect(open.customerErase.userErrors.map((error) => error.code)).toEqual(['TRANSITION_NOT_ALLOWED']);
    expect(wrongPassword.customerErase.userErrors).toEqual([
      { field: ['input', 'password'], code: 'INVALID', message: 'That is not your password.' },
    ]);
    expect(erased.customerErase).toEqual({
      customer: {
        id: customer.id,
        name: 'Erased customer',
        billingName: 'Erased customer',
        email: null,
        phone: null,
        keywords: [],
        location: null,
        accountNumber: customer.accountNumber,
        status: 'CLOSED',
        erasedAt: expect.any(String) as unknown,
        members: [{ name: 'Erased member', email: null, phone: null }],
        notes: { nodes: [{ body: 'Erased note' }] },
      },
      userErrors: [],
    });
    expect(again.customerErase.userErrors.map((error) => error.code)).toEqual(['TRANSITION_NOT_ALLOWED']);
    expect(restore.customerRestore.userErrors.map((error) => error.code)).toEqual(['TRANSITION_NOT_ALLOWED']);
    for (const secret of [
      'Private Person',
      'private@person.test',
      '+447700900999',
      'Secret Lane',
      'Hidden',
      member.email,
    ]) {
      expect(stored.map((row) => row.text).join('\n')).not.toContain(secret);
    }
    // The activity still tells what changed, and which values named no one.
    expect(created?.changes.email).toEqual({ from: null, to: 'erased' });
    expect(created?.changes.accountNumber).toEqual({ from: null, to: customer.accountNumber });
  });
});
