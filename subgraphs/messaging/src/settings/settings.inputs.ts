import { UserError, emailAddress, text } from '@clientele/subgraph-kit';
import { Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { MessagingSettingsType } from './settings.type';

@InputType({
  description: 'Changes to the partner’s messaging settings; a field left out stays as it is, null clears it.',
})
export class MessagingSettingsUpdateInput {
  @Field(() => String, { nullable: true, description: 'The From address, e.g. "Acme <billing@acme.example>".' })
  fromAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Where replies go.' })
  replyTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Sender id (up to 11 letters or digits) or number of text messages.',
  })
  smsSenderId?: string | null;

  @Field(() => String, { nullable: true, description: 'The partner’s own SMTP server, smtp:// or smtps:// URL.' })
  smtpUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The partner’s own SMS provider (Twilio’s API shape): its base URL.',
  })
  smsProviderUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'The account id at the SMS provider.' })
  smsAccountSid?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The auth token at the SMS provider; also verifies its receipts.',
  })
  smsAuthToken?: string | null;
}

const clearable = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    schema.nullable().optional(),
  );

/** A display name and an address, or the address alone. */
const sender = text(320)
  .trim()
  .refine((value) => {
    const match = /^(?:[^<>"]{1,100}\s)?<([^<>\s]+)>$/.exec(value);
    return emailAddress().safeParse(match ? match[1] : value).success;
  }, 'Enter an email address, optionally with a name: Acme <billing@acme.example>.');

export const settingsUpdateSchema = z.object({
  fromAddress: clearable(sender),
  replyTo: clearable(emailAddress()),
  smsSenderId: clearable(
    text(16)
      .trim()
      .regex(
        /^(\+[1-9]\d{6,14}|[A-Za-z0-9 ]{1,11})$/,
        'Use up to 11 letters and digits, or a number such as +447700900123.',
      ),
  ),
  smtpUrl: clearable(
    text(500)
      .trim()
      .refine((value) => /^smtps?:\/\/[^\s/]+/.test(value), 'Enter an smtp:// or smtps:// URL.'),
  ),
  smsProviderUrl: clearable(
    text(500)
      .trim()
      .refine((value) => /^https?:\/\/[^\s/]+/.test(value), 'Enter an http(s) URL.'),
  ),
  smsAccountSid: clearable(text(100).trim()),
  smsAuthToken: clearable(text(200).trim()),
});
export type SettingsUpdateCommand = z.output<typeof settingsUpdateSchema>;

@ObjectType({ description: 'The result of messagingSettingsUpdate.' })
export class MessagingSettingsUpdatePayload {
  @Field(() => MessagingSettingsType, { nullable: true, description: 'The settings now in force, unless refused.' })
  settings: MessagingSettingsType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}
