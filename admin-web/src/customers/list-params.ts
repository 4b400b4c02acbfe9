import type { CustomerListQueryVariables, CustomerSortKey, CustomerStatus } from '../gql/graphql';

/**
 * The customer list's state as it lives in the URL, so reload and back work:
 * `?q=acme&status=closed&sort=name&order=desc&after=<cursor>&from=51`.
 */
export type CustomerListParams = {
  query: string;
  /** One status only; null lists every status but CLOSED, as the API does by default. */
  status: CustomerStatus | null;
  sortKey: CustomerSortKey;
  reverse: boolean;
  cursor: { after: string } | { before: string } | null;
  /** 1-based position of the first row shown; only for "Showing X–Y of N". */
  from: number | null;
};

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
  const after = search.get('after');
  const before = search.get('before');
  const from = Number(search.get('from'));
  const status = search.get('status')?.toUpperCase();
  return {
    query: search.get('q')?.trim() ?? '',
    status: statuses.find((known) => known === status) ?? null,
    sortKey,
    reverse: search.get('order') === 'desc',
    cursor: after ? { after } : before ? { before } : null,
    from: Number.isInteger(from) && from >= 1 ? from : null,
  };
}

export function writeCustomerListParams(params: CustomerListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.query) search.set('q', params.query);
  if (params.status) search.set('status', params.status.toLowerCase());
  if (params.sortKey !== defaultSortKey) search.set('sort', sortParam[params.sortKey]);
  if (params.reverse) search.set('order', 'desc');
  if (params.cursor && 'after' in params.cursor) search.set('after', params.cursor.after);
  if (params.cursor && 'before' in params.cursor) search.set('before', params.cursor.before);
  if (params.cursor && params.from !== null) search.set('from', String(params.from));
  return search;
}

export function toCustomerListVariables(params: CustomerListParams): CustomerListQueryVariables {
  const page =
    params.cursor === null
      ? { first: customerPageSize }
      : 'after' in params.cursor
        ? { first: customerPageSize, after: params.cursor.after }
        : { last: customerPageSize, before: params.cursor.before };
  return {
    ...page,
    filter:
      params.query || params.status
        ? { query: params.query || null, status: params.status ? [params.status] : null }
        : undefined,
    sortKey: params.sortKey,
    reverse: params.reverse,
  };
}
