import { ConnectionType, enumOf } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MESSAGE_CHANNELS, type MessageChannel } from '../channels';
import type { OutboxEntryEntity } from './outbox.entity';

// The same values as MessageChannel, under the outbox's own name so the module stands alone.
const OutboxChannelEnum = enumOf(MESSAGE_CHANNELS);
registerEnumType(OutboxChannelEnum, {
  name: 'OutboxChannel',
  description: 'The channel an outbox entry would have gone by.',
  valuesConfig: { EMAIL: { description: 'An email.' }, SMS: { description: 'A text message.' } },
});

@ObjectType('OutboxEntry', {
  description: 'A message kept in the outbox because no provider is configured, exactly as it would have been sent.',
})
export class OutboxEntryType {
  @Field(() => ID, { description: 'Unique id of the entry.' })
  id: string;

  @Field(() => ID, { description: 'The message it is the wire form of.' })
  messageId: string;

  @Field(() => OutboxChannelEnum, { description: 'Email or SMS.' })
  channel: MessageChannel;

  @Field({ description: 'Where it would have gone.' })
  recipient: string;

  @Field(() => String, { nullable: true, description: 'The subject line of an email.' })
  subject: string | null;

  @Field({ description: 'The whole email (RFC 5322, headers and MIME parts) or the SMS provider request body.' })
  raw: string;

  @Field({ description: 'When it was captured.' })
  capturedAt: Date;
}

export function toOutboxEntryType(entity: OutboxEntryEntity): OutboxEntryType {
  return Object.assign(new OutboxEntryType(), {
    id: entity.id,
    messageId: entity.messageId,
    channel: entity.channel,
    recipient: entity.recipient,
    subject: entity.subject,
    raw: entity.raw,
    capturedAt: entity.capturedAt,
  });
}

export const OutboxEntryConnection = ConnectionType(OutboxEntryType, 'OutboxEntry', 'outbox entry');
export type OutboxEntryConnection = InstanceType<typeof OutboxEntryConnection>;
