import { graphql } from '../gql';

export type { CustomerListRowFragment } from '../gql/graphql';

/** One row of the customer list; `balance` is resolved by the billing subgraph. */
export const CustomerListRow = graphql(`
  fragment CustomerListRow on Customer {
    id
    accountNumber
    name
    status
    email
    createdAt
    balance {
      amount
      currency
    }
  }
`);

export const CustomerListQuery = graphql(`
  query CustomerList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: CustomerFilter
    $sortKey: CustomerSortKey!
    $reverse: Boolean!
  ) {
    customers(
      first: $first
      after: $after
      last: $last
      before: $before
      filter: $filter
      sortKey: $sortKey
      reverse: $reverse
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...CustomerListRow
      }
    }
  }
`);
