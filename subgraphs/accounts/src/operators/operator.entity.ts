import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { OperatorRole } from '@clientele/subgraph-kit';

@Entity({ name: 'operators' })
export class OperatorEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('citext')
  email: string;

  @Column('text')
  name: string;

  @Column('text')
  role: OperatorRole;

  @Column('uuid', { name: 'reseller_id', nullable: true })
  resellerId: string | null;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('text')
  status: 'ACTIVE' | 'DEACTIVATED';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
