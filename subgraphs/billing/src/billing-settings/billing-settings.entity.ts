import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner's tax rate for customers in one country. */
@Entity({ name: 'tax_rates' })
export class TaxRateEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('char', { length: 2 })
  country: string;

  /** Parts per million of a line's amount (21% is 210000). */
  @Column('int', { name: 'rate_ppm' })
  ratePpm: number;

  /** The customer accounts for the tax itself: invoiced at 0 and marked reverse charge. */
  @Column('boolean', { name: 'reverse_charge' })
  reverseCharge: boolean;

  @Column({ type: 'timestamptz', name: 'updated_at', precision: 3 })
  updatedAt: Date;
}

/** A partner's single-valued billing settings. */
@Entity({ name: 'partner_billing_settings' })
export class PartnerBillingSettingsEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  /** What a PAID additional recipient costs a month, in minor units of its currency. */
  @Column('bigint', { name: 'recipient_price_minor', nullable: true })
  recipientPriceMinor: string | null;

  @Column('char', { name: 'recipient_price_currency', length: 3, nullable: true })
  recipientPriceCurrency: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at', precision: 3 })
  updatedAt: Date;
}

/** A partner's exchange rate: one `base` is worth `rate` of `quote`. */
@Entity({ name: 'fx_rates' })
export class FxRateEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('char', { name: 'base_currency', length: 3 })
  baseCurrency: string;

  @PrimaryColumn('char', { name: 'quote_currency', length: 3 })
  quoteCurrency: string;

  @Column('numeric', { precision: 24, scale: 12 })
  rate: string;

  @Column({ type: 'timestamptz', name: 'updated_at', precision: 3 })
  updatedAt: Date;
}

/** A customer's own exchange rate, used instead of the partner's for the same pair. */
@Entity({ name: 'customer_fx_rates' })
export class CustomerFxRateEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'customer_id' })
  customerId: string;

  @PrimaryColumn('char', { name: 'base_currency', length: 3 })
  baseCurrency: string;

  @PrimaryColumn('char', { name: 'quote_currency', length: 3 })
  quoteCurrency: string;

  @Column('numeric', { precision: 24, scale: 12 })
  rate: string;

  @Column({ type: 'timestamptz', name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
