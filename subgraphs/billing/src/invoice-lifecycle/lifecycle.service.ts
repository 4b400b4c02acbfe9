import { createHash } from 'node:crypto';
import {
  type Caller,
  type RequestContext,
  type UserError,
  UserErrorCode,
  newId,
  parseInput,
  partnerOf,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { type BillingAccount, type BillingAccountService, toBillingCustomer } from '../billing-accounts';
import type { BillToDirectory } from '../bill-to';
import {
  type Invoice,
  type InvoiceLineDraft,
  type InvoicePayment,
  type InvoiceService,
  toInvoicePaymentType,
  toInvoiceSettingsType,
  toInvoiceType,
  todayUtc,
} from '../invoices';
import type { LedgerService } from '../ledger';
import { formatMinor } from '../money';
import {
  type CreditNoteCreateInput,
  type CreditNoteCreatePayload,
  INVOICE_LIFECYCLE_ERRORS,
  type InvoiceCreateInput,
  type InvoiceIssueInput,
  type InvoicePayload,
  type InvoicePaymentRecordInput,
  type InvoicePaymentRecordPayload,
  type InvoiceSettingsUpdateInput,
  type InvoiceSettingsUpdatePayload,
  type InvoiceVoidInput,
  type LineCommand,
  creditNoteCreateSchema,
  invoiceCreateSchema,
  invoiceIssueSchema,
  invoicePaymentRecordSchema,
  invoiceSettingsUpdateSchema,
  invoiceVoidSchema,
} from './lifecycle.inputs';

/** How many invoices one sweep transaction marks overdue. */
const OVERDUE_BATCH = 500;

/** An expected refusal inside a transaction: rolls it back and becomes the payload's userErrors. */
class Refusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('refused');
  }
}

function refuse(code: UserError['code'], message: string, field: string | null): Refusal {
  return new Refusal([userError(code, message, field ? ['input', field] : null)]);
}

const invoiceNotFound = () => refuse(UserErrorCode.NOT_FOUND, 'That invoice was not found.', 'invoiceId');

/** Rounds a non-negative quotient half up, in integers. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** A line's amount (quantity × price) and tax, in minor units, each rounded half up once. */
export function priceLine(line: LineCommand): InvoiceLineDraft {
  const [whole, fraction = ''] = line.quantity.split('.');
  const quantityMicros = BigInt(whole!) * 1_000_000n + BigInt(fraction.padEnd(6, '0'));
  const [rateWhole, rateFraction = ''] = line.taxRate.split('.');
  const taxRatePpm = Number(rateWhole) * 10_000 + Number(rateFraction.padEnd(4, '0'));
  const unitAmountMinor = BigInt(line.unitPrice);
  const amountMinor = divideRounded(quantityMicros * unitAmountMinor, 1_000_000n);
  return {
    kind: 'CUSTOM',
    description: line.description,
    quantity: line.quantity,
    unitAmountMinor,
    amountMinor,
    taxRatePpm,
    taxMinor: divideRounded(amountMinor * BigInt(taxRatePpm), 1_000_000n),
  };
}

/** YYYY-MM-DD plus whole days, in the UTC calendar. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function digestOf(request: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.keys(request)
      .sort()
      .map((key) => [key, request[key] ?? null]),
    (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * An invoice's life after the billing modules priced it: hand-written drafts, issue, void,
 * credit notes, payments and falling overdue. Each change is one transaction that locks the
 * invoice (then the billing account, when it touches the ledger), checks the rules under the
 * lock, writes through the invoices module, publishes its event and is audited with who did it.
 */
