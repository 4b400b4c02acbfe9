import { UserError, defineErrorCodes, emailAddress, text } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { MESSAGE_CHANNELS, type MessageChannel } from './message.entity';
import { MessageChannelEnum, MessageType } from './message.type';

export const MessageErrorCode = defineErrorCodes({
  NO_ADDRESS: 'The customer has no email address or phone number for this channel.',
});

@InputType({ description: 'An email or SMS to one customer.' })
export class MessageSendInput {
  @Field(() => ID, { description: 'The customer; it goes to the account holder’s address unless `to` is given.' })
  customerId: string;

  @Field(() => MessageChannelEnum, { description: 'Email or SMS.' })
  channel: MessageChannel;

  @Field(() => String, { nullable: true, description: 'Another address of the customer’s, e.g. a named member’s.' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'A template’s key; or give the texts below.' })
  templateKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The subject line of an email written for this send.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'The plain text written for this send; may use variables.' })
  textBody?: string | null;

  @Field(() => String, { nullable: true, description: 'An HTML body written for this send (email only).' })
  htmlBody?: string | null;
}

const phoneNumber = text()
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, 'Enter the number in international form, e.g. +447700900123.');

export const messageSendSchema = z
  .object({
    customerId: z.guid('Choose a customer.'),
    channel: z.enum(MESSAGE_CHANNELS),
    to: z.string().nullish(),
    templateKey: text(64).trim().nullish(),
    subject: text(500).nullish(),
    textBody: z.string().max(100_000).nullish(),
    htmlBody: z.string().max(100_000).nullish(),
  })
  .superRefine((input, issues) => {
    if (!input.to) return;
    const check = input.channel === 'EMAIL' ? emailAddress().safeParse(input.to) : phoneNumber.safeParse(input.to);
    if (!check.success) {
      issues.addIssue({
        code: 'custom',
        path: ['to'],
        message: input.channel === 'EMAIL' ? 'Enter an email address.' : 'Enter a phone number such as +447700900123.',
      });
    }
  })
  .transform((input) => ({ ...input, to: input.to?.trim() || null }));

@ObjectType({ description: 'The result of messageSend.' })
export class MessageSendPayload {
  @Field(() => MessageType, { nullable: true, description: 'The queued message, unless refused.' })
  message: MessageType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}
