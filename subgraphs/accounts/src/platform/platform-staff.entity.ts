import type { PlatformRole } from '@clientele/subgraph-kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Clientele's own staff: no partner, reads across partners. */
@Entity({ name: 'platform_staff' })
export class PlatformStaffEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('citext')
  email: string;

  @Column('text')
  name: string;

  @Column('text')
  role: PlatformRole;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('text')
  status: 'ACTIVE' | 'DEACTIVATED';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