export class InvoiceLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: InvoiceService,
    private readonly accounts: BillingAccountService,
    private readonly ledger: LedgerService,
    private readonly billTo: BillToDirectory,
  ) {}

  async create(context: RequestContext, input: InvoiceCreateInput): Promise<InvoicePayload> {
    const parsed = parseInput(invoiceCreateSchema, input);
    if (!parsed.ok) return { invoice: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    const partnerId = this.partnerOf(context.caller);
    return this.refusable(async (transaction) => {
      const account = await this.writableAccount(transaction, context.caller, command.customerId, 'customerId');
      const { created } = await this.invoices.insert(transaction, partnerId, [
        {
          customerId: account.customerId,
          kind: 'INVOICE',
          source: 'MANUAL',
          currency: account.currency,
          periodStart: command.periodStart ?? null,
          periodEnd: command.periodEnd ?? null,
          issue: false,
          lines: command.lines.map(priceLine),
        },
      ]);
      const invoice = created[0]!;
      await this.audit(context, transaction, 'invoice.created', invoice, { totalMinor: Number(invoice.totalMinor) });
      return { invoice: toInvoiceType(invoice), userErrors: [] };
    });
  }

  async issue(context: RequestContext, input: InvoiceIssueInput): Promise<InvoicePayload> {
    const parsed = parseInput(invoiceIssueSchema, input);
    if (!parsed.ok) return { invoice: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    const partnerId = this.partnerOf(context.caller);
    const today = todayUtc();
    const issueDate = command.issueDate ?? today;
    if (issueDate > today) {
      return {
        invoice: null,
        userErrors: [
          userError(UserErrorCode.INVALID, 'An invoice cannot be dated in the future.', ['input', 'issueDate']),
        ],
      };
    }
    // Asked of accounts before the transaction: no connection is held across a call to another service.
    const [draft] = await this.invoices.visible(context.caller, [command.invoiceId]);
    if (!draft) return { invoice: null, userErrors: invoiceNotFound().userErrors };
    const billTo = (await this.billTo.forCaller(context, [draft.customerId])).get(draft.customerId);
    if (!billTo) return { invoice: null, userErrors: invoiceNotFound().userErrors };
    return this.refusable(async (transaction) => {
      const invoice = await this.lockInvoice(transaction, context.caller, command.invoiceId);
      if (invoice.status !== 'DRAFT') {
        throw refuse(
          INVOICE_LIFECYCLE_ERRORS.INVOICE_NOT_DRAFT,
          `This invoice is ${invoice.status} as ${invoice.number}; only a DRAFT can be issued.`,
          'invoiceId',
        );
      }
      // The account's lock orders this against a close: nothing is invoiced to a customer being closed.
      const account = await this.writableAccount(transaction, context.caller, invoice.customerId, 'invoiceId');
      const issued = await this.invoices.issueDraft(transaction, partnerId, invoice.id, {
        issueDate,
        dueDate: addDays(issueDate, account.paymentTermsDays),
        billTo,
      });
      await this.audit(context, transaction, 'invoice.issued', issued, {
        number: issued.number,
        totalMinor: Number(issued.totalMinor),
        dueDate: issued.dueDate,
      });
      return { invoice: toInvoiceType(issued), userErrors: [] };
    });
  }

  async void(context: RequestContext, input: InvoiceVoidInput): Promise<InvoicePayload> {
    const parsed = parseInput(invoiceVoidSchema, input);
    if (!parsed.ok) return { invoice: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    const partnerId = this.partnerOf(context.caller);
    return this.refusable(async (transaction) => {
      const invoice = await this.lockInvoice(transaction, context.caller, command.invoiceId);
      this.assertOpen(invoice, 'voided');
      if (invoice.paidMinor > 0n) {
        throw refuse(
          INVOICE_LIFECYCLE_ERRORS.INVOICE_HAS_PAYMENTS,
          `${formatMinor(invoice.paidMinor, invoice.currency)} ${invoice.currency} was paid on this invoice: ` +
            'correct it with a credit note instead.',
          'invoiceId',
        );
      }
      const voided = await this.invoices.markVoid(transaction, partnerId, invoice.id, command.reason);
      await this.audit(context, transaction, 'invoice.voided', voided, {
        number: voided.number,
        reason: command.reason,
        previousStatus: invoice.status,
      });
      return { invoice: toInvoiceType(voided), userErrors: [] };
    });
  }

  /**
   * Issues a credit note against an invoice. It takes what it credits off what is still due; what
   * it credits beyond that (the invoice was already paid) goes to the customer's balance.
   */
  async createCreditNote(context: RequestContext, input: CreditNoteCreateInput): Promise<CreditNoteCreatePayload> {
    const parsed = parseInput(creditNoteCreateSchema, input);
    if (!parsed.ok) return { creditNote: null, invoice: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    const partnerId = this.partnerOf(context.caller);
    try {
      return await this.dataSource.transaction(async (transaction) => {
        const invoice = await this.lockInvoice(transaction, context.caller, command.invoiceId);
        if (invoice.kind !== 'INVOICE' || invoice.status === 'DRAFT' || invoice.status === 'VOID') {
          throw refuse(
            INVOICE_LIFECYCLE_ERRORS.INVOICE_NOT_CREDITABLE,
            invoice.kind === 'CREDIT_NOTE'
              ? 'A credit note cannot be credited.'
              : `This invoice is ${invoice.status}; only an issued invoice can be credited.`,
            'invoiceId',
          );
        }
        const lines = command.lines.map(priceLine);
        const totalMinor = lines.reduce((sum, line) => sum + line.amountMinor + line.taxMinor, 0n);
        const creditedBefore = (await this.invoices.creditNotesOf([invoice], transaction)).get(invoice.id) ?? [];
        const left = invoice.totalMinor - creditedBefore.reduce((sum, note) => sum + note.totalMinor, 0n);
        if (totalMinor <= 0n || totalMinor > left) {
          throw refuse(
            INVOICE_LIFECYCLE_ERRORS.CREDIT_EXCEEDS_INVOICED,
            `A credit note takes off more than 0 and at most what is left of the invoice: ` +
              `${formatMinor(left, invoice.currency)} ${invoice.currency}.`,
            'lines',
          );
        }
        const account = await this.writableAccount(transaction, context.caller, invoice.customerId, 'invoiceId');
        const { created } = await this.invoices.insert(transaction, partnerId, [
          {
            customerId: invoice.customerId,
            kind: 'CREDIT_NOTE',
            source: 'CORRECTION',
            currency: invoice.currency,
            issue: true,
            dueDate: todayUtc(),
            billTo: invoice.billTo,
            reverseCharge: invoice.reverseCharge,
            correctsInvoiceId: invoice.id,
            lines,
          },
        ]);
        const note = await this.invoices.markCreditNoteSettled(transaction, partnerId, created[0]!.id);
        const applied = totalMinor < invoice.amountDueMinor ? totalMinor : invoice.amountDueMinor;
        const corrected =
          applied > 0n
            ? await this.invoices.settle(transaction, partnerId, invoice.id, { creditedMinor: applied })
            : invoice;
        const refunded = totalMinor - applied;
        if (refunded > 0n) {
          this.assertSameCurrency(account, invoice, 'lines');
          await this.ledger.append(transaction, partnerId, [
            {
              account,
              id: newId(),
              amountMinor: refunded,
              kind: 'CREDIT',
              description: `Credit note ${note.number} for invoice ${invoice.number}`,
              reference: note.number,
            },
          ]);
        }
        await this.audit(context, transaction, 'invoice.credit-note-created', invoice, {
          number: invoice.number,
          creditNoteId: note.id,
          creditNoteNumber: note.number,
          totalMinor: Number(totalMinor),
          appliedMinor: Number(applied),
          creditedToBalanceMinor: Number(refunded),
        });
        return { creditNote: toInvoiceType(note), invoice: toInvoiceType(corrected), userErrors: [] };
      });
    } catch (err) {
      if (err instanceof Refusal) return { creditNote: null, invoice: null, userErrors: err.userErrors };
      throw err;
    }
  }

  /**
   * Records a payment under its idempotency key: it pays what is due, and what it pays beyond
   * becomes credit on the customer's balance through the ledger, in the same transaction. Once
   * nothing is due the invoice is PAID and `invoice.paid` is published.
   */
  async recordPayment(context: RequestContext, input: InvoicePaymentRecordInput): Promise<InvoicePaymentRecordPayload> {
    const parsed = parseInput(invoicePaymentRecordSchema, input);
    if (!parsed.ok) return this.paymentRefused(parsed.userErrors);
    const { idempotencyKey, ...request } = parsed.value;
    const partnerId = this.partnerOf(context.caller);
    const paidOn = request.paidOn ?? todayUtc();
    const requestDigest = digestOf({ ...request, paidOn: request.paidOn ?? null });
    try {
      return await this.dataSource.transaction(async (transaction) => {
        // Twins with one key on one invoice queue here; the second finds the first's payment below.
        const invoice = await this.lockInvoice(transaction, context.caller, request.invoiceId);
        const earlier = await this.invoices.paymentByKey(transaction, partnerId, idempotencyKey);
        if (earlier) return this.replay(earlier, requestDigest, invoice);
        this.assertOpen(invoice, 'paid');
        const appliedMinor = request.amount < invoice.amountDueMinor ? request.amount : invoice.amountDueMinor;
        const excessMinor = request.amount - appliedMinor;
        let ledgerEntryId: string | null = null;
        if (excessMinor > 0n) {
          const account = await this.writableAccount(transaction, context.caller, invoice.customerId, 'invoiceId');
          this.assertSameCurrency(account, invoice, 'amount');
          ledgerEntryId = newId();
          await this.ledger.append(transaction, partnerId, [
            {
              account,
              id: ledgerEntryId,
              amountMinor: excessMinor,
              kind: 'PAYMENT',
              description: `Overpayment of invoice ${invoice.number}`,
              reference: request.reference ?? invoice.number,
            },
          ]);
        }
        const payment: Omit<InvoicePayment, 'createdAt'> = {
          id: newId(),
          invoiceId: invoice.id,
          customerId: invoice.customerId,
          currency: invoice.currency,
          amountMinor: request.amount,
          appliedMinor,
          excessMinor,
          method: request.method,
          reference: request.reference ?? null,
          paidOn,
          ledgerEntryId,
        };
        const recorded = await this.invoices.insertPayment(transaction, partnerId, {
          ...payment,
          idempotencyKey,
          requestDigest,
        });
        if (!recorded) {
          // The key was taken meanwhile by a payment of another invoice.
          throw refuse(
            INVOICE_LIFECYCLE_ERRORS.PAYMENT_KEY_REUSED,
            'This idempotency key was already used for a different payment: send a new key for a new payment.',
            'idempotencyKey',
          );
        }
        const after = await this.invoices.settle(transaction, partnerId, invoice.id, { paidMinor: appliedMinor });
        await this.audit(context, transaction, 'invoice.payment-recorded', after, {
          number: after.number,
          paymentId: payment.id,
          amountMinor: Number(request.amount),
          appliedMinor: Number(appliedMinor),
          excessMinor: Number(excessMinor),
          currency: invoice.currency,
          method: request.method,
          ledgerEntryId,
          status: after.status,
          idempotencyKey,
        });
        const [stored] = (await this.invoices.paymentsOf([after], transaction))
          .get(after.id)!
          .filter((row) => row.id === payment.id);
        return {
          payment: toInvoicePaymentType(stored!),
          invoice: toInvoiceType(after),
          customer: toBillingCustomer(after.customerId, after.currency),
          replayed: false,
          userErrors: [],
        };
      });
    } catch (err) {
      if (err instanceof Refusal) return this.paymentRefused(err.userErrors);
      throw err;
    }
  }

  async updateSettings(
    context: RequestContext,
    input: InvoiceSettingsUpdateInput,
  ): Promise<InvoiceSettingsUpdatePayload> {
    const parsed = parseInput(invoiceSettingsUpdateSchema, input);
    if (!parsed.ok) return { settings: null, userErrors: parsed.userErrors };
    const partnerId = this.partnerOf(context.caller);
    const change: { prefix?: string; historyStart?: string | null } = {};
    if (parsed.value.prefix != null) change.prefix = parsed.value.prefix;
    // Sent as null: list everything again; left out: unchanged.
    if (input.historyStart !== undefined) change.historyStart = parsed.value.historyStart ?? null;
    return this.dataSource.transaction(async (transaction) => {
      const before = await this.invoices.settingsOf(partnerId, transaction);
      const after = await this.invoices.updateSettings(transaction, partnerId, change);
      await context.audit(
        {
          action: 'invoice-settings.updated',
          partnerId,
          targetType: 'Partner',
          targetId: partnerId,
          details: { before, after },
        },
        transaction,
      );
      return { settings: toInvoiceSettingsType(after), userErrors: [] };
    });
  }

  async settingsFor(caller: Caller) {
    const partnerId = partnerOf(caller);
    return partnerId ? toInvoiceSettingsType(await this.invoices.settingsOf(partnerId)) : null;
  }

  /**
   * The overdue sweep: OPEN invoices due before today become OVERDUE, a batch per transaction,
   * each announced with whether its customer is to be suspended (the account's late-payment
   * setting). Answers how many fell overdue.
   */
  async sweepOverdue(partnerId?: string | null, today = todayUtc()): Promise<number> {
    let total = 0;
    for (;;) {
      const marked = await this.invoices.markOverdue(
        today,
        OVERDUE_BATCH,
        async (transaction, partner, customerIds) => {
          const accounts = await this.accounts.lockInPartner(transaction, partner, customerIds);
          return new Map(accounts.map((account) => [account.customerId, account.suspendForLatePayment]));
        },
        partnerId,
      );
      total += marked;
      if (marked < OVERDUE_BATCH) return total;
    }
  }

  private replay(
    earlier: { payment: InvoicePayment; requestDigest: string },
    requestDigest: string,
    invoice: Invoice,
  ): InvoicePaymentRecordPayload {
    if (earlier.requestDigest !== requestDigest || earlier.payment.invoiceId !== invoice.id) {
      throw refuse(
        INVOICE_LIFECYCLE_ERRORS.PAYMENT_KEY_REUSED,
        'This idempotency key was already used for a different payment: send a new key for a new payment.',
        'idempotencyKey',
      );
    }
    return {
      payment: toInvoicePaymentType(earlier.payment),
      invoice: toInvoiceType(invoice),
      customer: toBillingCustomer(invoice.customerId, invoice.currency),
      replayed: true,
      userErrors: [],
    };
  }

  private paymentRefused(userErrors: UserError[]): InvoicePaymentRecordPayload {
    return { payment: null, invoice: null, customer: null, replayed: false, userErrors };
  }

  private assertOpen(invoice: Invoice, verb: string): void {
    if (invoice.kind !== 'INVOICE' || (invoice.status !== 'OPEN' && invoice.status !== 'OVERDUE')) {
      throw refuse(
        INVOICE_LIFECYCLE_ERRORS.INVOICE_NOT_OPEN,
        invoice.kind === 'CREDIT_NOTE'
          ? `A credit note cannot be ${verb}.`
          : `This invoice is ${invoice.status}; only an OPEN or OVERDUE invoice can be ${verb}.`,
        'invoiceId',
      );
    }
  }

  private assertSameCurrency(account: BillingAccount, invoice: Invoice, field: string): void {
    if (account.currency !== invoice.currency) {
      throw refuse(
        INVOICE_LIFECYCLE_ERRORS.OVERPAYMENT_NOT_CREDITABLE,
        `The customer’s balance is in ${account.currency} and this invoice in ${invoice.currency}: ` +
          'only the amount due can be taken.',
        field,
      );
    }
  }

  private async lockInvoice(transaction: EntityManager, caller: Caller, id: string): Promise<Invoice> {
    const invoice = await this.invoices.lockVisible(transaction, caller, id);
    if (!invoice) throw invoiceNotFound();
    return invoice;
  }

  /** The customer's account, locked, which must accept changes (not closed, no close under way). */
  private async writableAccount(
    transaction: EntityManager,
    caller: Caller,
    customerId: string,
    field: string,
  ): Promise<BillingAccount> {
    const [account] = await this.accounts.lockForLedger(transaction, caller, [customerId]);
    if (!account) {
      throw field === 'customerId'
        ? refuse(UserErrorCode.NOT_FOUND, 'That customer was not found.', field)
        : invoiceNotFound();
    }
    if (account.closeState !== 'OPEN') {
      throw refuse(
        INVOICE_LIFECYCLE_ERRORS.INVOICE_CUSTOMER_CLOSED,
        account.closeState === 'CLOSED'
          ? 'This customer is closed: restore it first.'
          : 'This customer is being closed: try again when the close has ended.',
        field,
      );
    }
    return account;
  }

  private async refusable(change: (transaction: EntityManager) => Promise<InvoicePayload>): Promise<InvoicePayload> {
    try {
      return await this.dataSource.transaction(change);
    } catch (err) {
      if (err instanceof Refusal) return { invoice: null, userErrors: err.userErrors };
      throw err;
    }
  }

  private audit(
    context: RequestContext,
    transaction: EntityManager,
    action: string,
    invoice: Invoice,
    details: Record<string, unknown>,
  ): Promise<void> {
    return context.audit(
      {
        action,
        partnerId: invoice.partnerId,
        targetType: 'Invoice',
        targetId: invoice.id,
        details: { customerId: invoice.customerId, ...details },
      },
      transaction,
    );
  }

  // Only partner callers hold billing:write; platform staff never change a partner's invoices.
  private partnerOf(caller: Caller): string {
    const partnerId = partnerOf(caller);
    if (!partnerId) throw new Error('invoice changes need a partner caller');
    return partnerId;
  }
}
