import { graphql } from '../gql';
import type { CustomerExportColumn } from '../gql/graphql';
import type { CustomerColumnId } from './list-columns';

/** The columns a file can hold, in the file's order, with the list column each matches. */
export const exportColumns: readonly { column: CustomerExportColumn; label: string; shownAs?: CustomerColumnId }[] = [
  { column: 'ACCOUNT_NUMBER', label: 'Account #', shownAs: 'account' },
  { column: 'NAME', label: 'Name', shownAs: 'name' },
  { column: 'STATUS', label: 'Status', shownAs: 'status' },
  { column: 'EMAIL', label: 'Email', shownAs: 'email' },
  { column: 'PHONE', label: 'Phone', shownAs: 'phone' },
  { column: 'COUNTRY', label: 'Country', shownAs: 'country' },
  { column: 'CURRENCY', label: 'Currency', shownAs: 'currency' },
  { column: 'PRICING_MODEL', label: 'Pricing model' },
  { column: 'RESELLER', label: 'Reseller', shownAs: 'reseller' },
  { column: 'TAGS', label: 'Tags', shownAs: 'tags' },
  { column: 'CREATED_AT', label: 'Created', shownAs: 'created' },
  { column: 'BALANCE', label: 'Balance', shownAs: 'balance' },
  { column: 'AMOUNT_OWED', label: 'Owed', shownAs: 'owed' },
];

/** The file's columns to start from: those the list shows, so the file matches the screen. */
export function exportColumnsFor(shown: readonly CustomerColumnId[]): CustomerExportColumn[] {
  return exportColumns.filter((entry) => entry.shownAs && shown.includes(entry.shownAs)).map((e) => e.column);
}

export const CustomerExportFieldsFragment = graphql(`
  fragment CustomerExportFields on CustomerExport {
    id
    status
    total
    rowsWritten
    fileName
    downloadUrl
    error
    createdAt
    finishedAt
    expiresAt
  }
`);

export const CustomerExportStartMutation = graphql(`
  mutation CustomerExportStart($input: CustomerExportStartInput!) {
    customerExportStart(input: $input) {
      export {
        ...CustomerExportFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Polled while the file is written. */
export const CustomerExportQuery = graphql(`
  query CustomerExport($id: ID!) {
    customerExport(id: $id) {
      ...CustomerExportFields
    }
  }
`);
