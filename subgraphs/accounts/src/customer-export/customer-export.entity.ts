import { Column, Entity, PrimaryColumn } from 'typeorm';

/** EXPIRED: completed, and its file removed after the retention period (`CUSTOMER_EXPORT_RETENTION_DAYS`). */
export const CUSTOMER_EXPORT_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'EXPIRED'] as const;
export type CustomerExportStatus = (typeof CUSTOMER_EXPORT_STATUSES)[number];

/** One export of the customer list to a CSV file, with its progress. */
@Entity({ name: 'customer_exports' })
export class CustomerExportEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  /** The reseller the requester was limited to: only its customers are exported, and only its operators read it. */
  @Column('uuid', { name: 'reseller_id', nullable: true })
  resellerId: string | null;

  /** The caller who asked, whose view of the customers the job exports. */
  @Column('jsonb')
  caller: unknown;

  @Column('jsonb')
  filter: unknown;

  @Column('text', { name: 'sort_key' })
  sortKey: string;

  @Column('boolean')
  reverse: boolean;

  @Column('text', { array: true })
  columns: string[];

  @Column('text')
  status: CustomerExportStatus;

  /** Rows the export holds, counted when the job starts; null until then. */
  @Column('bigint', { nullable: true })
  total: string | null;

  @Column('bigint', { name: 'rows_written' })
  rowsWritten: string;

  /** Where the file is in the file store, once written whole. */
  @Column('text', { name: 'file_key', nullable: true })
  fileKey: string | null;

  @Column('text', { name: 'file_name' })
  fileName: string;

  @Column('text', { nullable: true })
  error: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'started_at', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'finished_at', precision: 3, nullable: true })
  finishedAt: Date | null;

  /** When a completed export's file is removed; set when it completes. */
  @Column({ type: 'timestamptz', name: 'expires_at', precision: 3, nullable: true })
  expiresAt: Date | null;
}
