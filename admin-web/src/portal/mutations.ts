import { graphql } from '../gql';

export const PortalAccountUpdateMutation = graphql(`
  mutation PortalAccountUpdate($input: PortalAccountUpdateInput!) {
    portalAccountUpdate(input: $input) {
      customer {
        id
        phone
        timezone
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
