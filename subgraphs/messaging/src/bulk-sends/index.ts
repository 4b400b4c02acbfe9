export { bulkSendsModule } from './bulk-sends.module';
export type { MessageBatchService } from './message-batch.service';
