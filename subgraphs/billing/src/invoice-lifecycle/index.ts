export { OVERDUE_SWEEP_QUEUE, invoiceLifecycleModule } from './invoice-lifecycle.module';
export type { InvoiceLifecycleService } from './lifecycle.service';
