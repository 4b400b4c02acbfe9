export { customersModule } from './customers.module';
export { countryRule, currencyRule, customerCreateSchema } from './customer.inputs';
export type { CustomerLoaders, CustomersContext } from './customer.loaders';
export type { CustomerService, CustomerBillingProfile, CustomerListRow } from './customer.service';
export { CustomerType } from './customer.type';
export { CUSTOMER_STATUSES, PRICING_MODELS } from './customer.entity';
export type { CustomerStatus, PricingModel } from './customer.entity';
export { CustomerStatusEnum, PricingModelEnum } from './customer.type';
