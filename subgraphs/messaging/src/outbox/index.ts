export { outboxModule } from './outbox.module';
export type { OutboxService, Capture } from './outbox.service';
