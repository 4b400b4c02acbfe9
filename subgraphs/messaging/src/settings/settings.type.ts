import { Field, ObjectType } from 'type-graphql';

@ObjectType('MessagingSettings', {
  description: 'How the partner’s messages go out: sender, reply-to, and its own providers if it has them.',
})
export class MessagingSettingsType {
  @Field(() => String, { nullable: true, description: 'The From address of emails; the platform’s when null.' })
  fromAddress: string | null;

  @Field(() => String, { nullable: true, description: 'Where replies to emails go.' })
  replyTo: string | null;

  @Field(() => String, { nullable: true, description: 'The sender id or number of text messages.' })
  smsSenderId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The host of the partner’s own SMTP server, if it has one (credentials are never shown).',
  })
  smtpHost: string | null;

  @Field(() => String, { nullable: true, description: 'The partner’s own SMS provider, if it has one.' })
  smsProviderUrl: string | null;

  @Field({ description: 'True when emails go nowhere but the outbox (no SMTP server for this partner).' })
  emailToOutbox: boolean;

  @Field({ description: 'True when text messages go nowhere but the outbox (no SMS provider for this partner).' })
  smsToOutbox: boolean;
}
