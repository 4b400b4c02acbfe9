import { ConnectionType, enumOf } from '@clientele/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CUSTOMER_EXPORT_COLUMNS, type CustomerExportColumn } from './customer-export.columns';
import { CUSTOMER_EXPORT_STATUSES, type CustomerExportStatus } from './customer-export.entity';
import type { CustomerExport } from './customer-export.model';

export const CustomerExportStatusEnum = enumOf(CUSTOMER_EXPORT_STATUSES);
registerEnumType(CustomerExportStatusEnum, {
  name: 'CustomerExportStatus',
  description: 'Where an export of the customer list is.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker.' },
    RUNNING: { description: 'Writing rows now; `rowsWritten` counts them.' },
    COMPLETED: { description: 'The file is written whole and can be downloaded.' },
    FAILED: { description: 'Stopped by an error; it is tried again a few times, from the start.' },
    EXPIRED: { description: 'Completed, and its file removed after the retention period: export again.' },
  },
});

export const CustomerExportColumnEnum = enumOf(CUSTOMER_EXPORT_COLUMNS);
registerEnumType(CustomerExportColumnEnum, {
  name: 'CustomerExportColumn',
  description: 'A column of an export of the customer list.',
  valuesConfig: {
    NAME: { description: 'The account’s name.' },
    ACCOUNT_NUMBER: { description: 'The current account number.' },
    STATUS: { description: 'ACTIVE, SUSPENDED, INACTIVE or CLOSED.' },
    EMAIL: { description: 'The account holder’s email address.' },
    PHONE: { description: 'The account holder’s phone number.' },
    COUNTRY: { description: 'ISO 3166-1 alpha-2 country code.' },
    CURRENCY: { description: 'ISO 4217 currency code.' },
    PRICING_MODEL: { description: 'PREPAID or POSTPAID.' },
    RESELLER: { description: 'The reseller’s name, if any.' },
    TAGS: { description: 'The tags, in order, separated by "; ".' },
    CREATED_AT: { description: 'When the customer joined, in UTC (ISO 8601).' },
    BALANCE: { description: 'The balance in the customer’s currency, as a decimal (e.g. -12.50).' },
    AMOUNT_OWED: { description: 'What the customer owes on unpaid invoices, as a decimal in its currency.' },
  },
});

@ObjectType('CustomerExport', { description: 'An export of the customer list to a CSV file, made in the background.' })
export class CustomerExportType {
  @Field(() => ID, { description: 'Unique id of the export.' })
  id: string;

  @Field(() => CustomerExportStatusEnum, { description: 'Where it is.' })
  status: CustomerExportStatus;

  @Field(() => [CustomerExportColumnEnum], { description: 'The columns of the file, in order.' })
  columns: CustomerExportColumn[];

  @Field(() => Int, {
    nullable: true,
    description: 'How many customers the file holds, counted when writing starts; null until then.',
  })
  total: number | null;

  @Field(() => Int, { description: 'Rows written so far (updated every few thousand); equals `total` once completed.' })
  rowsWritten: number;

  @Field({ description: 'The file’s name, e.g. customers-2026-12-02-0915.csv.' })
  fileName: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Where to download the file (a path on the API’s host, GET with the same bearer token), once completed.',
  })
  downloadUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, when it did.' })
  error: string | null;

  @Field({ description: 'When it was asked for.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it completed or last failed.' })
  finishedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the file is removed (the export is then EXPIRED): set once completed; export again after.',
  })
  expiresAt: Date | null;
}

export const CustomerExportConnection = ConnectionType(CustomerExportType, 'CustomerExport', 'export');
export type CustomerExportConnection = InstanceType<typeof CustomerExportConnection>;

/** Where the gateway passes an export's download through; the same path on the subgraph and at the gateway. */
export const CUSTOMER_EXPORT_FILES_PATH = '/files/accounts/customer-exports';

export function toCustomerExportType(row: CustomerExport): CustomerExportType {
  return Object.assign(new CustomerExportType(), {
    id: row.id,
    status: row.status,
    columns: row.columns,
    total: row.total === null ? null : Number(row.total),
    rowsWritten: Number(row.rowsWritten),
    fileName: row.fileName,
    downloadUrl: row.status === 'COMPLETED' && row.fileKey ? `${CUSTOMER_EXPORT_FILES_PATH}/${row.id}.csv` : null,
    error: row.error,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    expiresAt: row.expiresAt,
  });
}
