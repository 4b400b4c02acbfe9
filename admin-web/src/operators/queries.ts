import { graphql } from '../gql';

export type { OperatorRowFragment, ResellerOptionFragment } from '../gql/graphql';

export const OperatorRow = graphql(`
  fragment OperatorRow on Operator {
    id
    name
    email
    role
    status
    createdAt
    reseller {
      id
      name
    }
  }
`);

export const OperatorListQuery = graphql(`
  query OperatorList($first: Int, $after: String, $last: Int, $before: String, $filter: OperatorFilter) {
    operators(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          ...OperatorRow
        }
      }
    }
  }
`);

export const ResellerOption = graphql(`
  fragment ResellerOption on Reseller {
    id
    name
  }
`);

export const ResellersQuery = graphql(`
  query Resellers {
    resellers {
      ...ResellerOption
    }
  }
`);
