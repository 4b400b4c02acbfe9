export { buildMessagingSchema } from './schema';
export { createMessagingDataSource } from './data-source';
export { seedMessagingDemo } from './seed/demo.seed';
