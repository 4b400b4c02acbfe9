import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { OperatorRole } from '@clientele/subgraph-kit';

export const OPERATOR_STATUSES = ['INVITED', 'ACTIVE', 'DEACTIVATED'] as const;
export type OperatorStatus = (typeof OPERATOR_STATUSES)[number];

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

  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash: string | null;

  @Column('text')
  status: OperatorStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
