export { customerProjectionModule } from './customer-projection.module';
export type { CustomerProjectionLoaders } from './customer-projection.loaders';
export { MessagingCustomerType } from './customer.type';
export type { MessagingCustomers } from './messaging-customers';
