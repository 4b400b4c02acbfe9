export { customersModule } from './customers.module';
export { customerCreateSchema } from './customer.inputs';
export type { CustomerLoaders } from './customer.loaders';
export type { CustomerService, CustomerContact, CustomerContactSelection } from './customer.service';
export { CustomerType } from './customer.type';
