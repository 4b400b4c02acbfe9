import { enumOf } from '@clientele/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { MessageChannel } from '../channels';
import { MessageChannelEnum } from '../messages';
import { BATCH_STATUSES, type BatchStatus } from './message-batch.entity';

const BatchStatusEnum = enumOf(BATCH_STATUSES);
registerEnumType(BatchStatusEnum, {
  name: 'MessageBatchStatus',
  description: 'Where a bulk send is.',
  valuesConfig: {
    SENDING: { description: 'Messages are still waiting or being sent.' },
    DONE: { description: 'Every message was sent or failed.' },
    CANCELLED: { description: 'Cancelled; messages not yet sent were not sent.' },
  },
});

@ObjectType('MessageBatchSkipped', { description: 'Customers a bulk send left out, by reason.' })
export class MessageBatchSkippedType {
  @Field(() => Int, { description: 'No email address or phone number for the channel.' })
  noAddress: number;

  @Field(() => Int, { description: 'The account is closed.' })
  closed: number;

  @Field(() => Int, { description: 'The customer opted out of bulk messages on this channel.' })
  optedOut: number;
}

@ObjectType('MessageBatch', { description: 'A bulk send to many customers, with its progress.' })
export class MessageBatchType {
  @Field(() => ID, { description: 'Unique id of the bulk send.' })
  id: string;

  @Field(() => MessageChannelEnum, { description: 'Email or SMS.' })
  channel: MessageChannel;

  @Field(() => String, { nullable: true, description: 'The template used, if any.' })
  templateKey: string | null;

  @Field(() => String, { nullable: true, description: 'The subject line, for an email written for this send.' })
  subject: string | null;

  @Field(() => BatchStatusEnum, { description: 'Where it is.' })
  status: BatchStatus;

  @Field(() => Int, { description: 'Customers selected, including those skipped.' })
  total: number;

  @Field(() => Int, { description: 'Messages waiting to be sent (or between retries).' })
  queued: number;

  @Field(() => Int, { description: 'Messages being handed to the provider right now.' })
  sending: number;

  @Field(() => Int, { description: 'Messages sent (including those since reported delivered).' })
  sent: number;

  @Field(() => Int, { description: 'Messages the provider reported delivered.' })
  delivered: number;

  @Field(() => Int, { description: 'Messages that failed after their last attempt.' })
  failed: number;

  @Field(() => Int, { description: 'Messages not sent because the send was cancelled.' })
  cancelled: number;

  @Field(() => MessageBatchSkippedType, { description: 'Customers left out, by reason.' })
  skipped: MessageBatchSkippedType;

  @Field({ description: 'When it was started.' })
  createdAt: Date;
}

@ObjectType('MessageRecipientCount', {
  description: 'Whom a bulk send to a selection would reach now, and whom it would leave out and why.',
})
export class MessageRecipientCountType {
  @Field(() => Int, { description: 'Customers selected, including those that would be skipped.' })
  selected: number;

  @Field(() => Int, { description: 'Customers that would receive the message.' })
  reachable: number;

  @Field(() => MessageBatchSkippedType, { description: 'Customers that would be left out, by reason.' })
  skipped: MessageBatchSkippedType;
}
