/** Where a usage record is in its billing. */
export type UsageStatus = 'CHARGED' | 'UNINVOICED' | 'INVOICED';

export interface UsageRecord {
  id: string;
  customerId: string;
  description: string;
  /** A decimal string. */
  quantity: string;
  unitPriceMinor: bigint;
  currency: string;
  amountMinor: bigint;
  occurredAt: Date;
  status: UsageStatus;
  ledgerEntryId: string | null;
  invoiceId: string | null;
}
