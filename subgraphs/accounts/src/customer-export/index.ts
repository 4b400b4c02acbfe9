export { customerExportModule } from './customer-export.module';
export type { CustomerExportService } from './customer-export.service';
export { CustomerExportType, CUSTOMER_EXPORT_FILES_PATH } from './customer-export.type';
export { EXPIRE_CUSTOMER_EXPORTS_QUEUE } from './customer-export.service';
