export { customersModule } from './customers.module';
export { customerCreateSchema, customerUpdateSchema, CustomerFilter } from './customer.inputs';
export type { CustomerLoaders } from './customer.loaders';
export type {
  BulkDetailField,
  BulkDetails,
  CustomerService,
  CustomerBillingProfile,
  CustomerContact,
  CustomerContactSelection,
} from './customer.service';
export { CustomerType } from './customer.type';
export type { CustomerStatus } from './customer.entity';
export { CustomerStatusEnum } from './customer.type';
