import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line of the append-only audit log (a trigger refuses UPDATE and DELETE). */
@Entity({ name: 'audit_log' })
export class AuditEntryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partner_id', nullable: true })
  partnerId: string | null;

  @Column({ type: 'timestamptz', name: 'occurred_at', precision: 3 })
  occurredAt: Date;

  @Column('text')
  action: string;

  @Column('text', { name: 'actor_kind' })
  actorKind: string;

  @Column('uuid', { name: 'actor_id' })
  actorId: string;

  @Column('uuid', { name: 'impersonator_id', nullable: true })
  impersonatorId: string | null;

  @Column('text', { name: 'target_type', nullable: true })
  targetType: string | null;

  @Column('text', { name: 'target_id', nullable: true })
  targetId: string | null;

  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;

  @Column('jsonb')
  details: Record<string, unknown>;
}
