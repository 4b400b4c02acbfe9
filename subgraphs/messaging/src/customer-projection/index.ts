export { customerProjectionModule } from './customer-projection.module';
export type { CustomerProjectionLoaders } from './customer-projection.loaders';
export { MessagingCustomerType } from './customer.type';
