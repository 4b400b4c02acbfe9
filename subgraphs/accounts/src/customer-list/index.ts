export { customerListModule } from './customer-list.module';
export type { CustomerListService, CustomerTarget } from './customer-list.service';
export { COUNT_CAP } from './customer-list.service';
export {
  CustomerFilter,
  CustomerSortKey,
  CustomerTagFilter,
  DateTimeRange,
  MinorAmountRange,
  customerFilterSchema,
  parseCustomerFilter,
} from './customer-list.inputs';
export type { CustomerFilterValue } from './customer-list.inputs';
export { CustomerConnection } from './customer-list.type';
