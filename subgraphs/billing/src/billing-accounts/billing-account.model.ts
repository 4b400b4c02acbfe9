import type { PricingModel } from './billing-account.entity';

/** Whether the ledger may be written: a close under way or done refuses every write. */
export type CloseState = 'OPEN' | 'CLOSING' | 'CLOSED';

/** A billing account as other modules see it. */
export interface BillingAccount {
  customerId: string;
  resellerId: string | null;
  currency: string;
  pricingModel: PricingModel;
  balanceMinor: bigint;
  /** The sequence number of the last ledger entry, 0 before the first. */
  lastSequence: bigint;
  creditLimitMinor: bigint;
  paymentTermsDays: number;
  /** False when the customer's billing settings say "do not suspend for late payment". */
  suspendForLatePayment: boolean;
  closeState: CloseState;
}
