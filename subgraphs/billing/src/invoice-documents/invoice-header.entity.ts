import { Column, Entity, PrimaryColumn } from 'typeorm';

export type LogoContentType = 'image/png' | 'image/jpeg';

/** A partner's invoice letterhead; the logo's bytes are in the file store under `logoKey`. */
@Entity({ name: 'invoice_headers' })
export class InvoiceHeaderEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @Column('text', { name: 'legal_name' })
  legalName: string;

  @Column('text', { name: 'address_lines', array: true })
  addressLines: string[];

  @Column('text', { name: 'tax_id', nullable: true })
  taxId: string | null;

  @Column('text', { name: 'logo_key', nullable: true })
  logoKey: string | null;

  @Column('text', { name: 'logo_content_type', nullable: true })
  logoContentType: LogoContentType | null;

  @Column({ type: 'timestamptz', name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
