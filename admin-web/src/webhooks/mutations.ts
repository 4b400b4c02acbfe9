import { graphql } from '../gql';

export const WebhookEndpointCreateMutation = graphql(`
  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      webhookEndpoint {
        ...WebhookEndpointFields
      }
      secret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const WebhookEndpointUpdateMutation = graphql(`
  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {
    webhookEndpointUpdate(input: $input) {
      webhookEndpoint {
        ...WebhookEndpointFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const WebhookEndpointDeleteMutation = graphql(`
  mutation WebhookEndpointDelete($input: WebhookEndpointDeleteInput!) {
    webhookEndpointDelete(input: $input) {
      deletedWebhookEndpointId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const WebhookDeliveryReplayMutation = graphql(`
  mutation WebhookDeliveryReplay($input: WebhookDeliveryReplayInput!) {
    webhookDeliveryReplay(input: $input) {
      webhookDelivery {
        ...WebhookDeliveryRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
