import { UserError, text } from '@clientele/subgraph-kit';
import { Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { CUSTOMER_STATUSES, CustomerFilter, CustomerSortKey } from '../customers';
import { CUSTOMER_EXPORT_COLUMNS, type CustomerExportColumn } from './customer-export.columns';
import { CustomerExportColumnEnum, CustomerExportType } from './customer-export.type';

@InputType({ description: 'Which customers to export, in which order, with which columns.' })
export class CustomerExportStartInput {
  @Field(() => CustomerFilter, {
    nullable: true,
    description: 'Which customers, as the customer list filters them; the list’s default when omitted.',
  })
  filter?: CustomerFilter | null;

  @Field(() => CustomerSortKey, {
    defaultValue: CustomerSortKey.CREATED_AT,
    description: 'The order of the rows, as the customer list sorts; ties broken by id.',
  })
  sortKey: CustomerSortKey;

  @Field({ defaultValue: false, description: 'Sort descending instead of ascending.' })
  reverse: boolean;

  @Field(() => [CustomerExportColumnEnum], {
    nullable: true,
    description: 'The columns, in this order, each once; every column when omitted.',
  })
  columns?: CustomerExportColumn[] | null;
}

@ObjectType({ description: 'The result of customerExportStart.' })
export class CustomerExportStartPayload {
  @Field(() => CustomerExportType, {
    nullable: true,
    description: 'The export, queued; read it again with `customerExport(id)` for its progress and download.',
  })
  export: CustomerExportType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

/** The longest search text an export keeps, as the list takes it. */
export const EXPORT_QUERY_MAX_LENGTH = 200;

/**
 * The filter an export keeps and runs later, in the list's strict grammar: an unknown field or a
 * malformed value refuses the export rather than widening it.
 */
export const exportFilterSchema = z
  .object({
    query: text(EXPORT_QUERY_MAX_LENGTH).nullish(),
    status: z.array(z.enum(CUSTOMER_STATUSES)).max(CUSTOMER_STATUSES.length).nullish(),
  })
  .strict();
export type ExportFilter = z.output<typeof exportFilterSchema>;

export const customerExportStartSchema = z.object({
  filter: exportFilterSchema.nullish(),
  sortKey: z.enum(CustomerSortKey),
  reverse: z.boolean(),
  columns: z
    .array(z.enum(CUSTOMER_EXPORT_COLUMNS))
    .min(1, 'Choose at least one column.')
    .refine((columns) => new Set(columns).size === columns.length, 'Name each column once.')
    .nullish(),
});
