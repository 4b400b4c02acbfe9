import type { BillingRunStatus } from './billing-run.entity';

export interface SkippedCustomer {
  customerId: string;
  reason: string;
}

export interface BillingRun {
  id: string;
  partnerId: string;
  status: BillingRunStatus;
  scheduled: boolean;
  customerId: string | null;
  resellerId: string | null;
  periodStart: string;
  periodEnd: string;
  issueDate: string | null;
  total: number;
  processed: number;
  invoicesCreated: number;
  alreadyInvoiced: number;
  skipped: number;
  skipReasons: SkippedCustomer[];
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}
