import { UserError } from '@clientele/subgraph-kit';
import { Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { CustomerFilter, CustomerSortKey } from '../customer-list';
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

/** The rest of the input; the filter is checked with the customer list's own rules. */
export const customerExportStartSchema = z.object({
  sortKey: z.enum(CustomerSortKey),
  reverse: z.boolean(),
  columns: z
    .array(z.enum(CUSTOMER_EXPORT_COLUMNS))
    .min(1, 'Choose at least one column.')
    .refine((columns) => new Set(columns).size === columns.length, 'Name each column once.')
    .nullish(),
});
