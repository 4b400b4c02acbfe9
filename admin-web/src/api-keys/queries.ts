import { graphql } from '../gql';

export type { ApiKeyRowFragment } from '../gql/graphql';

export const ApiKeyRow = graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    revokedAt
  }
`);

export const ApiKeyListQuery = graphql(`
  query ApiKeyList($first: Int, $after: String, $filter: ApiKeyFilter) {
    apiKeys(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ApiKeyRow
        }
      }
    }
  }
`);
