import { z } from 'zod/mini';
import type { MemberCreateInput, MemberRole, MemberUpdateInput, RecipientStatus } from '../gql/graphql';
import { nameField, optionalEmail, optionalPhone, orNull } from './form-rules';
import type { CustomerMemberRowFragment } from './queries';

/** The member form's rules, as the accounts subgraph's (`member.inputs.ts`). */
export const memberFormSchema = z.object({
  name: nameField({ maxLength: 100, tooLong: 'A name can be at most 100 characters.', required: 'Enter a name.' }),
  email: optionalEmail(),
  phone: optionalPhone(),
  role: z.enum(['OWNER', 'ADMIN', 'MEMBER']),
  portalAccess: z.boolean(),
  recipientStatus: z.enum(['FREE', 'PAID', 'INACTIVE']),
});

export type MemberFormValues = z.input<typeof memberFormSchema>;
export type MemberFormOutput = z.output<typeof memberFormSchema>;

export const memberFormFields = [
  'name',
  'email',
  'phone',
  'role',
  'portalAccess',
  'recipientStatus',
] as const satisfies readonly (keyof MemberFormValues)[];

export function memberFormValues(member: CustomerMemberRowFragment | null): MemberFormValues {
  return {
    name: member?.name ?? '',
    email: member?.email ?? '',
    phone: member?.phone ?? '',
    role: member?.role ?? ('MEMBER' satisfies MemberRole),
    portalAccess: member?.portalAccess ?? false,
    recipientStatus: member?.recipientStatus ?? ('FREE' satisfies RecipientStatus),
  };
}

export function toMemberCreateInput(customerId: string, values: MemberFormOutput): MemberCreateInput {
  return { customerId, ...values, email: orNull(values.email), phone: orNull(values.phone) };
}

/** Only what changed: a field left out stays as it is (and an unchanged member records nothing). */
export function toMemberUpdateInput(member: CustomerMemberRowFragment, values: MemberFormOutput): MemberUpdateInput {
  const input: MemberUpdateInput = { id: member.id };
  if (values.name !== member.name) input.name = values.name;
  if (orNull(values.email) !== member.email) input.email = orNull(values.email);
  if (orNull(values.phone) !== member.phone) input.phone = orNull(values.phone);
  // Ownership moves only with a transfer, never by editing a role.
  if (values.role !== member.role && member.role !== 'OWNER') input.role = values.role;
  if (values.portalAccess !== member.portalAccess) input.portalAccess = values.portalAccess;
  if (values.recipientStatus !== member.recipientStatus) input.recipientStatus = values.recipientStatus;
  return input;
}
