export { messagesModule } from './messages.module';
export type { MessageLoaders } from './message.loaders';
export type {
  MessageService,
  NoticeRequest,
  NoticeResult,
  NewMessage,
  ClaimedMessage,
  DeliveryOutcome,
  BatchCounts,
} from './message.service';
export type { DeliveryJob } from './delivery-queue';
export type { MessageChannel, MessagePriority, MessageStatus } from './message.entity';
export { MessageChannelEnum } from './message.type';
export { startMessageEnqueuer, type MessageEnqueuer } from './message-enqueuer';
export { DELIVERY_QUEUES } from './delivery-queue';
