export { messagesModule } from './messages.module';
export type { MessageLoaders } from './message.loaders';
export type { MessageService } from './message.service';
