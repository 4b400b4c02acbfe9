import { graphql } from '../gql';
import { eventually, execute, query } from '../support/api';
import { database } from '../support/databases';
import { type SeededCustomer, type TenantSeed, seed } from '../support/seed';
import { entryCount } from '../billing/ledger-support';
import {
  dayFromToday,
  doNotSuspend,
  draftInvoice,
  issuedInvoice,
  line,
  newKey,
  overdueHold,
  paymentTerms,
  sweepOverdue,
} from './lifecycle-support';

const INVOICE = graphql(`
  query InvoicingLifecycleInvoice($id: ID!) {
    invoice(id: $id) {
      ...InvoicingLifecycleInvoiceFields
      lines {
        position
        description
        quantity
        unitPrice {
          minorUnits
        }
        amount {
          minorUnits
        }
        taxRate
        tax {
          minorUnits
        }
      }
      billTo {
        name
        accountNumber
      }
      payments {
        amount {
          minorUnits
        }
        applied {
          minorUnits
        }
        excess {
          minorUnits
        }
        method
        ledgerEntryId
      }
      creditNotes {
        number
        kind
        status
        total {
          minorUnits
        }
      }
      voidReason
    }
  }
`);

const CUSTOMER = graphql(`
  query InvoicingLifecycleCustomer($id: ID!) {
    customer(id: $id) {
      id
      status
      owed {
        minorUnits
        currency
      }
      balance {
        minorUnits
      }
      statusChanges {
        transition
        toStatus
        reason
        actorKind
        invoiceId
      }
    }
  }
`);

