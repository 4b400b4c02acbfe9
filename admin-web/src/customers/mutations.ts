import { graphql } from '../gql';

/** Starts a portal session as the customer; the operator re-enters their password. */
export const CustomerImpersonateMutation = graphql(`
  mutation CustomerImpersonate($input: CustomerImpersonateInput!) {
    customerImpersonate(input: $input) {
      session {
        accessToken
        expiresAt
        customer {
          id
          name
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
