export { customerBulkModule } from './customer-bulk.module';
export type { CustomerBulkService } from './bulk-operation.service';
