import { INVOICE_STATUSES, type ServiceClient } from '@clientele/subgraph-kit';
import { z } from 'zod';

const balancesAnswer = z.object({
  balances: z.array(
    z.object({
      customerId: z.guid(),
      currency: z.string().length(3),
      balanceMinor: z.number().int(),
      sequence: z.number().int().min(0),
    }),
  ),
});

const invoicesAnswer = z.object({
  invoices: z.array(
    z.object({
      invoiceId: z.guid(),
      customerId: z.guid(),
      status: z.enum(INVOICE_STATUSES),
      amountDueMinor: z.number().int(),
    }),
  ),
});

const remindersAnswer = z.object({
  reminders: z.array(
    z.object({
      customerId: z.guid(),
      enabled: z.boolean(),
      thresholdMinor: z.number().int(),
      version: z.number().int().min(0),
    }),
  ),
});

const lastMessagedAnswer = z.object({
  lastMessaged: z.array(z.object({ customerId: z.guid(), sentAt: z.iso.datetime({ offset: true }) })),
});

/** What billing and messaging answered about one page of a partner's customers. */
export interface OwnerAnswers {
  balances: z.infer<typeof balancesAnswer>['balances'];
  invoices: z.infer<typeof invoicesAnswer>['invoices'];
  reminders: z.infer<typeof remindersAnswer>['reminders'];
  lastMessaged: z.infer<typeof lastMessagedAnswer>['lastMessaged'];
}

/**
 * Asks the owners of the projected fields about a page of one partner's customers, as the
 * accounts service itself (a rebuild is no caller's request), all four questions at once.
 * Answers are parsed at the edge: a malformed one fails the page, which the queue retries.
 */
export async function askOwners(
  services: ServiceClient,
  partnerId: string,
  customerIds: string[],
  unsettledInvoiceIds: string[],
): Promise<OwnerAnswers> {
  const on = { partnerId };
  const [balances, invoices, reminders, lastMessaged] = await Promise.all([
    services.callAsService('billing', 'standing/balances', { customerIds }, on),
    services.callAsService('billing', 'standing/invoices', { customerIds, invoiceIds: unsettledInvoiceIds }, on),
    services.callAsService('messaging', 'standing/reminders', { customerIds }, on),
    services.callAsService('messaging', 'standing/last-messaged', { customerIds }, on),
  ]);
  return {
    ...balancesAnswer.parse(balances),
    ...invoicesAnswer.parse(invoices),
    ...remindersAnswer.parse(reminders),
    ...lastMessagedAnswer.parse(lastMessaged),
  };
}
