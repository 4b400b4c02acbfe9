import { z } from 'zod';

/** A customer as messaging addresses it: whom to write to and what to call them. */
export interface Recipient {
  id: string;
  name: string;
  accountNumber: string;
  status: string;
  email: string | null;
  phone: string | null;
  /** The account holder (the owning member), whose address is used when the account has none. */
  holder: { name: string; email: string | null; phone: string | null } | null;
}

/**
 * A customer as accounts' `recipients` route answers it, compact because a bulk send carries
 * 100,000: `[id, name, accountNumber, status, email, phone, holderName, holderEmail, holderPhone]`.
 */
const recipientRowsSchema = z.array(
  z.tuple([
    z.guid(),
    z.string(),
    z.string(),
    z.string(),
    z.string().nullable(),
    z.string().nullable(),
    z.string().nullable(),
    z.string().nullable(),
    z.string().nullable(),
  ]),
);

export const recipientsAnswerSchema = z.object({ recipients: recipientRowsSchema }).transform(({ recipients }) =>
  recipients.map(
    ([id, name, accountNumber, status, email, phone, holderName, holderEmail, holderPhone]): Recipient => ({
      id,
      name,
      accountNumber,
      status,
      email,
      phone,
      holder: holderName === null ? null : { name: holderName, email: holderEmail, phone: holderPhone },
    }),
  ),
);

/** A page of recipients, or why accounts refused the filter (each error with its field path). */
export const recipientPageAnswerSchema = z.union([
  z.object({
    userErrors: z.array(z.object({ field: z.array(z.string()).nullable(), code: z.string(), message: z.string() })),
  }),
  recipientsAnswerSchema.transform((recipients) => ({ recipients })),
]);

/** An owner operator of the partner, as accounts' `partner-owners` route names them. */
export const partnerOwnerSchema = z.object({ name: z.string(), email: z.string() });
export type PartnerOwner = z.infer<typeof partnerOwnerSchema>;

export const ownersAnswerSchema = z.object({ owners: z.array(partnerOwnerSchema) });

/** Where a notice goes: the account's own address, else the account holder's. */
export function addressOf(recipient: Recipient, channel: 'EMAIL' | 'SMS'): string | null {
  return channel === 'EMAIL'
    ? (recipient.email ?? recipient.holder?.email ?? null)
    : (recipient.phone ?? recipient.holder?.phone ?? null);
}

/** The template variables a recipient fills. */
export function recipientVariables(recipient: Recipient): Record<string, string | null> {
  return {
    'customer.name': recipient.name,
    'customer.accountNumber': recipient.accountNumber,
    'customer.email': recipient.email,
    'customer.phone': recipient.phone,
    'customer.status': recipient.status,
    'member.name': recipient.holder?.name ?? null,
    'member.email': recipient.holder?.email ?? null,
  };
}