const PAY = graphql(`
  mutation InvoicingLifecyclePay($input: InvoicePaymentRecordInput!) {
    invoicePaymentRecord(input: $input) {
      payment {
        id
        amount {
          minorUnits
        }
        applied {
          minorUnits
        }
        excess {
          minorUnits
        }
        ledgerEntryId
      }
      invoice {
        status
        paid {
          minorUnits
        }
        amountDue {
          minorUnits
        }
      }
      customer {
        balance {
          minorUnits
        }
        owed {
          minorUnits
        }
      }
      replayed
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const VOID = graphql(`
  mutation InvoicingLifecycleVoid($input: InvoiceVoidInput!) {
    invoiceVoid(input: $input) {
      invoice {
        status
        voidReason
        amountDue {
          minorUnits
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

const CREDIT = graphql(`
  mutation InvoicingLifecycleCredit($input: CreditNoteCreateInput!) {
    creditNoteCreate(input: $input) {
      creditNote {
        id
        number
        kind
        status
        total {
          minorUnits
        }
        correctsInvoiceId
      }
      invoice {
        status
        credited {
          minorUnits
        }
        amountDue {
          minorUnits
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

const SUSPEND = graphql(`
  mutation InvoicingLifecycleSuspend($input: CustomerSuspendInput!) {
    customerSuspend(input: $input) {
      customer {
        status
      }
      userErrors {
        code
      }
    }
  }
`);

const CLOSE = graphql(`
  mutation InvoicingLifecycleClose($input: CustomerCloseInput!) {
    customerClose(input: $input) {
      customer {
        status
      }
      closeBlockers {
        owed {
          minorUnits
          currency
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const CREATE_AS = graphql(`
  mutation InvoicingLifecycleCreateAs($input: InvoiceCreateInput!) {
    invoiceCreate(input: $input) {
      invoice {
        status
      }
    }
  }
`);

const ISSUE = graphql(`
  mutation InvoicingLifecycleIssueAgain($input: InvoiceIssueInput!) {
    invoiceIssue(input: $input) {
      invoice {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

async function customerOf(tenant: TenantSeed, customer: SeededCustomer) {
  const data = await query(tenant.owner.token, CUSTOMER, { id: customer.id });
  return data.customer!;
}

async function invoiceOf(tenant: TenantSeed, id: string) {
  return (await query(tenant.owner.token, INVOICE, { id })).invoice!;
}

/** An invoice of `amount` issued 10 days ago with no payment terms: overdue for the sweep. */
async function pastDue(tenant: TenantSeed, customer: SeededCustomer, amount: number) {
  return issuedInvoice(tenant.owner.token, customer.id, [line(amount)], dayFromToday(-10));
}

async function statusBecomes(tenant: TenantSeed, customer: SeededCustomer, status: string, what: string) {
  return eventually(async () => {
    const found = await customerOf(tenant, customer);
    return found.status === status ? found : null;
  }, what);
}

async function overdue(tenant: TenantSeed, invoiceId: string) {
  await sweepOverdue(tenant.partnerId);
  await eventually(
    async () => ((await invoiceOf(tenant, invoiceId)).status === 'OVERDUE' ? true : null),
    'the sweep to mark the invoice overdue',
  );
}

const pay = (tenant: TenantSeed, invoiceId: string, amount: number, idempotencyKey = newKey()) =>
  query(tenant.owner.token, PAY, { input: { invoiceId, amount, method: 'BANK_TRANSFER', idempotencyKey } });

describe('invoice lifecycle', () => {
  it('should issue a draft with the next number, the bill-to copied, tax per line and a due date from the payment terms', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ currency: 'EUR' });
    await paymentTerms(tenant.owner.token, customer.id, 14);

    const draftId = await draftInvoice(tenant.owner.token, customer.id, [
      line(10_000, '21', 'Setup'),
      { description: 'Hours', quantity: '2.5', unitPrice: 3_333, taxRate: '5.5' },
    ]);
    const draft = await invoiceOf(tenant, draftId);
    const first = await issuedInvoice(tenant.owner.token, customer.id, [line(100)]);
    const issued = await query(tenant.owner.token, ISSUE, { input: { invoiceId: draftId } });
    const again = await query(tenant.owner.token, ISSUE, { input: { invoiceId: draftId } });
    const invoice = await invoiceOf(tenant, draftId);

    expect(draft).toMatchObject({ status: 'DRAFT', number: null, issueDate: null, billTo: null });
    // 2.5 × 33.33 = 83.325 → 83.33; tax 21% of 100.00 = 21.00 and 5.5% of 83.33 = 4.58.
    expect(invoice.lines).toEqual([
      expect.objectContaining({
        position: 1,
        amount: { minorUnits: 10_000 },
        taxRate: '21',
        tax: { minorUnits: 2_100 },
      }),
      expect.objectContaining({
        position: 2,
        quantity: '2.500000',
        amount: { minorUnits: 8_333 },
        taxRate: '5.5',
        tax: { minorUnits: 458 },
      }),
    ]);
    expect(issued.invoiceIssue.userErrors).toEqual([]);
    expect(first.number).toBe('INV-000001');
    expect(invoice).toMatchObject({
      number: 'INV-000002',
      status: 'OPEN',
      currency: 'EUR',
      issueDate: dayFromToday(0),
      dueDate: dayFromToday(14),
      total: { minorUnits: 20_891 },
      amountDue: { minorUnits: 20_891 },
      billTo: { name: customer.name, accountNumber: customer.accountNumber },
    });
    expect(again.invoiceIssue.userErrors.map((error) => error.code)).toEqual(['INVOICE_NOT_DRAFT']);
  });

  it('should refuse to change an issued invoice, its lines or its payments in the database itself', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const invoice = await issuedInvoice(tenant.owner.token, customer.id, [line(5_000)]);
    await pay(tenant, invoice.id, 1_000);
    const billing = await database('billing');

    await expect(
      billing.query(`UPDATE billing.invoices SET total_minor = 1, subtotal_minor = 1 WHERE id = $1`, [invoice.id]),
    ).rejects.toThrow(/issued and cannot be edited/);
    await expect(
      billing.query(`UPDATE billing.invoices SET due_date = '2099-01-01' WHERE id = $1`, [invoice.id]),
    ).rejects.toThrow(/issued and cannot be edited/);
    await expect(
      billing.query(`UPDATE billing.invoice_lines SET amount_minor = 1 WHERE invoice_id = $1`, [invoice.id]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(billing.query(`DELETE FROM billing.invoices WHERE id = $1`, [invoice.id])).rejects.toThrow(
      /cannot be deleted/,
    );
    await expect(
      billing.query(`UPDATE billing.invoice_payments SET amount_minor = 1 WHERE invoice_id = $1`, [invoice.id]),
    ).rejects.toThrow(/append-only/);
    expect(await invoiceOf(tenant, invoice.id)).toMatchObject({
      total: { minorUnits: 5_000 },
      paid: { minorUnits: 1_000 },
    });
  });

  it('should suspend a customer whose invoice falls overdue, and re-enable it once the invoice is paid', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const invoice = await pastDue(tenant, customer, 12_000);

    await overdue(tenant, invoice.id);
    const suspended = await statusBecomes(tenant, customer, 'SUSPENDED', 'accounts to suspend the customer');
    const partial = await pay(tenant, invoice.id, 2_000);
    const rest = await pay(tenant, invoice.id, 10_000);
    const reenabled = await statusBecomes(tenant, customer, 'ACTIVE', 'accounts to re-enable the customer');

    expect(suspended.statusChanges[0]).toEqual({
      transition: 'SUSPEND',
      toStatus: 'SUSPENDED',
      reason: `Invoice ${invoice.number} is overdue (due ${invoice.dueDate}).`,
      actorKind: 'service',
      invoiceId: invoice.id,
    });
    expect(suspended.owed).toEqual({ minorUnits: 12_000, currency: 'GBP' });
    expect(partial.invoicePaymentRecord.invoice).toEqual({
      status: 'OVERDUE',
      paid: { minorUnits: 2_000 },
      amountDue: { minorUnits: 10_000 },
    });
    expect(rest.invoicePaymentRecord.invoice?.status).toBe('PAID');
    expect(reenabled.statusChanges[0]).toEqual({
      transition: 'REENABLE',
      toStatus: 'ACTIVE',
      reason: `Invoice ${invoice.number} was paid.`,
      actorKind: 'service',
      invoiceId: invoice.id,
    });
    expect(reenabled.owed).toEqual({ minorUnits: 0, currency: 'GBP' });
    expect(reenabled.statusChanges.map((change) => change.transition)).toEqual(['REENABLE', 'SUSPEND']);
  });

  it('should keep a customer suspended while another of its invoices is still overdue, and re-enable it when that one is voided', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const first = await pastDue(tenant, customer, 1_000);
    const second = await pastDue(tenant, customer, 2_000);

    await overdue(tenant, first.id);
    await statusBecomes(tenant, customer, 'SUSPENDED', 'accounts to suspend the customer');
    await eventually(async () => (await overdueHold(tenant.partnerId, second.id)) ?? null, 'accounts to hear of both');
    await pay(tenant, first.id, 1_000);
    await eventually(
      async () => ((await overdueHold(tenant.partnerId, first.id))?.settled === 'PAID' ? true : null),
      'accounts to hear of the payment',
    );
    const afterFirst = await customerOf(tenant, customer);
    const voided = await query(tenant.owner.token, VOID, { input: { invoiceId: second.id, reason: 'Billed twice' } });
    const reenabled = await statusBecomes(tenant, customer, 'ACTIVE', 'accounts to re-enable the customer');

    expect(afterFirst.status).toBe('SUSPENDED');
    expect(voided.invoiceVoid.invoice).toEqual({
      status: 'VOID',
      voidReason: 'Billed twice',
      amountDue: { minorUnits: 0 },
    });
    expect(reenabled.statusChanges[0]).toMatchObject({
      transition: 'REENABLE',
      reason: `Invoice ${second.number} was voided.`,
      invoiceId: second.id,
    });
  });

  it('should not suspend a customer whose billing settings say not to suspend for late payment', async () => {
    const tenant = await seed.partner();
    const spared = await tenant.customer();
    const held = await tenant.customer();
    await doNotSuspend(tenant.partnerId, spared.id);
    const sparedInvoice = await pastDue(tenant, spared, 1_000);
    await pastDue(tenant, held, 1_000);

    await overdue(tenant, sparedInvoice.id);
    // The other customer's suspension proves accounts has worked through the same sweep's events.
    await statusBecomes(tenant, held, 'SUSPENDED', 'accounts to suspend the other customer');
    const after = await customerOf(tenant, spared);

    expect(after.status).toBe('ACTIVE');
    expect(after.statusChanges).toEqual([]);
    expect(after.owed?.minorUnits).toBe(1_000);
  });

  it('should never lift a suspension an operator made when the overdue invoice is paid', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const invoice = await pastDue(tenant, customer, 3_000);
    const suspended = await query(tenant.owner.token, SUSPEND, {
      input: { customerId: customer.id, reason: 'Fraud check' },
    });

    await overdue(tenant, invoice.id);
    await eventually(async () => (await overdueHold(tenant.partnerId, invoice.id)) ?? null, 'accounts to hear of it');
    await pay(tenant, invoice.id, 3_000);
    await eventually(
      async () => ((await overdueHold(tenant.partnerId, invoice.id))?.settled === 'PAID' ? true : null),
      'accounts to hear of the payment',
    );
    const after = await customerOf(tenant, customer);

    expect(suspended.customerSuspend.customer?.status).toBe('SUSPENDED');
    expect(after.status).toBe('SUSPENDED');
    expect(after.statusChanges).toEqual([
      expect.objectContaining({ transition: 'SUSPEND', reason: 'Fraud check', actorKind: 'operator', invoiceId: null }),
    ]);
  });

  it('should take a partial payment and leave the invoice OPEN with less due', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const invoice = await issuedInvoice(tenant.owner.token, customer.id, [line(10_000)]);

    const paid = await pay(tenant, invoice.id, 4_000);

    expect(paid.invoicePaymentRecord).toMatchObject({
      payment: {
        amount: { minorUnits: 4_000 },
        applied: { minorUnits: 4_000 },
        excess: { minorUnits: 0 },
        ledgerEntryId: null,
      },
      invoice: { status: 'OPEN', paid: { minorUnits: 4_000 }, amountDue: { minorUnits: 6_000 } },
      customer: { owed: { minorUnits: 6_000 }, balance: { minorUnits: 0 } },
      replayed: false,
      userErrors: [],
    });
    expect(await entryCount(tenant.partnerId, customer.id)).toBe(0);
  });

  it('should credit an overpayment’s excess to the balance through the ledger exactly once, however often it is retried', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const invoice = await issuedInvoice(tenant.owner.token, customer.id, [line(10_000)]);
    const key = newKey();

    const [first, twin] = await Promise.all([
      pay(tenant, invoice.id, 12_500, key),
      pay(tenant, invoice.id, 12_500, key),
    ]);
    const retry = await pay(tenant, invoice.id, 12_500, key);
    const otherInput = await pay(tenant, invoice.id, 1, key);
    const after = await invoiceOf(tenant, invoice.id);
    const [entry] = await (
      await database('billing')
    ).query<{ kind: string; amount: string }[]>(
      `SELECT kind, amount_minor::text AS amount FROM billing.ledger_entries WHERE partner_id = $1 AND customer_id = $2`,
      [tenant.partnerId, customer.id],
    );

    const results = [first, twin, retry].map((result) => result.invoicePaymentRecord);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    for (const result of results) {
      expect(result).toMatchObject({
        payment: { applied: { minorUnits: 10_000 }, excess: { minorUnits: 2_500 } },
        invoice: { status: 'PAID', amountDue: { minorUnits: 0 } },
        userErrors: [],
      });
      expect(result.payment?.id).toBe(first.invoicePaymentRecord.payment?.id);
    }
    expect(otherInput.invoicePaymentRecord.userErrors.map((error) => error.code)).toEqual(['PAYMENT_KEY_REUSED']);
    expect(await entryCount(tenant.partnerId, customer.id)).toBe(1);
    expect(entry).toEqual({ kind: 'PAYMENT', amount: '2500' });
    expect(after.payments).toHaveLength(1);
    expect(after.payments[0]?.ledgerEntryId).toBe(first.invoicePaymentRecord.payment?.ledgerEntryId);
    expect((await customerOf(tenant, customer)).balance?.minorUnits).toBe(2_500);
  });

  it('should refuse a payment on a paid or void invoice and a void of an invoice with payments', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const partlyPaid = await issuedInvoice(tenant.owner.token, customer.id, [line(5_000)]);
    const paid = await issuedInvoice(tenant.owner.token, customer.id, [line(5_000)]);
    await pay(tenant, partlyPaid.id, 100);
    await pay(tenant, paid.id, 5_000);

    const voidPaid = await query(tenant.owner.token, VOID, { input: { invoiceId: partlyPaid.id, reason: 'Wrong' } });
    const payAgain = await pay(tenant, paid.id, 10);
    const noReason = await query(tenant.owner.token, VOID, { input: { invoiceId: paid.id, reason: ' ' } });

    expect(voidPaid.invoiceVoid.userErrors.map((error) => error.code)).toEqual(['INVOICE_HAS_PAYMENTS']);
    expect(payAgain.invoicePaymentRecord.userErrors.map((error) => error.code)).toEqual(['INVOICE_NOT_OPEN']);
    expect(noReason.invoiceVoid.userErrors).toEqual([expect.objectContaining({ field: ['input', 'reason'] })]);
  });

  it('should take a void invoice and a credit note off what is owed', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const voided = await issuedInvoice(tenant.owner.token, customer.id, [line(4_000)]);
    const credited = await issuedInvoice(tenant.owner.token, customer.id, [line(10_000, '20')]);
    const before = await customerOf(tenant, customer);

    await query(tenant.owner.token, VOID, { input: { invoiceId: voided.id, reason: 'Sent to the wrong customer' } });
    const afterVoid = await customerOf(tenant, customer);
    const note = await query(tenant.owner.token, CREDIT, {
      input: { invoiceId: credited.id, lines: [line(2_500, '20', 'Discount agreed')] },
    });
    const tooMuch = await query(tenant.owner.token, CREDIT, {
      input: { invoiceId: credited.id, lines: [line(9_000, '20')] },
    });
    const afterNote = await customerOf(tenant, customer);
    const rest = await query(tenant.owner.token, CREDIT, {
      input: { invoiceId: credited.id, lines: [line(7_500, '20', 'Cancelled')] },
    });
    const settled = await invoiceOf(tenant, credited.id);

    expect(before.owed?.minorUnits).toBe(16_000);
    expect(afterVoid.owed?.minorUnits).toBe(12_000);
    expect(note.creditNoteCreate).toMatchObject({
      creditNote: { kind: 'CREDIT_NOTE', status: 'PAID', total: { minorUnits: 3_000 }, correctsInvoiceId: credited.id },
      invoice: { status: 'OPEN', credited: { minorUnits: 3_000 }, amountDue: { minorUnits: 9_000 } },
      userErrors: [],
    });
    expect(note.creditNoteCreate.creditNote?.number).toMatch(/^INV-\d{6}$/);
    expect(tooMuch.creditNoteCreate.userErrors.map((error) => error.code)).toEqual(['CREDIT_EXCEEDS_INVOICED']);
    expect(afterNote.owed?.minorUnits).toBe(9_000);
    expect(rest.creditNoteCreate.invoice).toMatchObject({ status: 'PAID', amountDue: { minorUnits: 0 } });
    expect(settled.creditNotes.map((creditNote) => creditNote.total.minorUnits)).toEqual([3_000, 9_000]);
    expect((await customerOf(tenant, customer)).owed?.minorUnits).toBe(0);
  });

  it('should refuse to close a customer while it owes anything, and close it once nothing is owed', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const invoice = await issuedInvoice(tenant.owner.token, customer.id, [line(7_700)]);

    const refused = await query(tenant.owner.token, CLOSE, { input: { customerId: customer.id } });
    await pay(tenant, invoice.id, 7_700);
    const closed = await query(tenant.owner.token, CLOSE, { input: { customerId: customer.id } });

    expect(refused.customerClose).toMatchObject({
      customer: null,
      closeBlockers: { owed: { minorUnits: 7_700, currency: 'GBP' } },
      userErrors: [{ code: 'CLOSE_BLOCKED' }],
    });
    expect(closed.customerClose).toMatchObject({ customer: { status: 'CLOSED' }, userErrors: [] });
  });

  it('should let BILLING operators and billing:write keys change invoices, and refuse SUPPORT operators and read-only keys', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const billing = await tenant.operator('BILLING');
    const support = await tenant.operator('SUPPORT');
    const writeKey = await tenant.apiKey(['BILLING_READ', 'BILLING_WRITE']);
    const readKey = await tenant.apiKey(['BILLING_READ']);
    const input = { customerId: customer.id, lines: [line(100)] };

    const asBilling = await execute(billing.token, CREATE_AS, { input });
    const asKey = await execute(writeKey.token, CREATE_AS, { input });
    const asSupport = await execute(support.token, CREATE_AS, { input });
    const asReadKey = await execute(readKey.token, CREATE_AS, { input });

    expect(asBilling.data?.invoiceCreate.invoice?.status).toBe('DRAFT');
    expect(asKey.data?.invoiceCreate.invoice?.status).toBe('DRAFT');
    expect(asSupport.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asReadKey.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
