import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const CUSTOMER_STATUSES = ['ACTIVE', 'SUSPENDED', 'INACTIVE', 'CLOSED'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
export const PRICING_MODELS = ['PREPAID', 'POSTPAID'] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];

@Entity({ name: 'customers' })
export class CustomerEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'account_number' })
  accountNumber: string;

  @Column('varchar', { length: 50 })
  name: string;

  @Column('varchar', { name: 'billing_name', length: 100, nullable: true })
  billingName: string | null;

  @Column('citext', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('char', { length: 2 })
  country: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text')
  timezone: string;

  @Column('text', { name: 'pricing_model' })
  pricingModel: PricingModel;

  @Column('uuid', { name: 'reseller_id', nullable: true })
  resellerId: string | null;

  @Column('text')
  status: CustomerStatus;

  /** Address lines of the location; null when the customer has no location. */
  @Column('text', { name: 'location_lines', array: true, nullable: true })
  locationLines: string[] | null;

  @Column('text', { name: 'location_city', nullable: true })
  locationCity: string | null;

  @Column('text', { name: 'location_region', nullable: true })
  locationRegion: string | null;

  @Column('text', { name: 'location_postcode', nullable: true })
  locationPostcode: string | null;

  @Column('char', { name: 'location_country', length: 2, nullable: true })
  locationCountry: string | null;

  @Column('double precision', { name: 'location_latitude', nullable: true })
  locationLatitude: number | null;

  @Column('double precision', { name: 'location_longitude', nullable: true })
  locationLongitude: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** One keyword of a customer; a keyword names one customer within a partner. */
@Entity({ name: 'customer_keywords' })
export class CustomerKeywordEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('citext')
  keyword: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  /** Keeps the keywords in the order they were given. */
  @Column('smallint')
  position: number;
}
