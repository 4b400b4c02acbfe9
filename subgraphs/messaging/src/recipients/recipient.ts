import { z } from 'zod';

/** A customer as accounts describes it to messaging: whom to write to and what to call them. */
export const recipientSchema = z.object({
  id: z.guid(),
  name: z.string(),
  accountNumber: z.string(),
  status: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** The account holder (the owning member), whose address is used when the account has none. */
  holder: z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
});
export type Recipient = z.infer<typeof recipientSchema>;

export const recipientsAnswerSchema = z.object({ recipients: z.array(recipientSchema) });

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
