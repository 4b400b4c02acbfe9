import type { CustomerSortKey } from '../gql/graphql';

/**
 * The customer list's columns, in the order they are shown. `param` is the column's name in the
 * URL (`?cols=account,name,balance`), so a link keeps working when labels change; `sortKey`
 * makes the header sort the whole list on the server.
 */
export const customerColumns = [
  { id: 'account', label: 'Account #', sortKey: 'ACCOUNT_NUMBER' },
  { id: 'name', label: 'Name', sortKey: 'NAME', alwaysShown: true },
  { id: 'status', label: 'Status' },
  { id: 'email', label: 'Email' },
  { id: 'phone', label: 'Phone' },
  { id: 'country', label: 'Country' },
  { id: 'currency', label: 'Currency' },
  { id: 'reseller', label: 'Reseller' },
  { id: 'tags', label: 'Tags' },
  { id: 'balance', label: 'Balance', sortKey: 'BALANCE', numeric: true },
  { id: 'owed', label: 'Owed', sortKey: 'AMOUNT_OWED', numeric: true },
  { id: 'created', label: 'Created', sortKey: 'CREATED_AT' },
] as const satisfies readonly CustomerColumn[];

type CustomerColumn = {
  id: string;
  label: string;
  sortKey?: CustomerSortKey;
  /** The row's name is its link: it cannot be hidden. */
  alwaysShown?: boolean;
  numeric?: boolean;
};

export type CustomerColumnId = (typeof customerColumns)[number]['id'];

/** What the list shows until an operator chooses: the columns it always had. */
export const defaultCustomerColumns: readonly CustomerColumnId[] = [
  'account',
  'name',
  'status',
  'email',
  'balance',
  'created',
];

const columnIds: ReadonlySet<string> = new Set(customerColumns.map((column) => column.id));

export function isCustomerColumnId(value: string): value is CustomerColumnId {
  return columnIds.has(value);
}

export function customerColumn(id: CustomerColumnId): CustomerColumn {
  return customerColumns.find((column) => column.id === id) as CustomerColumn;
}

/** The column a sort key belongs to, to mark its header as sorted. */
export function columnOfSortKey(sortKey: CustomerSortKey): CustomerColumnId | null {
  const column = (customerColumns as readonly CustomerColumn[]).find((candidate) => candidate.sortKey === sortKey);
  return column ? (column.id as CustomerColumnId) : null;
}

/** Keeps the catalogue's order and always the name, whatever order or duplicates a URL has. */
export function normaliseColumns(ids: readonly CustomerColumnId[]): CustomerColumnId[] {
  const wanted = new Set<CustomerColumnId>(ids);
  return customerColumns
    .filter((column) => ('alwaysShown' in column && column.alwaysShown) || wanted.has(column.id))
    .map((column) => column.id);
}
