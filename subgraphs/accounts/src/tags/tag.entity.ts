import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'customer_tags' })
export class TagEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'customer_id' })
  customerId: string;

  @PrimaryColumn('citext')
  tag: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
