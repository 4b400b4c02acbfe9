import { ProjectedCustomerColumns } from '@clientele/subgraph-kit';
import { Column, Entity } from 'typeorm';

export const PRICING_MODELS = ['PREPAID', 'POSTPAID'] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];

/** `HOLD`: a close is under way and expires by itself; `CLOSED`: the customer is closed until restored. */
export type CloseHold = 'HOLD' | 'CLOSED';

/**
 * A customer's billing account, opened from accounts' `customer.created`: the subgraph's copy of
 * whose customer it is (to scope reads), with the currency and pricing model it bills in, and
 * the balance kept beside the ledger (bigints as PostgreSQL's text, so no precision is lost).
 */
@Entity({ name: 'billing_accounts' })
export class BillingAccountEntity extends ProjectedCustomerColumns {
  @Column('char', { length: 3 })
  currency: string;

  @Column('text', { name: 'pricing_model' })
  pricingModel: PricingModel;

  /** The sum of the account's ledger, kept in the transaction of each entry; proven at commit. */
  @Column('bigint', { name: 'balance_minor' })
  balanceMinor: string;

  /** The sequence number of the account's last ledger entry (0 before the first). */
  @Column('bigint', { name: 'last_sequence' })
  lastSequence: string;

  /** How far below zero a POSTPAID balance may go; always 0 on PREPAID. */
  @Column('bigint', { name: 'credit_limit_minor' })
  creditLimitMinor: string;

  @Column('int', { name: 'payment_terms_days' })
  paymentTermsDays: number;

  /** False: an overdue invoice does not suspend the customer ("do not suspend for late payment"). */
  @Column('boolean', { name: 'suspend_for_late_payment' })
  suspendForLatePayment: boolean;

  @Column('text', { name: 'close_hold', nullable: true })
  closeHold: CloseHold | null;

  @Column({ type: 'timestamptz', name: 'close_hold_expires_at', precision: 3, nullable: true })
  closeHoldExpiresAt: Date | null;

  @Column({ type: 'timestamptz', name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
