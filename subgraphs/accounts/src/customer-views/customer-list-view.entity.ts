import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A saved view of the customer list: the list's state under a name. */
@Entity({ name: 'customer_list_views' })
export class CustomerListViewEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  /** The operator who saved it. */
  @Column('uuid', { name: 'owner_id' })
  ownerId: string;

  @Column('text')
  name: string;

  /** Seen by every operator of the partner, not only its owner. */
  @Column('boolean')
  shared: boolean;

  /** The list's filter, as validated when saved. */
  @Column('jsonb')
  filter: unknown;

  /** Null for the list's default order. */
  @Column('text', { name: 'sort_key', nullable: true })
  sortKey: string | null;

  @Column('boolean')
  reverse: boolean;

  /** The list's columns, in order, as the app names them. */
  @Column('text', { array: true })
  columns: string[];

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
