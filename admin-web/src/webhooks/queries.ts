import { graphql } from '../gql';

export type { WebhookDeliveryRowFragment, WebhookEndpointFieldsFragment } from '../gql/graphql';

export const WebhookEndpointFields = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    eventTypes
    status
    disabledReason
    disabledAt
    failingSince
    createdAt
    updatedAt
  }
`);

export const WebhookEndpointListQuery = graphql(`
  query WebhookEndpointList($first: Int, $after: String) {
    webhookEndpoints(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const WebhookDeliveryRow = graphql(`
  fragment WebhookDeliveryRow on WebhookDelivery {
    id
    messageId
    eventType
    status
    attemptCount
    lastStatusCode
    nextAttemptAt
    replayOf
    createdAt
    completedAt
    attempts {
      number
      attemptedAt
      durationMs
      statusCode
      error
      responseExcerpt
    }
  }
`);

export const WebhookEndpointQuery = graphql(`
  query WebhookEndpoint($id: ID!, $first: Int, $after: String, $filter: WebhookDeliveryFilter) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointFields
      deliveries(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...WebhookDeliveryRow
        }
      }
    }
  }
`);
