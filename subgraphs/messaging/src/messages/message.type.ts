import { ConnectionType, enumOf } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import {
  MESSAGE_CHANNELS,
  MESSAGE_STATUSES,
  type MessageChannel,
  type MessageEntity,
  type MessageStatus,
} from './message.entity';

const MessageChannelEnum = enumOf(MESSAGE_CHANNELS);
registerEnumType(MessageChannelEnum, {
  name: 'MessageChannel',
  description: 'How a message is delivered.',
  valuesConfig: { EMAIL: { description: 'By email.' }, SMS: { description: 'By text message.' } },
});

const MessageStatusEnum = enumOf(MESSAGE_STATUSES);
registerEnumType(MessageStatusEnum, {
  name: 'MessageStatus',
  description: 'Where a message is on its way to the recipient.',
  valuesConfig: {
    QUEUED: { description: 'Accepted, waiting to be sent.' },
    SENT: { description: 'Handed to the email or SMS provider.' },
    DELIVERED: { description: 'The provider reported delivery.' },
    FAILED: { description: 'Could not be delivered.' },
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

  @Field(() => MessageStatusEnum, { description: 'Delivery status.' })
  status: MessageStatus;

  @Field({ description: 'When the message was created.' })
  createdAt: Date;
}

export function toMessageType(entity: MessageEntity): MessageType {
  return Object.assign(new MessageType(), {
    id: entity.id,
    channel: entity.channel,
    recipient: entity.recipient,
    subject: entity.subject,
    body: entity.body,
    status: entity.status,
    createdAt: entity.createdAt,
  });
}

export const MessageConnection = ConnectionType(MessageType, 'Message', 'message');
export type MessageConnection = InstanceType<typeof MessageConnection>;
