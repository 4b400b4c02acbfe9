export { customersModule } from './customers.module';
export { CustomerFilter, CustomerSortKey, customerCreateSchema } from './customer.inputs';
export type { CustomerLoaders } from './customer.loaders';
export type {
  CustomerService,
  CustomerBillingProfile,
  CustomerContact,
  CustomerContactSelection,
} from './customer.service';
export { CustomerType } from './customer.type';
export { CUSTOMER_STATUSES, type CustomerStatus } from './customer.entity';
export { CustomerStatusEnum, PricingModelEnum } from './customer.type';
