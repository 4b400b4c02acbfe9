import { ConnectionArgs, ConnectionType, enumOf } from '@clientele/subgraph-kit';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  MESSAGE_CHANNELS,
  MESSAGE_STATUSES,
  type MessageChannel,
  type MessageEntity,
  type MessageStatus,
} from './message.entity';

export const MessageChannelEnum = enumOf(MESSAGE_CHANNELS);
registerEnumType(MessageChannelEnum, {
  name: 'MessageChannel',
  description: 'How a message is delivered.',
  valuesConfig: { EMAIL: { description: 'By email.' }, SMS: { description: 'By text message.' } },
});

export const MessageStatusEnum = enumOf(MESSAGE_STATUSES);
registerEnumType(MessageStatusEnum, {
  name: 'MessageStatus',
  description: 'Where a message is on its way to the recipient.',
  valuesConfig: {
    QUEUED: { description: 'Accepted, waiting to be sent (also between retries).' },
    SENDING: { description: 'A worker is handing it to the email or SMS provider.' },
    SENT: { description: 'Handed to the email or SMS provider (or kept in the outbox when none is configured).' },
    DELIVERED: { description: 'The provider reported delivery.' },
    FAILED: { description: 'Could not be delivered; `lastError` says why and `attempts` how often it was tried.' },
    CANCELLED: { description: 'Its bulk send was cancelled before it was sent.' },
  },
});

@ObjectType('Message', { description: 'An email or SMS sent to a customer.' })
export class MessageType {
  @Field(() => ID, { description: 'Unique id of the message.' })
  id: string;

  @Field(() => MessageChannelEnum, { description: 'Email or SMS.' })
  channel: MessageChannel;

  @Field({ description: 'The address or phone number it went to.' })
  recipient: string;

  @Field(() => String, { nullable: true, description: 'Subject line; emails only.' })
  subject: string | null;

  @Field({ description: 'The text sent.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'The HTML body of an email, when it has one.' })
  htmlBody: string | null;

  @Field(() => MessageStatusEnum, { description: 'Delivery status.' })
  status: MessageStatus;

  @Field(() => Int, { description: 'How many times it was handed to a provider.' })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, if it did.' })
  lastError: string | null;

  @Field(() => String, { nullable: true, description: 'The template it was rendered from, if any.' })
  templateKey: string | null;

  @Field(() => ID, { nullable: true, description: 'The bulk send it belongs to, if any.' })
  batchId: string | null;

  @Field({ description: 'When the message was created.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the provider accepted it.' })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the provider reported it delivered.' })
  deliveredAt: Date | null;
}

export function toMessageType(entity: MessageEntity): MessageType {
  return Object.assign(new MessageType(), {
    id: entity.id,
    channel: entity.channel,
    recipient: entity.recipient,
    subject: entity.subject,
    body: entity.body,
    htmlBody: entity.htmlBody ?? null,
    status: entity.status,
    attempts: entity.attempts ?? 0,
    lastError: entity.lastError ?? null,
    templateKey: entity.templateKey ?? null,
    batchId: entity.batchId ?? null,
    createdAt: entity.createdAt,
    sentAt: entity.sentAt ?? null,
    deliveredAt: entity.deliveredAt ?? null,
  });
}

export const MessageConnection = ConnectionType(MessageType, 'Message', 'message');
export type MessageConnection = InstanceType<typeof MessageConnection>;

@InputType({ description: 'Narrows a list of messages.' })
export class MessageFilter {
  @Field(() => [MessageChannelEnum], { nullable: true, description: 'Only these channels.' })
  channel?: MessageChannel[] | null;

  @Field(() => [MessageStatusEnum], { nullable: true, description: 'Only these statuses.' })
  status?: MessageStatus[] | null;
}

@ArgsType()
export class MessagesArgs extends ConnectionArgs {
  @Field(() => MessageFilter, { nullable: true, description: 'Which messages to list.' })
  filter?: MessageFilter | null;
}
