import type { CustomerFilter, CustomerListQueryVariables, CustomerSortKey, CustomerStatus } from '../gql/graphql';
import {
  activeFilterCount,
  emptyFilter,
  readFilter,
  toFilterInput,
  writeFilter,
  type CustomerListFilter,
} from './list-filter';
import { defaultCustomerColumns, isCustomerColumnId, normaliseColumns, type CustomerColumnId } from './list-columns';

/**
 * The customer list's whole state as it lives in the URL, so a link, a reload or Back shows the
 * same view: `?q=acme&status=suspended&sort=name&order=desc&cols=account,name,balance`.
 * Which rows are loaded (how far the operator scrolled) is not part of it.
 */
export type CustomerListParams = {
  query: string;
  /** One status only; null lists every status but CLOSED, as the API does by default. */
  status: CustomerStatus | null;
  /** The filter panel's fields. */
  filter: CustomerListFilter;
  sortKey: CustomerSortKey;
  reverse: boolean;
  /** The columns shown, in the catalogue's order. */
  columns: readonly CustomerColumnId[];
};

/** Rows fetched per request as the operator scrolls. */
export const customerPageSize = 50;

const sortParam: Record<CustomerSortKey, string> = {
  NAME: 'name',
  ACCOUNT_NUMBER: 'account',
  CREATED_AT: 'created',
  BALANCE: 'balance',
  AMOUNT_OWED: 'owed',
  LAST_MESSAGED_AT: 'messaged',
  RELEVANCE: 'relevance',
};

const statuses: readonly CustomerStatus[] = ['ACTIVE', 'SUSPENDED', 'INACTIVE', 'CLOSED'];

// The API's defaults, so that a bare /customers asks for what the API would give.
const defaultSortKey: CustomerSortKey = 'CREATED_AT';

export function readCustomerListParams(search: URLSearchParams): CustomerListParams {
  const sort = search.get('sort');
  const sortKey =
    (Object.keys(sortParam) as CustomerSortKey[]).find((key) => sortParam[key] === sort) ?? defaultSortKey;
  const status = search.get('status')?.toUpperCase();
  const cols = search.get('cols');
  return {
    query: search.get('q')?.trim() ?? '',
    status: statuses.find((known) => known === status) ?? null,
    filter: readFilter(search),
    sortKey,
    reverse: search.get('order') === 'desc',
    columns: cols === null ? defaultCustomerColumns : normaliseColumns(cols.split(',').filter(isCustomerColumnId)),
  };
}

export function writeCustomerListParams(params: CustomerListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.query) search.set('q', params.query);
  if (params.status) search.set('status', params.status.toLowerCase());
  writeFilter(params.filter ?? emptyFilter, search);
  if (params.sortKey !== defaultSortKey) search.set('sort', sortParam[params.sortKey]);
  if (params.reverse) search.set('order', 'desc');
  const columns = normaliseColumns(params.columns);
  if (columns.join(',') !== normaliseColumns(defaultCustomerColumns).join(',')) search.set('cols', columns.join(','));
  return search;
}

/** The filter the list's rows match; a selection of "all matching" means exactly these. */
export function toCustomerFilter(params: CustomerListParams): CustomerFilter | null {
  if (!params.query && !params.status && activeFilterCount(params.filter) === 0) return null;
  return {
    ...(params.query ? { query: params.query } : {}),
    ...(params.status ? { status: [params.status] } : {}),
    ...toFilterInput(params.filter),
  };
}

/** True when the list is narrowed by anything, so an empty answer means "nothing matches". */
export function isFiltered(params: CustomerListParams): boolean {
  return toCustomerFilter(params) !== null;
}

export function toCustomerListVariables(params: CustomerListParams): CustomerListQueryVariables {
  const shown = new Set(params.columns);
  return {
    first: customerPageSize,
    filter: toCustomerFilter(params) ?? undefined,
    sortKey: params.sortKey,
    reverse: params.reverse,
    // Each costs a subgraph call or a query of its own: asked for only when its column is shown.
    withBalance: shown.has('balance'),
    withOwed: shown.has('owed'),
    withTags: shown.has('tags'),
    withReseller: shown.has('reseller'),
  };
}
